"""The outbox as the sync engine sees it: what to send next, and what the server answered.

Decisions (docs/sync-protocol.md, "Client"):

- Causal order: rows go out in `seq` order, and a row only when it is the earliest pending
  row of its record, so a record's second edit waits for its first one's answer.
- Coalescing: pending rows of one record that were never sent fold into the first of them
  (latest data, first position and base). A row that was sent once is frozen: its answer may
  have been lost after the server applied it, so it is sent again exactly as it was.
- After `applied`/`duplicate` with version v the record's later pending rows are rebased on v.
- Attendance merged by the server (`applied` with a `current` that beats what was sent): the
  record becomes the merged one and later pending rows keep their base version, so the server
  merges them too (`attendance_sync.settle_merged`).
- Waiting: attendance whose session or candidate was never confirmed because its change is
  rejected or in conflict is not sent; the record shows `waiting` until a person resolves it.
- By reference: an imported candidate's row has no data of its own (NULL: the record as
  stored, which a trigger copies in before the record changes; migration 0002). The batch
  takes the stored record; sent or not, the row then holds exactly what was sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, Row, bindparam, select, text, update

from domain.chunks import chunked
from domain.codes import Entity
from local_db.candidate_wire import wire_json_sql
from local_db.database import Database
from local_db.models import OUTBOX_T
from local_db.repositories.attendance_sync import lost_merge, settle_merged
from local_db.repositories.server_copy import TABLES, write_server_copy
from local_db.states import OutboxState, SyncState

OUTBOX = OUTBOX_T
PENDING = OutboxState.PENDING.value
OPEN_STATES = (OutboxState.REJECTED.value, OutboxState.CONFLICT.value)
CHUNK = 900  # SQLite's bound-parameter budget, with room to spare
SCAN = 2000  # rows read per look at the outbox while filling a batch
# A change's data: its own, or for a row by reference the stored candidate's, as JSON text.
_DATA = (
    "coalesce(o.data, (SELECT " + wire_json_sql("c") + " FROM candidate c "
    "WHERE c.id = o.entity_id AND o.entity = 'candidate'))"
)
# A change's wire envelope around its data (ids, times, keys): a generous upper bound in bytes.
ENVELOPE_BYTES = 300


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One outbox row ready for the wire; `data` is the stored JSON text, sent as is."""

    seq: int
    change_id: str
    entity: str
    entity_id: str
    op: str
    base_version: int | None
    recorded_at: str
    data: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """The server's answer for one change (JSON text for errors and the current copy)."""

    change_id: str
    status: str  # applied, duplicate, conflict, rejected
    version: int | None
    errors: str | None = None
    current: str | None = None


@dataclass(slots=True)
class OutcomeCounts:
    sent: int = 0
    duplicate: int = 0
    rejected: int = 0
    conflict: int = 0
    waiting: int = 0

    def add(self, other: OutcomeCounts) -> None:
        self.sent += other.sent
        self.duplicate += other.duplicate
        self.rejected += other.rejected
        self.conflict += other.conflict
        self.waiting += other.waiting


@dataclass(frozen=True, slots=True)
class Batch:
    changes: tuple[Outgoing, ...]
    waiting: tuple[str, ...] = field(default=())  # entity ids held back for a blocked dependency

    def __bool__(self) -> bool:
        return bool(self.changes)


def blocked_ids(conn: Connection) -> set[str]:
    """Records never confirmed by the server whose change is rejected or in conflict."""
    open_ids = [
        r[0]
        for r in conn.execute(
            select(OUTBOX.c.entity_id, OUTBOX.c.entity).where(OUTBOX.c.state.in_(OPEN_STATES)).distinct()
        )
    ]
    blocked: set[str] = set()
    for table in TABLES.values():
        for part in chunked(open_ids, CHUNK):
            rows = conn.execute(
                select(table.c.id).where(table.c.id.in_(part), table.c.server_version.is_(None))
            )
            blocked.update(r[0] for r in rows)
    return blocked


def _confirmed(conn: Connection, record_id: str) -> bool:
    """The server has confirmed this session or candidate at least once."""
    for table in (TABLES[Entity.CANDIDATE], TABLES[Entity.OPP_SESSION]):
        row = conn.execute(select(table.c.server_version).where(table.c.id == record_id)).first()
        if row is not None:
            return row[0] is not None
    return True  # not stored here: the server judges the reference


def references(entity: str, data: str) -> tuple[str, ...]:
    """The records a change depends on (attendance → session and candidate)."""
    if entity != Entity.OPP_ATTENDANCE:
        return ()
    parsed = orjson.loads(data)
    return tuple(str(parsed[k]) for k in ("session_id", "candidate_id") if parsed.get(k))


