"""The audit log and the outbox, appended inside the caller's transaction.

This is the one place the two are written, so that every repository writes a record, its
audit entry and its outbox row together or not at all. The audit log is hash-chained: each
entry's hash covers its content and the previous entry's hash, so editing or deleting an
entry breaks the chain and `loket check` says where.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from domain.ids import new_id
from local_db.database import insert_tuples
from local_db.models import AUDIT_T, OUTBOX_T
from local_db.states import OutboxState

GENESIS = "0" * 64
# `Entry.outbox_data` for a record created exactly as it is stored: the outbox row refers to
# the stored row (its data is NULL) until a trigger copies the row in before it changes
# (migration 0002). Bulk import uses it: it halves what an imported record costs to store.
AS_STORED = ""
UPSERT = "upsert"
AUDIT = AUDIT_T
OUTBOX = OUTBOX_T


def chain_hash(prev: str, at: str, actor: str, action: str, entity: str, entity_id: str, change: str) -> str:
    payload = "\x1f".join((prev, at, actor, action, entity, entity_id, change))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Entry(NamedTuple):
    """One change of one record: what the audit log and (if `outbox_data`) the outbox get.

    A named tuple rather than a frozen dataclass: bulk import makes 100,000 of them, and a
    frozen dataclass's `__init__` costs three times as much."""

    at: str
    actor: str
    action: str  # create, update, import, pull, resolve ...
    entity: str
    entity_id: str
    change: str  # JSON: the new state for a create, {field: [old, new]} for an update
    outbox_data: str | None = None  # JSON of the full record state; AS_STORED; None = nothing to send
    base_version: int | None = None
    op: str = UPSERT
    change_id: str | None = None  # the outbox row's; None = a new one from `ids`


def last_hash(conn: Connection) -> str:
    row = conn.execute(select(AUDIT.c.hash).order_by(AUDIT.c.id.desc()).limit(1)).first()
    return row[0] if row else GENESIS


_AUDIT_COLUMNS = ("at", "actor", "action", "entity", "entity_id", "change", "prev_hash", "hash")
_OUTBOX_COLUMNS = (
    "change_id",
    "entity",
    "entity_id",
    "op",
    "base_version",
    "recorded_at",
    "data",
    "state",
    "attempts",
)


def append(conn: Connection, entries: Sequence[Entry], ids: Callable[[], str] = new_id) -> None:
    """Append audit entries (chained) and outbox rows for `entries`, in order.

    `ids` makes the outbox change ids of entries that do not bring one."""
    if not entries:
        return
    prev = last_hash(conn)
    audit_rows: list[tuple[Any, ...]] = []
    outbox_rows: list[tuple[Any, ...]] = []
    pending = OutboxState.PENDING.value
    sha256 = hashlib.sha256
    for e in entries:
        payload = "\x1f".join((prev, e.at, e.actor, e.action, e.entity, e.entity_id, e.change))
        digest = sha256(payload.encode("utf-8")).hexdigest()  # chain_hash, inlined: bulk import
        audit_rows.append((e.at, e.actor, e.action, e.entity, e.entity_id, e.change, prev, digest))
        prev = digest
        if e.outbox_data is not None:
            outbox_rows.append(
                (
                    e.change_id or ids(),
                    e.entity,
                    e.entity_id,
                    e.op,
                    e.base_version,
                    e.at,
                    e.outbox_data or None,
                    pending,
                    0,
                )
            )
    insert_tuples(conn, AUDIT, _AUDIT_COLUMNS, audit_rows)
    insert_tuples(conn, OUTBOX, _OUTBOX_COLUMNS, outbox_rows)


@dataclass(frozen=True, slots=True)
class ChainBreak:
    entry_id: int
    reason: str


def verify_chain(rows: Iterable[Sequence[Any]]) -> Iterator[ChainBreak]:
    """Check (id, at, actor, action, entity, entity_id, change, prev_hash, hash) rows in id order."""
    prev = GENESIS
    for row in rows:
        entry_id, at, actor, action, entity, entity_id, change, prev_hash, digest = row
        if prev_hash != prev:
            yield ChainBreak(entry_id, "previous hash does not match")
        if chain_hash(prev_hash, at, actor, action, entity, entity_id, change) != digest:
            yield ChainBreak(entry_id, "content does not match its hash")
        prev = digest
