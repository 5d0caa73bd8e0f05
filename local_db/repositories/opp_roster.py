"""One OPP session with its people, read for the attendance sheet and the attendance export.

A read-only view: the session's fields and, per attendance record, the candidate's registration
number, name and NIK with the attendance status and check-in time (UTC text as stored). Rows
are ordered by name, then registration number, as a sign-in sheet is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from domain.opp import SESSION_FIELDS
from local_db.database import Database
from local_db.errors import NotFound
from local_db.models import CANDIDATE_T, OPP_ATTENDANCE_T, OPP_SESSION_T
from local_db.repositories.opp import opp_record


@dataclass(frozen=True, slots=True)
class RosterRow:
    candidate_id: str
    registration_no: str
    full_name: str
    nik: str
    status: str
    checked_in_at: str | None


@dataclass(frozen=True, slots=True)
class Roster:
    session_id: str
    session: Mapping[str, Any]
    rows: tuple[RosterRow, ...]


def read_roster(db: Database, code: str) -> Roster:
    """The session with this code and its people; NotFound when no session has the code."""
    s, a, c = OPP_SESSION_T, OPP_ATTENDANCE_T, CANDIDATE_T
    with db.read() as conn:
        found = conn.execute(select(s).where(s.c.code == code.strip())).mappings().first()
        if found is None:
            raise NotFound(code)
        session = opp_record(found, SESSION_FIELDS)
        rows = conn.execute(
            select(c.c.id, c.c.registration_no, c.c.full_name, c.c.nik, a.c.status, a.c.checked_in_at)
            .join(c, c.c.id == a.c.candidate_id)
            .where(a.c.session_id == session.id)
            .order_by(c.c.full_name, c.c.registration_no)
        ).all()
    return Roster(session.id, session.data, tuple(RosterRow(*r) for r in rows))
