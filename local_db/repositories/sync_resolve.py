"""The two resolutions a person makes that change the record itself: withdraw and merge.

- `withdraw`: a record the central service refused and never accepted is removed from this PC.
  Its open outbox rows become `withdrawn` (kept, never deleted: they say what was refused), and
  the audit entry keeps the record's last data, so nothing is lost. Only a record whose latest
  answer was a rejection and that has no version on the server qualifies: a record the server
  might hold (a conflict, a sent change whose answer was lost) is never withdrawn here, and
  neither is a record other local records depend on (attendance of a candidate or a session).
- `merge`: a conflict settled field by field. The server's copy is the base; the fields the
  person keeps from their own version are laid over it. The record becomes that merged state,
  and unless it equals the server's copy a new change is queued based on the server's version,
  so the push is `applied` rather than another conflict.

The caller (`SyncRecords`) owns the actor check; these functions run inside its transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import orjson
from sqlalchemy import Connection, delete, func, select, update

from domain.codes import Entity
from local_db import journal
from local_db.canonical_json import to_json
from local_db.errors import NotFound
from local_db.models import OPP_ATTENDANCE_T, OUTBOX_T
from local_db.repositories.outbox import OPEN_STATES, PENDING
from local_db.repositories.server_copy import TABLES, local_data, write_server_copy
from local_db.states import OutboxState, SyncState

OUTBOX = OUTBOX_T


class NotPossible(Exception):
    """This resolution does not apply to the record; `reason` is a short English code."""

    def __init__(self, record_id: str, reason: str) -> None:
        super().__init__(f"{record_id}: {reason}")
        self.reason = reason


def open_copy(conn: Connection, record_id: str) -> dict[str, Any] | None:
    """The server's copy ({"version": n, "data": {...}}) kept on the record's open conflict row."""
    row = conn.execute(
        select(OUTBOX.c.current)
        .where(
            OUTBOX.c.entity_id == record_id, OUTBOX.c.state.in_(OPEN_STATES), OUTBOX.c.current.is_not(None)
        )
        .order_by(OUTBOX.c.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    copy: dict[str, Any] = orjson.loads(row.current)
    return copy


def close_rows(conn: Connection, record_id: str, at: str, state: OutboxState = OutboxState.RESOLVED) -> None:
    """Open rows become `state`; never-answered pending rows are superseded by the resolution."""
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.entity_id == record_id, OUTBOX.c.state.in_(OPEN_STATES))
        .values(state=state.value, resolved_at=at)
    )
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.entity_id == record_id, OUTBOX.c.state == PENDING)
        .values(state=OutboxState.SUPERSEDED.value, resolved_at=at)
    )


def _dependents(conn: Connection, entity: str, record_id: str) -> int:
    t = OPP_ATTENDANCE_T
    column = {Entity.CANDIDATE.value: t.c.candidate_id, Entity.OPP_SESSION.value: t.c.session_id}.get(entity)
    if column is None:
        return 0
    return int(conn.execute(select(func.count()).select_from(t).where(column == record_id)).scalar_one())


def withdraw(conn: Connection, entity: str, record_id: str, actor: str, at: str) -> None:
    table = TABLES[entity]
    row = conn.execute(
        select(table.c.sync_state, table.c.server_version).where(table.c.id == record_id)
    ).first()
    if row is None:
        raise NotFound(record_id)
    if row.server_version is not None:
        raise NotPossible(record_id, "accepted_by_server")
    if row.sync_state != SyncState.REJECTED.value:
        raise NotPossible(record_id, "not_rejected")
    in_flight = conn.execute(
        select(OUTBOX.c.seq)
        .where(OUTBOX.c.entity_id == record_id, OUTBOX.c.state == PENDING, OUTBOX.c.attempts > 0)
        .limit(1)
    ).first()
    if in_flight is not None:  # sent once, answer never seen: the server may hold it
        raise NotPossible(record_id, "maybe_on_server")
    if _dependents(conn, entity, record_id):
        raise NotPossible(record_id, "has_dependents")
    data = local_data(conn, entity, record_id)
    close_rows(conn, record_id, at, OutboxState.WITHDRAWN)
    conn.execute(delete(table).where(table.c.id == record_id))  # a trigger keeps rows by reference whole
    change = to_json({"resolution": "withdraw", "data": data})
    journal.append(conn, [journal.Entry(at, actor, "withdraw", entity, record_id, change)])


def merge(
    conn: Connection, entity: str, record_id: str, keep_mine: Collection[str], actor: str, at: str
) -> bool:
    """Settle a conflict field by field; True when a change was queued (the result is not theirs)."""
    copy = open_copy(conn, record_id)
    mine = local_data(conn, entity, record_id)
    if mine is None:
        raise NotFound(record_id)
    if copy is None:
        raise NotPossible(record_id, "no_server_copy")
    version = int(copy["version"])
    theirs: dict[str, Any] = dict(copy["data"])
    merged = dict(theirs)
    for name in keep_mine:
        if name in mine:
            merged[name] = mine[name]
    queue = any(merged.get(k) != theirs.get(k) for k in set(merged) | set(theirs))
    write_server_copy(conn, entity, record_id, version, merged, at)
    close_rows(conn, record_id, at)
    table = TABLES[entity]
    change = to_json({"resolution": "merge", "version": version, "kept_mine": sorted(keep_mine)})
    entry = journal.Entry(at, actor, "resolve", entity, record_id, change)
    if queue:
        conn.execute(
            update(table)
            .where(table.c.id == record_id)
            .values(version=version + 1, sync_state=SyncState.PENDING.value, updated_at=at)
        )
        entry = entry._replace(outbox_data=to_json(merged), base_version=version)
    journal.append(conn, [entry])
    return queue
