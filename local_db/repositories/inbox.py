"""Applying pulled changes: by version, with the cursor stored in the same transaction.

A pulled version replaces the local record only when it is newer than the last server version
the record had and the record has no unsent local edit. With a pending edit the record is left
alone and the server's copy is kept on that outbox row: the push decides (our own change
echoed back → `duplicate`; someone else's → `conflict` with the current copy). A record whose
change is already rejected or in conflict becomes a conflict holding the newer copy. Nothing
pulled is ever sent back (no outbox row), but each write has its audit entry.

Attendance is the exception: a pulled version of a record with an unsent or refused change is
merged by rule (`attendance_sync.merge_pulled`), never made a conflict for a person.

A removed OPP enrolment arrives as a tombstone (`op: delete`) and removes the local row, unless
this PC has its own unsent or refused change of that record: by the attendance merge rule an
upsert over a tombstone is stored, so the desk's check-in stands. Other tombstones are
ignored: the desktop deletes no other kind of record.

Records new to this PC (all of them on a first pull) are written for the whole page at once
(`pull_rows.FreshRecords`: a few multi-row statements instead of four statements a record);
records already here are updated one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from domain.chunks import chunked
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.models import OUTBOX_T, P3MI_T
from local_db.repositories.attendance_sync import ENTITY as ATTENDANCE
from local_db.repositories.attendance_sync import merge_pulled
from local_db.repositories.outbox import CHUNK, OPEN_STATES, PENDING
from local_db.repositories.pull_rows import FreshRecords
from local_db.repositories.server_copy import TABLES, write_server_copy
from local_db.repositories.settings import SettingKey, put_value
from local_db.states import OutboxState, SyncState

CURSOR_KEY = SettingKey.SYNC_CURSOR  # sync/engine.py reads it by this name
OUTBOX = OUTBOX_T


@dataclass(frozen=True, slots=True)
class Pulled:
    seq: int
    entity: str
    entity_id: str
    op: str
    version: int
    data: dict[str, Any]


@dataclass(slots=True)
class PullCounts:
    applied: int = 0
    ignored: int = 0
    conflict: int = 0
    held: int = 0  # left for the push to settle
    changed: list[str] = field(default_factory=list)  # ids of records stored or put in conflict


class Inbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    def apply(self, changes: Sequence[Pulled], cursor: str, at: str) -> PullCounts:
        counts = PullCounts()
        with self._db.write() as conn:
            records = [c for c in changes if c.entity in TABLES]
            known = _known_versions(conn, records)
            pending, open_rows = _unsent(conn, [c.entity_id for c in records])
            entries: list[journal.Entry] = []
            fresh = FreshRecords()
            for change in changes:
                if change.entity == "p3mi":
                    _p3mi(conn, change)
                    counts.applied += 1
                    continue
                if change.entity == ATTENDANCE and change.op == "delete":
                    _removed(conn, change, known, pending, open_rows, fresh, entries, counts, at)
                    continue
                if change.entity not in TABLES or change.op != "upsert":
                    counts.ignored += 1  # other tombstones: the desktop deletes nothing else
                    continue
                state = known.get(change.entity_id)
                if state is not None and change.version <= (state[0] or 0):
                    counts.ignored += 1
                    continue
                if change.entity_id in pending or change.entity_id in open_rows:
                    _against_unsent(conn, change, pending, open_rows, known, entries, counts, at)
                else:
                    record_id, version, data = change.entity_id, change.version, change.data
                    if state is None or fresh.holds(record_id):
                        fresh.add(change.entity, record_id, version, data)
                    else:
                        write_server_copy(conn, change.entity, record_id, version, data, at)
                    known[change.entity_id] = (change.version, SyncState.SENT.value)
                    entries.append(
                        journal.Entry(
                            at, "sync", "pull", change.entity, change.entity_id, to_json(change.data)
                        )
                    )
                    counts.applied += 1
                    counts.changed.append(change.entity_id)
            fresh.insert(conn, at)
            journal.append(conn, entries)
            put_value(conn, CURSOR_KEY, cursor)
        return counts


def _removed(
    conn: Connection,
    change: Pulled,
    known: dict[str, tuple[int | None, str]],
    pending: dict[str, int],
    open_rows: dict[str, int],
    fresh: FreshRecords,
    entries: list[journal.Entry],
    counts: PullCounts,
    at: str,
) -> None:
    """A removed enrolment (see the module's docstring)."""
    record_id = change.entity_id
    if fresh.holds(record_id):  # enrolled and removed within this page: never stored here
        fresh.discard(change.entity, record_id)
        counts.ignored += 1
        return
    state = known.get(record_id)
    if state is None or change.version <= (state[0] or 0):
        counts.ignored += 1  # not here, or an older change
        return
    if record_id in pending or record_id in open_rows:
        counts.held += 1  # this desk's change wins at the centre (upsert over a tombstone)
        return
    table = TABLES[change.entity]
    conn.execute(delete(table).where(table.c.id == record_id))
    del known[record_id]
    entries.append(
        journal.Entry(
            at, "sync", "pull_delete", change.entity, record_id, to_json({"version": change.version})
        )
    )
    counts.applied += 1
    counts.changed.append(record_id)


def _against_unsent(
    conn: Connection,
    change: Pulled,
    pending: dict[str, int],
    open_rows: dict[str, int],
    known: dict[str, tuple[int | None, str]],
    entries: list[journal.Entry],
    counts: PullCounts,
    at: str,
) -> None:
    """A pulled version of a record with an unsent (pending) or refused change."""
    if change.entity == ATTENDANCE:
        outcome, entry = merge_pulled(
            conn,
            change.entity_id,
            change.version,
            change.data,
            pending.get(change.entity_id),
            None if change.entity_id in pending else open_rows[change.entity_id],
            at,
        )
        if entry is not None:
            entries.append(entry)
        if outcome == "applied":
            known[change.entity_id] = (change.version, SyncState.SENT.value)
            counts.applied += 1
        else:
            counts.held += 1
        return
    copy = to_json({"version": change.version, "data": change.data})
    if change.entity_id in pending:
        conn.execute(update(OUTBOX).where(OUTBOX.c.seq == pending[change.entity_id]).values(current=copy))
        counts.held += 1
        return
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.seq == open_rows[change.entity_id])
        .values(state=OutboxState.CONFLICT.value, current=copy)
    )
    table = TABLES[change.entity]
    conn.execute(
        update(table).where(table.c.id == change.entity_id).values(sync_state=SyncState.CONFLICT.value)
    )
    counts.conflict += 1
    counts.changed.append(change.entity_id)


