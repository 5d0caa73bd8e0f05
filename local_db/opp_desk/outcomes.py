"""What each desk action answered: one value per case, which the window and the CLI word."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from domain.codes import DocumentType
from local_db.opp_desk.queries import RosterRow, SessionSummary
from local_db.opp_desk.refs import Person


class Checkin(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already_checked_in"
    NOT_ENROLLED = "not_enrolled"  # walk_in_possible says whether a walk-in may follow
    OTHER_SESSION = "other_session"  # not here, enrolled in other_sessions
    UNKNOWN = "unknown_code"
    CLOSED = "session_closed"  # closed or cancelled: session.status says which
    FULL = "full"


class Enrol(StrEnum):
    ENROLLED = "enrolled"
    ALREADY = "already_enrolled"
    UNKNOWN = "unknown_code"
    WITHDRAWN = "withdrawn"  # the candidate withdrew: refused
    FULL = "full"


class Undo(StrEnum):
    UNDONE = "undone"
    NOTHING = "nothing"  # this clerk has no check-in in the session
    SENT = "already_sent"  # the centre holds it: present beats enrolled, so it cannot be taken back


class Remove(StrEnum):
    REMOVED = "removed"
    NOT_ENROLLED = "not_enrolled"
    HAS_ATTENDANCE = "has_attendance"  # present, absent or excused: a record of the day, kept


class Mark(StrEnum):
    MARKED = "marked"
    NOT_ENROLLED = "not_enrolled"
    PRESENT = "present"  # checked in: undo the check-in instead


class SessionUnavailable(Exception):
    """The session is closed or cancelled (or does not exist): no enrolment, no check-in."""

    def __init__(self, code: str, status: str | None) -> None:
        super().__init__(f"session {code} is {status or 'unknown'}")
        self.code = code
        self.status = status


@dataclass(frozen=True, slots=True)
class CheckinResult:
    outcome: Checkin
    session: SessionSummary  # counts after the action
    person: Person | None = None
    entry: RosterRow | None = None  # the attendance as it stands now
    other_sessions: tuple[str, ...] = ()
    walk_in_possible: bool = False

    @property
    def checked_in_at(self) -> dt.datetime | None:
        return self.entry.checked_in_at if self.entry else None


@dataclass(frozen=True, slots=True)
class EnrolResult:
    ref: str
    outcome: Enrol
    person: Person | None = None
    missing: tuple[DocumentType, ...] = ()  # prerequisite warnings
    other_sessions: tuple[str, ...] = ()  # warning: enrolled in these planned or open sessions

    @property
    def refused(self) -> bool:
        return self.outcome not in (Enrol.ENROLLED, Enrol.ALREADY)


@dataclass(frozen=True, slots=True)
class UndoResult:
    outcome: Undo
    entry: RosterRow | None = None


@dataclass(frozen=True, slots=True)
class CloseResult:
    session: SessionSummary
    marked_absent: int