def _first_pending_rows(conn: Connection, after: int, limit: int) -> Sequence[Row[Any]]:
    """Pending rows after `after` that are the earliest pending row of their record, in `seq`
    order; the columns of `Outgoing`, with the data of rows by reference filled in."""
    return conn.execute(
        text(
            "SELECT o.seq, o.change_id, o.entity, o.entity_id, o.op, o.base_version, "
            f"o.recorded_at, {_DATA} AS data FROM outbox_change o "
            "WHERE o.state = 'pending' AND o.seq > :after AND NOT EXISTS ("
            # Without the hint SQLite walks the state index: quadratic in the queue.
            " SELECT 1 FROM outbox_change e INDEXED BY ix_outbox_change_entity_id"
            " WHERE e.entity_id = o.entity_id"
            " AND e.state = 'pending' AND e.seq < o.seq) "
            "ORDER BY o.seq LIMIT :n"
        ),
        {"after": after, "n": limit},
    ).all()


def _sendable(
    conn: Connection,
    row: Row[Any],
    exclude: frozenset[str],
    blocked: set[str],
    in_batch: set[str],
    waiting: list[str],
) -> bool:
    """Whether `row` may join the batch now; attendance held by a blocked record joins `waiting`."""
    if row.data is None:  # the delete trigger makes this impossible; `loket check` says so
        raise LookupError(f"outbox row {row.seq} refers to a missing record")
    if row.entity_id in exclude:
        return False
    refs = references(row.entity, row.data)
    if blocked and blocked.intersection(refs):
        waiting.append(row.entity_id)
        return False
    # Its session or candidate goes first (e.g. re-sent after a rejection).
    return all(r in in_batch or _confirmed(conn, r) for r in refs)


class Outbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    def pending_count(self) -> int:
        with self._db.read() as conn:
            return int(
                conn.execute(text("SELECT count(*) FROM outbox_change WHERE state = 'pending'")).scalar_one()
            )

    def coalesce(self, at: str) -> int:
        """Fold never-sent pending rows of one record into the first of them; returns rows folded."""
        folded = 0
        with self._db.write() as conn:
            many = [
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT entity_id FROM outbox_change WHERE state = 'pending' AND attempts = 0 "
                        "GROUP BY entity_id HAVING count(*) > 1"
                    )
                )
            ]
            for entity_id in many:
                rows = conn.execute(
                    select(OUTBOX.c.seq, OUTBOX.c.op, OUTBOX.c.recorded_at, OUTBOX.c.data)
                    .where(OUTBOX.c.entity_id == entity_id, OUTBOX.c.state == PENDING, OUTBOX.c.attempts == 0)
                    .order_by(OUTBOX.c.seq)
                ).all()
                first, last = rows[0], rows[-1]
                conn.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.seq == first.seq)
                    .values(op=last.op, recorded_at=last.recorded_at, data=last.data)
                )
                conn.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.seq.in_([r.seq for r in rows[1:]]))
                    .values(state=OutboxState.SUPERSEDED.value, resolved_at=at)
                )
                folded += len(rows) - 1
        return folded

    def next_batch(
        self, max_changes: int, max_bytes: int, exclude: frozenset[str] = frozenset(), after: int = 0
    ) -> Batch:
        """The next changes to send, in causal order, within the protocol's limits.

        Only a record's earliest pending row is eligible; attendance that depends on a blocked
        record is held back (its record marked `waiting`). Records in `exclude` (a batch whose
        answer is still being recorded) are skipped, and so is attendance that needs them.
        """
        changes: list[Outgoing] = []
        waiting: list[str] = []
        in_batch: set[str] = set()
        size = 0
        with self._db.read() as conn:
            blocked = blocked_ids(conn)
            while len(changes) < max_changes:
                rows = _first_pending_rows(conn, after, min(SCAN, max_changes + 100))
                if not rows:
                    break
                for row in rows:
                    after = row.seq
                    if not _sendable(conn, row, exclude, blocked, in_batch, waiting):
                        continue
                    in_batch.add(row.entity_id)
                    cost = len(row.data) + ENVELOPE_BYTES
                    if changes and (size + cost > max_bytes or len(changes) >= max_changes):
                        return self._held(Batch(tuple(changes), tuple(waiting)))
                    changes.append(
                        Outgoing(
                            row.seq,
                            row.change_id,
                            row.entity,
                            row.entity_id,
                            row.op,
                            row.base_version,
                            row.recorded_at,
                            row.data,
                        )
                    )
                    size += cost
        return self._held(Batch(tuple(changes), tuple(waiting)))

    def _held(self, batch: Batch) -> Batch:
        if batch.waiting:
            with self._db.write() as conn:
                _set_state(conn, Entity.OPP_ATTENDANCE, batch.waiting, SyncState.WAITING)
        return batch

    def mark_attempted(self, batch: Batch, at: str) -> None:
        """Committed before the request: from now on these rows are frozen (never coalesced).

        A row by reference stays so: its record is what was sent until it changes, and the
        trigger copies it into the row before it does."""
        with self._db.write() as conn:
            conn.exec_driver_sql(
                "UPDATE outbox_change SET attempts = attempts + 1, last_attempt_at = ? WHERE seq = ?",
                [(at, c.seq) for c in batch.changes],
            )

    def apply_outcomes(self, batch: Batch, outcomes: Sequence[Outcome], at: str) -> OutcomeCounts:
        """Record the server's answers for `batch`, all in one transaction."""
        by_id = {c.change_id: c for c in batch.changes}
        counts = OutcomeCounts()
        done, refused = _accepted_and_refused(by_id, outcomes, counts)
        merged = _lost_merges(by_id, outcomes)
        with self._db.write() as conn:
            _confirm(conn, done, at, frozenset(seq for seq, _, _ in merged))
            settle_merged(conn, [(seq, rid, cur) for seq, rid, cur in merged if cur], at)
            _record_refusals(conn, refused, counts)
        return counts


