"""A record's sync events, read from its outbox rows, for the record's history.

The outbox keeps every row with the server's answer (rows are never deleted to make sync
work), so the history needs no extra writes on the push's hot path: a row that went out once
reads as "sent, accepted as version N", "refused with these reasons", "conflict with version
N" or "sent, no answer yet", at the time of its last attempt. Receiving a record from another
PC of the office, and a person's resolution, are audit entries already ("pull", "resolve",
"withdraw").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import select

from local_db.database import Database
from local_db.models import OUTBOX_T
from local_db.repositories.audit import AuditRecord
from local_db.states import OutboxState

OUTBOX = OUTBOX_T
SYNC_ACTOR = "sync"


def sync_events(db: Database, entity_id: str, limit: int = 200) -> list[AuditRecord]:
    """The record's sync events, newest first; ids are negative (they are not audit entries)."""
    query = (
        select(
            OUTBOX.c.seq,
            OUTBOX.c.state,
            OUTBOX.c.server_version,
            OUTBOX.c.errors,
            OUTBOX.c.current,
            OUTBOX.c.last_attempt_at,
        )
        .where(OUTBOX.c.entity_id == entity_id, OUTBOX.c.attempts > 0)
        .order_by(OUTBOX.c.seq.desc())
        .limit(limit)
    )
    with db.read() as conn:
        rows = conn.execute(query).all()
    out = []
    for r in rows:
        action, change = _event(r.state, r.server_version, r.errors, r.current)
        out.append(AuditRecord(-r.seq, r.last_attempt_at or "", SYNC_ACTOR, action, change))
    return out


def _event(
    state: str, version: int | None, errors: str | None, current: str | None
) -> tuple[str, dict[str, Any]]:
    if state == OutboxState.SENT.value:
        return "sync_sent", {"version": version}
    if errors:
        return "sync_rejected", {"errors": orjson.loads(errors)}
    if current and state != OutboxState.PENDING.value:
        return "sync_conflict", {"version": orjson.loads(current).get("version")}
    return "sync_waiting", {}


def with_sync_events(entries: Iterable[AuditRecord], events: Iterable[AuditRecord]) -> list[AuditRecord]:
    """Audit entries and sync events in one list, newest first."""
    return sorted([*entries, *events], key=lambda e: (e.at, e.id > 0, abs(e.id)), reverse=True)
