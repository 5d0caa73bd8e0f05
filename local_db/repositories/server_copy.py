"""Writing a record as the central service holds it, and reading a record's local wire data.

Used by the pull (a newer server version of a record without unsent edits), by conflict
resolution ("take the server's copy") and by the push (a newer copy seen while our own change
was in flight). The caller owns the transaction and the audit entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from domain.candidate import CANDIDATE_FIELDS
from domain.codes import Entity
from domain.opp import ATTENDANCE_FIELDS, SESSION_FIELDS
from local_db.models import CANDIDATE_T, OPP_ATTENDANCE_T, OPP_SESSION_T
from local_db.repositories.candidate_rows import record_from_row, row_from_data, write_words
from local_db.repositories.opp import opp_record, opp_row
from local_db.states import SyncState

TABLES: dict[str, Table] = {
    Entity.CANDIDATE.value: CANDIDATE_T,
    Entity.OPP_SESSION.value: OPP_SESSION_T,
    Entity.OPP_ATTENDANCE.value: OPP_ATTENDANCE_T,
}
FIELDS: dict[str, tuple[str, ...]] = {
    Entity.CANDIDATE.value: CANDIDATE_FIELDS,
    Entity.OPP_SESSION.value: SESSION_FIELDS,
    Entity.OPP_ATTENDANCE.value: ATTENDANCE_FIELDS,
}


def table_of(entity: str) -> Table:
    return TABLES[entity]


def local_data(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    """The record's current wire data, or None when it is not stored here."""
    table = TABLES[entity]
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        return None
    if entity == Entity.CANDIDATE:
        return dict(record_from_row(row).data)
    return dict(opp_record(row, FIELDS[entity]).data)


def _columns(entity: str, data: Mapping[str, Any]) -> dict[str, Any]:
    if entity == Entity.CANDIDATE:
        return row_from_data(data)
    return opp_row(data, FIELDS[entity])


def write_server_copy(
    conn: Connection, entity: str, record_id: str, version: int, data: Mapping[str, Any], at: str
) -> bool:
    """Store the server's copy as this record's state (sent); True when the record was new here."""
    table = TABLES[entity]
    row = _columns(entity, data)
    row.update(version=version, server_version=version, sync_state=SyncState.SENT.value, updated_at=at)
    name = table.c.full_name if entity == Entity.CANDIDATE else table.c.id
    found = conn.execute(select(table.c.id, name).where(table.c.id == record_id)).first()
    if found is not None:
        conn.execute(update(table).where(table.c.id == record_id).values(row))
    else:
        conn.execute(insert(table).values(id=record_id, created_at=at, **row))
    if entity == Entity.CANDIDATE:
        write_words(conn, record_id, found[1] if found else None, data.get("full_name") or "")
    return found is None