def _accepted_and_refused(
    by_id: dict[str, Outgoing], outcomes: Sequence[Outcome], counts: OutcomeCounts
) -> tuple[list[tuple[Outgoing, int]], list[tuple[Outgoing, Outcome]]]:
    """Applied or duplicate (with their versions, counted here) apart from the rest."""
    done: list[tuple[Outgoing, int]] = []
    refused: list[tuple[Outgoing, Outcome]] = []
    for outcome in outcomes:
        change = by_id[outcome.change_id]
        if outcome.status in ("applied", "duplicate") and outcome.version is not None:
            done.append((change, outcome.version))
            _count(counts, outcome.status)
        else:
            refused.append((change, outcome))
    return done, refused


def _lost_merges(by_id: dict[str, Outgoing], outcomes: Sequence[Outcome]) -> list[tuple[int, str, str]]:
    """(seq, record id, server's current copy) of attendance changes the server merged with a
    newer version, losing some of what was sent."""
    return [
        (by_id[o.change_id].seq, by_id[o.change_id].entity_id, o.current)
        for o in outcomes
        if o.status == "applied"
        and o.current
        and by_id[o.change_id].entity == Entity.OPP_ATTENDANCE
        and lost_merge(by_id[o.change_id].data, o.current)
    ]


def _record_refusals(
    conn: Connection, refused: list[tuple[Outgoing, Outcome]], counts: OutcomeCounts
) -> None:
    """Rejections and conflicts; attendance refused only for a reference whose record is itself
    blocked waits instead."""
    later = [(c, o) for c, o in refused if c.entity == Entity.OPP_ATTENDANCE and _only_unknown_reference(o)]
    for change, outcome in refused:
        if (change, outcome) not in later:
            _refuse(conn, change, outcome)
            _count(counts, outcome.status)
    blocked = blocked_ids(conn) if later else set()
    for change, outcome in later:
        if blocked.intersection(references(change.entity, change.data)):
            _set_state(conn, change.entity, [change.entity_id], SyncState.WAITING)
            counts.waiting += 1
        else:
            _refuse(conn, change, outcome)
            _count(counts, outcome.status)


def _count(counts: OutcomeCounts, status: str) -> None:
    if status == "applied":
        counts.sent += 1
    elif status == "duplicate":
        counts.duplicate += 1
    elif status == "conflict":
        counts.conflict += 1
    else:
        counts.rejected += 1


def _only_unknown_reference(outcome: Outcome) -> bool:
    if outcome.status != "rejected" or not outcome.errors:
        return False
    errors = orjson.loads(outcome.errors)
    return bool(errors) and all(e.get("code") == "unknown_reference" for e in errors)


def _set_state(conn: Connection, entity: str, ids: Sequence[str], state: SyncState) -> None:
    table = TABLES[entity]
    for part in chunked(ids, CHUNK):
        conn.execute(update(table).where(table.c.id.in_(part)).values(sync_state=state.value))