def _known_versions(conn: Connection, changes: Sequence[Pulled]) -> dict[str, tuple[int | None, str]]:
    out: dict[str, tuple[int | None, str]] = {}
    for entity, table in TABLES.items():
        ids = [c.entity_id for c in changes if c.entity == entity]
        for part in chunked(ids, CHUNK):
            rows = conn.execute(
                select(table.c.id, table.c.server_version, table.c.sync_state).where(table.c.id.in_(part))
            )
            out.update({r.id: (r.server_version, r.sync_state) for r in rows})
    return out


def _unsent(conn: Connection, ids: Sequence[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Per record: its latest pending outbox row; its latest rejected/conflict row."""
    pending: dict[str, int] = {}
    open_rows: dict[str, int] = {}
    for part in chunked(ids, CHUNK):
        rows = conn.execute(
            select(OUTBOX.c.entity_id, OUTBOX.c.seq, OUTBOX.c.state)
            .where(
                OUTBOX.c.entity_id.in_(part),
                OUTBOX.c.state.in_((PENDING, *OPEN_STATES)),
            )
            .order_by(OUTBOX.c.seq)
        )
        for r in rows:
            (pending if r.state == PENDING else open_rows)[r.entity_id] = r.seq
    return pending, open_rows


def _p3mi(conn: Connection, change: Pulled) -> None:
    data = change.data
    values = {
        "id": change.entity_id,
        "name": str(data.get("name") or ""),
        "licence_no": str(data.get("licence_no") or ""),
        "address": str(data.get("address") or ""),
        "active": 1 if data.get("active", True) else 0,
        "version": change.version,
    }
    stmt = sqlite_insert(P3MI_T).values(values)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={k: stmt.excluded[k] for k in values if k != "id"},
            where=P3MI_T.c.version < stmt.excluded.version,
        )
    )
