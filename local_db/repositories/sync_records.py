"""Per-record sync state, and how a person settles a rejection or a conflict.

`state_of` answers "where is this record?" for the UI and `loket status`. A rejected or
conflicting change stays in the outbox with the server's reasons or copy until a person
chooses: `accept_server` (the server's copy becomes the record) or `resend_mine` (the local
record is sent again, based on the server's current version). Either way the open rows are
marked `resolved` (never deleted), an audit entry says who decided, and attendance that was
waiting for the record becomes pending again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, func, or_, select, update

from domain.actor import Actor, require_write
from domain.codes import Entity
from domain.dates import format_utc
from domain.issues import Issue
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.errors import NotFound
from local_db.models import OPP_ATTENDANCE_T, OUTBOX_T
from local_db.repositories.outbox import OPEN_STATES, blocked_ids
from local_db.repositories.server_copy import TABLES, local_data, write_server_copy
from local_db.repositories.sync_resolve import NotPossible, close_rows, merge, open_copy, withdraw
from local_db.rules import Clock
from local_db.states import SyncState

OUTBOX = OUTBOX_T


class NothingToResolve(NotPossible):
    """The record has no rejected or conflicting change (or no server copy to accept)."""

    def __init__(self, record_id: str) -> None:
        super().__init__(record_id, "nothing_to_resolve")


@dataclass(frozen=True, slots=True)
class Problem:
    """One record that needs a person, as `loket problems` and the needs-attention page list it."""

    id: str
    entity: str
    registration_no: str | None
    nik: str | None
    name: str | None
    state: str
    errors: tuple[Issue, ...]
    server_copy: Mapping[str, Any] | None
    mine: Mapping[str, Any] | None  # the local record's wire data


@dataclass(frozen=True, slots=True)
class RecordSync:
    entity: str
    id: str
    sync_state: str
    server_version: int | None
    errors: tuple[Issue, ...]  # the server's field-level reasons (message() in id or en)
    server_copy: Mapping[str, Any] | None  # {"version": n, "data": {...}} of a conflict
    waiting_for: tuple[str, ...]  # ids of blocked records this one depends on


def _issues(text: str | None) -> tuple[Issue, ...]:
    if not text:
        return ()
    out = []
    for e in orjson.loads(text):
        params = dict(e.get("details") or {})
        out.append(Issue(e.get("field"), str(e.get("code")), params, e.get("message") or None))
    return tuple(out)


class SyncRecords:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def state_of(self, entity: str, record_id: str) -> RecordSync:
        table = TABLES[entity]
        with self._db.read() as conn:
            row = conn.execute(
                select(table.c.sync_state, table.c.server_version).where(table.c.id == record_id)
            ).first()
            if row is None:
                raise NotFound(record_id)
            open_row = conn.execute(
                select(OUTBOX.c.errors, OUTBOX.c.current)
                .where(OUTBOX.c.entity_id == record_id, OUTBOX.c.state.in_(OPEN_STATES))
                .order_by(OUTBOX.c.seq.desc())
                .limit(1)
            ).first()
            waiting_for: tuple[str, ...] = ()
            if row.sync_state == SyncState.WAITING and entity == Entity.OPP_ATTENDANCE:
                data = local_data(conn, entity, record_id) or {}
                refs = {str(data.get("session_id")), str(data.get("candidate_id"))}
                waiting_for = tuple(sorted(refs & blocked_ids(conn)))
        errors = _issues(open_row.errors) if open_row else ()
        copy = orjson.loads(open_row.current) if open_row and open_row.current else None
        return RecordSync(entity, record_id, row.sync_state, row.server_version, errors, copy, waiting_for)

    def needs_attention(self, limit: int = 500) -> list[RecordSync]:
        with self._db.read() as conn:
            rows = conn.execute(
                select(OUTBOX.c.entity, OUTBOX.c.entity_id)
                .where(OUTBOX.c.state.in_(OPEN_STATES))
                .distinct()
                .limit(limit)
            ).all()
        return [self.state_of(r.entity, r.entity_id) for r in rows]

    def problems(self, limit: int = 1000) -> list[Problem]:
        """Records whose latest change was refused or met a conflict, oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                select(OUTBOX.c.entity, OUTBOX.c.entity_id, func.min(OUTBOX.c.seq).label("first"))
                .where(OUTBOX.c.state.in_(OPEN_STATES))
                .group_by(OUTBOX.c.entity, OUTBOX.c.entity_id)
                .order_by("first")
                .limit(limit)
            ).all()
            found = [(r.entity, r.entity_id, local_data(conn, r.entity, r.entity_id)) for r in rows]
        out = []
        for entity, record_id, data in found:
            if data is None:
                continue
            state = self.state_of(entity, record_id)
            if state.sync_state not in OPEN_STATES:
                continue  # edited since: the new change is on its way (and settles the old row)
            out.append(
                Problem(
                    record_id,
                    entity,
                    data.get("registration_no"),
                    data.get("nik"),
                    data.get("full_name") or data.get("title") or data.get("code"),
                    state.sync_state,
                    state.errors,
                    state.server_copy,
                    data,
                )
            )
        return out

    def withdraw(self, entity: str, record_id: str, actor: Actor) -> None:
        """Remove a refused record the server never accepted (see `sync_resolve.withdraw`)."""
        require_write(actor, "withdraw a refused record")
        with self._db.write() as conn:
            withdraw(conn, entity, record_id, actor.name, format_utc(self._clock()))

    def merge(self, entity: str, record_id: str, keep_mine: Collection[str], actor: Actor) -> RecordSync:
        """Settle a conflict field by field: the server's copy with `keep_mine` fields of mine."""
        require_write(actor, "resolve a sync conflict")
        with self._db.write() as conn:
            merge(conn, entity, record_id, keep_mine, actor.name, format_utc(self._clock()))
            _release_dependents(conn, record_id)
        return self.state_of(entity, record_id)

    def accept_server(self, entity: str, record_id: str, actor: Actor) -> RecordSync:
        """The server's copy of a conflict becomes the record; my unsent changes are dropped from sending."""
        require_write(actor, "resolve a sync conflict")
        at = format_utc(self._clock())
        with self._db.write() as conn:
            copy = open_copy(conn, record_id)
            if copy is None:
                raise NothingToResolve(record_id)
            write_server_copy(conn, entity, record_id, int(copy["version"]), copy["data"], at)
            close_rows(conn, record_id, at)
            _release_dependents(conn, record_id)
            change = to_json({"resolution": "accept_server", "version": copy["version"]})
            journal.append(conn, [journal.Entry(at, actor.name, "resolve", entity, record_id, change)])
        return self.state_of(entity, record_id)

    def resend_mine(self, entity: str, record_id: str, actor: Actor) -> RecordSync:
        """Send the local record again, based on the server's current version (if it has one)."""
        require_write(actor, "resolve a sync conflict")
        at = format_utc(self._clock())
        table = TABLES[entity]
        with self._db.write() as conn:
            open_rows = conn.execute(
                select(OUTBOX.c.seq).where(OUTBOX.c.entity_id == record_id, OUTBOX.c.state.in_(OPEN_STATES))
            ).all()
            if not open_rows:
                raise NothingToResolve(record_id)
            data = local_data(conn, entity, record_id)
            if data is None:
                raise NotFound(record_id)
            copy = open_copy(conn, record_id)
            base = (
                int(copy["version"])
                if copy
                else conn.execute(select(table.c.server_version).where(table.c.id == record_id)).scalar_one()
            )
            close_rows(conn, record_id, at)
            conn.execute(
                update(table)
                .where(table.c.id == record_id)
                .values(server_version=base, sync_state=SyncState.PENDING.value, updated_at=at)
            )
            payload = to_json(data)
            change = to_json({"resolution": "resend_mine", "base_version": base})
            journal.append(
                conn,
                [
                    journal.Entry(
                        at,
                        actor.name,
                        "resolve",
                        entity,
                        record_id,
                        change,
                        outbox_data=payload,
                        base_version=base,
                    )
                ],
            )
            _release_dependents(conn, record_id)
        return self.state_of(entity, record_id)


def _release_dependents(conn: Connection, record_id: str) -> None:
    t = OPP_ATTENDANCE_T
    conn.execute(
        update(t)
        .where(
            t.c.sync_state == SyncState.WAITING.value,
            or_(t.c.session_id == record_id, t.c.candidate_id == record_id),
        )
        .values(sync_state=SyncState.PENDING.value)
    )
