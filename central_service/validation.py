"""Field rules per entity, run on every pushed upsert before anything is stored.

Candidates go through `domain.candidate.check_candidate`, the very function the desktop uses.
OPP sessions and attendance have no shared checker in `domain` yet, so their field rules live
here, with the same codes the domain's message catalogue defines; rules that need other records
(references, capacity, NIK across offices) are in `push_rules`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from domain.candidate import RuleContext, check_candidate
from domain.codes import AttendanceStatus, CheckinMethod, SessionStatus
from domain.dates import format_utc, parse_utc
from domain.issues import Issue

SESSION_TEXT = {"code": 40, "title": 200, "organiser": 200, "venue": 200}
MAX_INT = 1_000_000

# Codes only the server gives; English messages for the wire.
SERVER_MESSAGES: dict[str, str] = {
    "unknown_reference": "The record this refers to is not on the server.",
    "forbidden": "This record belongs to another office.",
    "nik_registered_elsewhere": "Another office holds an active registration with this NIK.",
    "capacity_exceeded": "The session's capacity is already reached by present participants.",
    "attendance_duplicate": "This candidate already has an attendance record in this session.",
    "invalid": "Invalid value.",
}


def wire_issue(field: str | None, code: str, details: Mapping[str, Any] | None = None) -> dict[str, Any]:
    if code in SERVER_MESSAGES:
        out: dict[str, Any] = {"field": field, "code": code, "message": SERVER_MESSAGES[code]}
    else:
        out = Issue(field, code, dict(details or {})).as_wire()
    if details:
        out["details"] = dict(details)
    return out


@dataclass(frozen=True, slots=True)
class Checked:
    data: dict[str, Any]
    errors: list[dict[str, Any]]
    warnings: list[dict[str, Any]]


def _merge(raw: Mapping[str, Any], clean: Mapping[str, Any]) -> dict[str, Any]:
    """Known fields normalised, unknown fields kept as sent (the protocol says a server keeps them)."""
    return {**raw, **clean}


def check_candidate_data(raw: Mapping[str, Any], ctx: RuleContext) -> Checked:
    result = check_candidate(raw, ctx)
    return Checked(
        _merge(raw, result.data),
        [i.as_wire() for i in result.errors],
        [i.as_wire() for i in result.warnings],
    )


def _text(raw: Mapping[str, Any], field: str, limit: int, errors: list[Issue]) -> str:
    value = raw.get(field)
    text = value.strip() if isinstance(value, str) else ""
    if value is not None and not isinstance(value, str):
        errors.append(Issue(field, "invalid"))
    elif not text:
        errors.append(Issue(field, "required"))
    elif len(text) > limit:
        errors.append(Issue(field, "too_long", {"max": limit}))
    return text


def _moment(raw: Mapping[str, Any], field: str, errors: list[Issue], *, required: bool) -> dt.datetime | None:
    value = raw.get(field)
    if value is None or value == "":
        if required:
            errors.append(Issue(field, "required"))
        return None
    moment = parse_utc(value) if isinstance(value, str) else None
    if moment is None:
        errors.append(Issue(field, "date_format"))
    return moment


def _positive(raw: Mapping[str, Any], field: str, errors: list[Issue]) -> int | None:
    value = raw.get(field)
    if value is None:
        errors.append(Issue(field, "required"))
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value > MAX_INT:
        errors.append(Issue(field, "invalid"))
        return None
    if value <= 0:
        errors.append(Issue(field, "not_positive"))
    return value


def _choice(raw: Mapping[str, Any], field: str, choices: type[Any], errors: list[Issue]) -> str | None:
    value = raw.get(field)
    if value is None:
        return None
    try:
        return str(choices(value).value)
    except ValueError:
        errors.append(Issue(field, "invalid_choice", {"value": str(value)[:40]}))
        return None


def check_session_data(raw: Mapping[str, Any]) -> Checked:
    errors: list[Issue] = []
    clean: dict[str, Any] = {f: _text(raw, f, limit, errors) for f, limit in SESSION_TEXT.items()}
    starts = _moment(raw, "starts_at", errors, required=True)
    ends = _moment(raw, "ends_at", errors, required=True)
    if starts and ends and ends <= starts:
        errors.append(Issue("ends_at", "time_order"))
    clean["starts_at"] = format_utc(starts) if starts else None
    clean["ends_at"] = format_utc(ends) if ends else None
    clean["lesson_hours"] = _positive(raw, "lesson_hours", errors)
    clean["capacity"] = _positive(raw, "capacity", errors)
    if raw.get("status") is None:
        errors.append(Issue("status", "required"))
    clean["status"] = _choice(raw, "status", SessionStatus, errors)
    return Checked(_merge(raw, clean), [i.as_wire() for i in errors], [])


def _uuid(raw: Mapping[str, Any], field: str, errors: list[Issue]) -> str | None:
    value = raw.get(field)
    if value is None or value == "":
        errors.append(Issue(field, "required"))
        return None
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        errors.append(Issue(field, "uuid_invalid"))
        return None


def check_attendance_data(raw: Mapping[str, Any]) -> Checked:
    errors: list[Issue] = []
    clean: dict[str, Any] = {
        "session_id": _uuid(raw, "session_id", errors),
        "candidate_id": _uuid(raw, "candidate_id", errors),
    }
    if raw.get("status") is None:
        errors.append(Issue("status", "required"))
    clean["status"] = _choice(raw, "status", AttendanceStatus, errors)
    moment = _moment(raw, "checked_in_at", errors, required=False)
    clean["checked_in_at"] = format_utc(moment) if moment else None
    clean["method"] = _choice(raw, "method", CheckinMethod, errors)
    clean["recorded_by"] = _text(raw, "recorded_by", 120, errors)
    return Checked(_merge(raw, clean), [i.as_wire() for i in errors], [])
