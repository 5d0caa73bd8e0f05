"""Read side of the OPP desk: sessions with their counts, a session's roster, recent check-ins.

Counts come from one grouped query over `opp_attendance` (indexed by session), so the sessions
list and the check-in screen's running count cost one index range each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, select

from domain.codes import AttendanceStatus, SessionStatus
from domain.dates import parse_utc
from local_db.models import AUDIT_T, CANDIDATE_T, OPP_ATTENDANCE_T, OPP_SESSION_T

SESSION = OPP_SESSION_T
ATTENDANCE = OPP_ATTENDANCE_T
CANDIDATE = CANDIDATE_T
AUDIT = AUDIT_T
PRESENT = AttendanceStatus.PRESENT.value
OPEN_STATUSES = (SessionStatus.PLANNED.value, SessionStatus.OPEN.value)


class SessionFilter(StrEnum):
    ALL = "all"
    TODAY = "today"  # runs on the given local day
    UPCOMING = "upcoming"  # starts after that day, not closed or cancelled
    CLOSED = "closed"  # closed or cancelled


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: str
    code: str
    title: str
    organiser: str
    venue: str
    starts_at: dt.datetime  # UTC
    ends_at: dt.datetime  # UTC
    lesson_hours: int
    capacity: int
    status: str
    version: int
    enrolled: int
    present: int

    @property
    def accepts_checkins(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def room_left(self) -> int:
        return max(0, self.capacity - self.enrolled)


@dataclass(frozen=True, slots=True)
class RosterRow:
    attendance_id: str
    candidate_id: str
    registration_no: str
    nik: str
    full_name: str
    status: str
    checked_in_at: dt.datetime | None  # UTC
    method: str | None
    recorded_by: str
    version: int
    sync_state: str


def _moment(text: str | None) -> dt.datetime | None:
    return parse_utc(text) if text else None


def _summary(row: Mapping[Any, Any]) -> SessionSummary:
    starts, ends = parse_utc(row["starts_at"]), parse_utc(row["ends_at"])
    assert starts is not None and ends is not None  # stored by the validated writer path
    return SessionSummary(
        row["id"],
        row["code"],
        row["title"],
        row["organiser"],
        row["venue"],
        starts,
        ends,
        row["lesson_hours"],
        row["capacity"],
        row["status"],
        row["version"],
        int(row["enrolled"] or 0),
        int(row["present"] or 0),
    )


def _sessions_query() -> Select[Any]:
    """Sessions with their counts: two correlated counts over the `session_id` index, so one
    session costs an index range of its own attendance, however many sessions the office has."""
    mine = ATTENDANCE.c.session_id == SESSION.c.id
    enrolled = select(func.count()).where(mine).scalar_subquery().label("enrolled")
    present = (
        select(func.count()).where(mine, ATTENDANCE.c.status == PRESENT).scalar_subquery().label("present")
    )
    return select(SESSION, enrolled, present)


# The desk's hot statements are built once: constructing a SQLAlchemy statement costs more than
# SQLite takes to run it (bench/bench_checkin.py).
_SESSION_BY_ID = _sessions_query().where(SESSION.c.id == bindparam("session_id"))
_SESSION_BY_CODE = _sessions_query().where(SESSION.c.code == bindparam("code"))


def session_summary(
    conn: Connection, *, session_id: str | None = None, code: str | None = None
) -> SessionSummary | None:
    if session_id:
        row = conn.execute(_SESSION_BY_ID, {"session_id": session_id}).mappings().first()
    else:
        row = conn.execute(_SESSION_BY_CODE, {"code": code}).mappings().first()
    return _summary(row) if row else None


def day_bounds(day: dt.date, zone: dt.tzinfo) -> tuple[str, str]:
    """The UTC text range [start, end) of a local day, comparable with stored times."""
    start = dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)
    end = start + dt.timedelta(days=1)
    return (start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ"))


def list_sessions(
    conn: Connection, which: SessionFilter, today: dt.date, zone: dt.tzinfo
) -> list[SessionSummary]:
    start, end = day_bounds(today, zone)
    query = _sessions_query()
    if which is SessionFilter.TODAY:
        query = query.where(SESSION.c.starts_at < end, SESSION.c.ends_at >= start).order_by(
            SESSION.c.starts_at
        )
    elif which is SessionFilter.UPCOMING:
        query = query.where(SESSION.c.starts_at >= end, SESSION.c.status.in_(OPEN_STATUSES)).order_by(
            SESSION.c.starts_at
        )
    elif which is SessionFilter.CLOSED:
        closed = (SessionStatus.CLOSED.value, SessionStatus.CANCELLED.value)
        query = query.where(SESSION.c.status.in_(closed)).order_by(SESSION.c.starts_at.desc())
    else:
        query = query.order_by(SESSION.c.starts_at.desc())
    return [_summary(r) for r in conn.execute(query).mappings()]


def _roster_query() -> Select[Any]:
    return select(
        ATTENDANCE.c.id,
        ATTENDANCE.c.candidate_id,
        CANDIDATE.c.registration_no,
        CANDIDATE.c.nik,
        CANDIDATE.c.full_name,
        ATTENDANCE.c.status,
        ATTENDANCE.c.checked_in_at,
        ATTENDANCE.c.method,
        ATTENDANCE.c.recorded_by,
        ATTENDANCE.c.version,
        ATTENDANCE.c.sync_state,
    ).join(CANDIDATE, CANDIDATE.c.id == ATTENDANCE.c.candidate_id)


def _roster_row(row: Any) -> RosterRow:
    return RosterRow(*row[:6], _moment(row[6]), *row[7:])  # type: ignore[call-arg]


_IN_SESSION = ATTENDANCE.c.session_id == bindparam("session_id")
_ROSTER = _roster_query().where(_IN_SESSION).order_by(CANDIDATE.c.name_norm)
_ROSTER_ENTRY = _roster_query().where(_IN_SESSION, ATTENDANCE.c.candidate_id == bindparam("candidate_id"))
# Times have one-second resolution and a scanner is faster: ties go to the latest audit entry.
_LAST_WRITE = (
    select(func.max(AUDIT.c.id))
    .where(AUDIT.c.entity == "opp_attendance", AUDIT.c.entity_id == ATTENDANCE.c.id)
    .scalar_subquery()
)
_RECENT = (
    _roster_query()
    .where(_IN_SESSION, ATTENDANCE.c.status == PRESENT)
    .order_by(ATTENDANCE.c.checked_in_at.desc(), _LAST_WRITE.desc())
    .limit(bindparam("limit"))
)
_RECENT_BY = _RECENT.where(ATTENDANCE.c.recorded_by == bindparam("recorded_by"))
_OTHER_OPEN = (
    select(SESSION.c.code)
    .join(ATTENDANCE, ATTENDANCE.c.session_id == SESSION.c.id)
    .where(
        ATTENDANCE.c.candidate_id == bindparam("candidate_id"),
        SESSION.c.id != bindparam("session_id"),
        SESSION.c.status.in_(OPEN_STATUSES),
    )
    .order_by(SESSION.c.starts_at)
)


def roster(conn: Connection, session_id: str) -> list[RosterRow]:
    """Everyone enrolled in the session, by name."""
    return [_roster_row(r) for r in conn.execute(_ROSTER, {"session_id": session_id})]


def roster_entry(conn: Connection, session_id: str, candidate_id: str) -> RosterRow | None:
    row = conn.execute(_ROSTER_ENTRY, {"session_id": session_id, "candidate_id": candidate_id}).first()
    return _roster_row(row) if row else None


def recent_checkins(
    conn: Connection, session_id: str, limit: int, recorded_by: str | None = None
) -> list[RosterRow]:
    """The latest check-ins of the session, newest first (optionally one clerk's)."""
    params: dict[str, Any] = {"session_id": session_id, "limit": limit}
    if recorded_by is None:
        return [_roster_row(r) for r in conn.execute(_RECENT, params)]
    return [_roster_row(r) for r in conn.execute(_RECENT_BY, {**params, "recorded_by": recorded_by})]


def other_open_sessions(conn: Connection, candidate_id: str, session_id: str) -> list[str]:
    """Codes of the other planned or open sessions the candidate is enrolled in."""
    return [r[0] for r in conn.execute(_OTHER_OPEN, {"candidate_id": candidate_id, "session_id": session_id})]