def _refuse(conn: Connection, change: Outgoing, outcome: Outcome) -> None:
    state = OutboxState.CONFLICT if outcome.status == "conflict" else OutboxState.REJECTED
    conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.seq == change.seq)
        .values(state=state.value, errors=outcome.errors, current=outcome.current)
    )
    _set_state(conn, change.entity, [change.entity_id], SyncState(state.value))


def _confirm(
    conn: Connection, done: list[tuple[Outgoing, int]], at: str, keep_base: frozenset[int] = frozenset()
) -> None:
    """Applied or duplicate: row sent, later rows of the record rebased (unless the row's seq is in
    `keep_base`: an attendance change the server merged), record confirmed."""
    if not done:
        return
    # executemany straight to the driver: SQLAlchemy's per-row parameter handling would double
    # the cost of recording a batch's answers.
    conn.exec_driver_sql(
        "UPDATE outbox_change SET state = 'sent', server_version = ?, errors = NULL WHERE seq = ?",
        [(v, c.seq) for c, v in done],
    )
    still_pending = _settle_earlier_refusals(conn, [c.entity_id for c, _ in done], at)
    _rebase(conn, done, still_pending, keep_base)
    _confirm_records(conn, done, still_pending)
    _newer_copies(conn, done, at)


def _settle_earlier_refusals(conn: Connection, ids: Sequence[str], at: str) -> dict[str, list[int]]:
    """Resolve the records' earlier rejections and conflicts (this confirmed state settles
    them); returns each record's rows still pending (`seq`s)."""
    still_pending: dict[str, list[int]] = {}
    for part in chunked(ids, CHUNK):
        rows = conn.execute(
            select(OUTBOX.c.entity_id, OUTBOX.c.seq).where(
                OUTBOX.c.entity_id.in_(part), OUTBOX.c.state == PENDING
            )
        )
        for r in rows:
            still_pending.setdefault(r.entity_id, []).append(r.seq)
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.entity_id.in_(part), OUTBOX.c.state.in_(OPEN_STATES))
            .values(state=OutboxState.RESOLVED.value, resolved_at=at)
        )
    return still_pending


def _rebase(
    conn: Connection,
    done: list[tuple[Outgoing, int]],
    still_pending: dict[str, list[int]],
    keep_base: frozenset[int],
) -> None:
    """A record's later pending rows now build on the version the server gave (not after a
    merged attendance change, `keep_base`)."""
    rebase = [
        {"b_seq": seq, "b_version": v}
        for c, v in done
        if c.seq not in keep_base
        for seq in still_pending.get(c.entity_id, ())
        if seq > c.seq
    ]
    if rebase:
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.seq == bindparam("b_seq"))
            .values(base_version=bindparam("b_version")),
            rebase,
        )


def _confirm_records(
    conn: Connection, done: list[tuple[Outgoing, int]], still_pending: dict[str, list[int]]
) -> None:
    """The records' server version; `sent` unless a later change of theirs is still pending."""
    by_table: dict[str, tuple[list[tuple[int, str]], list[tuple[int, str]]]] = {}
    for change, version in done:
        confirmed, behind = by_table.setdefault(change.entity, ([], []))
        (behind if change.entity_id in still_pending else confirmed).append((version, change.entity_id))
    for entity, (confirmed, behind) in by_table.items():
        name = TABLES[entity].name
        if confirmed:
            conn.exec_driver_sql(
                f"UPDATE {name} SET server_version = ?, sync_state = '{SyncState.SENT.value}' WHERE id = ?",
                confirmed,
            )
        if behind:
            conn.exec_driver_sql(f"UPDATE {name} SET server_version = ? WHERE id = ?", behind)


def _newer_copies(conn: Connection, done: list[tuple[Outgoing, int]], at: str) -> None:
    """A pull that saw a newer server copy while our change was in flight left it on the row."""
    seqs = [c.seq for c, _ in done]
    for part in chunked(seqs, CHUNK):
        rows = conn.execute(
            select(OUTBOX.c.entity, OUTBOX.c.entity_id, OUTBOX.c.server_version, OUTBOX.c.current).where(
                OUTBOX.c.seq.in_(part), OUTBOX.c.current.is_not(None)
            )
        ).all()
        for r in rows:
            copy = orjson.loads(r.current)
            if copy["version"] > r.server_version:
                pending = conn.execute(
                    select(OUTBOX.c.seq)
                    .where(OUTBOX.c.entity_id == r.entity_id, OUTBOX.c.state == PENDING)
                    .limit(1)
                ).first()
                if pending is None:
                    write_server_copy(conn, r.entity, r.entity_id, copy["version"], copy["data"], at)
