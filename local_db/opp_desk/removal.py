"""Removing an enrolment: the row goes, a tombstone goes to the outbox, the audit log says who.

The OPP repositories have no delete; this is the one path that removes an attendance record,
and it writes the delete, its audit entry and its outbox row (`op: delete`, the last state as
data so the outbox can still tell which session and candidate it concerned) in one IMMEDIATE
transaction (local_db/journal.py). The desk only removes an `enrolled` record: a record of the
day (present, absent, excused) is kept (docs/decisions.md, "OPP desk").
"""

from __future__ import annotations

from sqlalchemy import delete, select

from domain.actor import Actor, require_write
from domain.codes import Entity
from domain.dates import format_utc
from domain.opp import ATTENDANCE_FIELDS
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.errors import StaleRecord
from local_db.models import OPP_ATTENDANCE_T
from local_db.repositories.opp import opp_record
from local_db.rules import Clock

ATTENDANCE = OPP_ATTENDANCE_T


def remove_attendance(
    db: Database, clock: Clock, record_id: str, expected_version: int, actor: Actor
) -> None:
    require_write(actor, "remove an enrolment")
    at = format_utc(clock())
    with db.write() as conn:
        row = conn.execute(select(ATTENDANCE).where(ATTENDANCE.c.id == record_id)).mappings().first()
        if row is None or row["version"] != expected_version:
            raise StaleRecord(record_id)
        last = to_json(dict(opp_record(row, ATTENDANCE_FIELDS).data))
        conn.execute(delete(ATTENDANCE).where(ATTENDANCE.c.id == record_id))
        entry = journal.Entry(
            at,
            actor.name,
            "delete",
            Entity.OPP_ATTENDANCE,
            record_id,
            last,
            outbox_data=last,
            base_version=row["server_version"],
            op="delete",
        )
        journal.append(conn, [entry])
