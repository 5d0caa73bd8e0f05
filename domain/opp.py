"""OPP (orientasi pra-pemberangkatan) sessions and attendance: their field rules.

`check_session` and `check_attendance` are the validators used by the desktop's OPP
repository and by the central service, so a rule code means the same thing on both sides.
Rules that need other records (the referenced session and candidate exist, one attendance
per pair, capacity) are checked where the records are: the local store and the server.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from domain.codes import AttendanceStatus, CheckinMethod, SessionStatus
from domain.dates import format_utc, parse_utc
from domain.issues import Issue

SESSION_TEXT = {"code": 40, "title": 200, "organiser": 200, "venue": 200}
SESSION_FIELDS = (*SESSION_TEXT, "starts_at", "ends_at", "lesson_hours", "capacity", "status")
ATTENDANCE_FIELDS = ("session_id", "candidate_id", "status", "checked_in_at", "method", "recorded_by")
MAX_INT = 1_000_000


@dataclass(frozen=True, slots=True)
class OppCheck:
    """The record in wire form (known fields normalised, unknown fields kept) and its errors."""

    data: dict[str, Any]
    errors: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


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


def _choice(raw: Mapping[str, Any], field: str, choices: type[StrEnum], errors: list[Issue]) -> str | None:
    value = raw.get(field)
    if value is None:
        return None
    try:
        return str(choices(value).value)
    except ValueError:
        errors.append(Issue(field, "invalid_choice", {"value": str(value)[:40]}))
        return None


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


def check_session(raw: Mapping[str, Any]) -> OppCheck:
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
    return OppCheck({**raw, **clean}, tuple(errors))


def check_attendance(raw: Mapping[str, Any]) -> OppCheck:
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
    return OppCheck({**raw, **clean}, tuple(errors))
