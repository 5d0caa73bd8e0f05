"""Field rules per entity, run on every pushed upsert before anything is stored.

Candidates go through `domain.candidate.check_candidate`, the very function the desktop uses.
OPP sessions and attendance go through `domain.opp`, shared with the desktop's OPP repository;
rules that need other records (references, capacity, NIK across offices) are in `push_rules`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from central_service.caps import oversize
from domain.candidate import CANDIDATE_FIELDS, RuleContext, check_candidate
from domain.issues import Issue
from domain.opp import ATTENDANCE_FIELDS, SESSION_FIELDS, check_attendance, check_session


def wire_issue(field: str | None, code: str, details: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The protocol's error shape; the English message comes from the domain's one catalogue."""
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


def _too_large(raw: Mapping[str, Any], known: tuple[str, ...]) -> Checked | None:
    """A change whose data passes the size caps (`caps`) is refused before any rule runs."""
    over = oversize(raw, known)
    if not over:
        return None
    return Checked({}, [wire_issue(name, "too_large", {"max_bytes": limit}) for name, limit in over], [])


def check_candidate_data(raw: Mapping[str, Any], ctx: RuleContext) -> Checked:
    if refused := _too_large(raw, CANDIDATE_FIELDS):
        return refused
    result = check_candidate(raw, ctx)
    return Checked(
        _merge(raw, result.data),
        [i.as_wire() for i in result.errors],
        [i.as_wire() for i in result.warnings],
    )


def check_session_data(raw: Mapping[str, Any]) -> Checked:
    if refused := _too_large(raw, SESSION_FIELDS):
        return refused
    result = check_session(raw)
    return Checked(result.data, [i.as_wire() for i in result.errors], [])


def check_attendance_data(raw: Mapping[str, Any]) -> Checked:
    if refused := _too_large(raw, ATTENDANCE_FIELDS):
        return refused
    result = check_attendance(raw)
    return Checked(result.data, [i.as_wire() for i in result.errors], [])
