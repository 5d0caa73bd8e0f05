"""What the server holds about the records a push touches, loaded in a few queries up front.

A push runs under its office's lock (`feed.lock_office`), so nothing else changes this office's
records meanwhile; the planner then updates this state in memory change by change, so later
changes of a batch see the effect of earlier ones (attendance after its candidate, capacity).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, func, select

from central_service.bulk import among
from central_service.models import APPLIED, NIK_CLAIM, OFFICE, RECORD
from domain.chunks import chunked
from sync.protocol import Change


@dataclass(frozen=True, slots=True)
class Incoming:
    """A pushed change with its ids as text, made once: `str(UUID)` costs ~2 µs and each id is
    needed several times per change."""

    change_id: str
    entity: str
    entity_id: str
    op: str
    base_version: int | None
    data: dict[str, Any]

    @classmethod
    def of(cls, change: Change) -> Incoming:
        return cls(
            str(change.change_id),
            change.entity,
            str(change.entity_id),
            change.op,
            change.base_version,
            change.data,
        )


@dataclass(slots=True)
class RecordState:
    entity: str
    office_id: int
    version: int
    deleted: bool
    data_text: str
    nik: str | None = None
    session_id: str | None = None
    candidate_id: str | None = None
    present: bool = False
    in_db: bool = True

    def data(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.data_text)
        return loaded


@dataclass(slots=True)
class State:
    office_id: int
    records: dict[str, RecordState] = field(default_factory=dict)
    applied: dict[str, tuple[int, int]] = field(default_factory=dict)  # change_id -> (office, version)
    claims: dict[str, int | None] = field(default_factory=dict)  # nik -> office holding it
    claims_at_load: dict[str, int | None] = field(default_factory=dict)
    holders: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # own active niks
    present_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pairs: dict[tuple[str, str], str] = field(default_factory=dict)
    office_codes: dict[int, str] = field(default_factory=dict)


def _chunks(values: Iterable[str], size: int = 500) -> Iterable[Sequence[str]]:
    return chunked(list(dict.fromkeys(values)), size)  # each key once


def _row_state(row: Any) -> RecordState:
    return RecordState(
        row.entity,
        row.office_id,
        row.version,
        row.deleted,
        row.data,
        row.nik,
        row.session_id,
        row.candidate_id,
        row.present,
    )


def load_state(conn: Connection, office_id: int, changes: list[Incoming], niks: Iterable[str]) -> State:
    """Everything a batch's decisions read, in a few queries per kind: the records it names and
    refers to, its changes applied before, the claims on the NIKs it touches (and the codes of
    the offices holding them), and the attendance of the sessions it refers to."""
    state = State(office_id)
    refs = _attendance_refs(changes)
    _load_records(conn, state, [*(c.entity_id for c in changes), *refs])
    _load_applied(conn, state, changes)
    _load_claims(conn, state, set(niks) | {r.nik for r in state.records.values() if r.nik})
    _load_office_codes(conn, state)
    sessions = [r for r in refs if r in state.records and state.records[r].entity == "opp_session"]
    _load_attendance(conn, state, sessions)
    return state


def _attendance_refs(changes: list[Incoming]) -> list[str]:
    """The session and candidate ids the batch's attendance records refer to."""
    return [
        str(c.data.get(key))
        for c in changes
        if c.entity == "opp_attendance"
        for key in ("session_id", "candidate_id")
        if isinstance(c.data.get(key), str)
    ]


def _load_records(conn: Connection, state: State, ids: list[str]) -> None:
    for chunk in _chunks(ids):
        for row in conn.execute(select(RECORD).where(among(conn, RECORD.c.entity_id, chunk))):
            state.records[row.entity_id] = _row_state(row)


def _load_applied(conn: Connection, state: State, changes: list[Incoming]) -> None:
    for chunk in _chunks(c.change_id for c in changes):
        rows = conn.execute(
            select(APPLIED.c.change_id, APPLIED.c.office_id, APPLIED.c.version).where(
                among(conn, APPLIED.c.change_id, chunk)
            )
        )
        state.applied.update({r.change_id: (r.office_id, r.version) for r in rows})


def _load_claims(conn: Connection, state: State, niks: set[str]) -> None:
    """Who holds each NIK, and which of this office's records hold it."""
    for chunk in _chunks(niks):
        for nik, holder in conn.execute(
            select(NIK_CLAIM.c.nik, NIK_CLAIM.c.office_id).where(among(conn, NIK_CLAIM.c.nik, chunk))
        ):
            state.claims[nik] = holder
        # By NIK alone, the office filtered here: with `office_id = …` in the query PostgreSQL
        # may walk the office index (every record of the office) instead of the NIK index.
        own = select(RECORD.c.nik, RECORD.c.entity_id, RECORD.c.office_id).where(
            among(conn, RECORD.c.nik, chunk)
        )
        for nik, entity_id, holder_office in conn.execute(own):
            if holder_office == state.office_id:
                state.holders[nik].add(entity_id)
    state.claims_at_load = dict(state.claims)


def _load_office_codes(conn: Connection, state: State) -> None:
    """The codes of the other offices holding a claim (a rejection names the office)."""
    others = {o for o in state.claims.values() if o is not None and o != state.office_id}
    if others:
        codes = conn.execute(select(OFFICE.c.id, OFFICE.c.code).where(OFFICE.c.id.in_(others)))
        state.office_codes = {i: c for i, c in codes}


def _load_attendance(conn: Connection, state: State, sessions: list[str]) -> None:
    """Per session: how many are present, and which record holds each (session, candidate)."""
    for chunk in _chunks(sessions):
        counts = conn.execute(
            select(RECORD.c.session_id, func.count())
            .where(and_(among(conn, RECORD.c.session_id, chunk), RECORD.c.present.is_(True)))
            .group_by(RECORD.c.session_id)
        )
        state.present_counts.update({s: n for s, n in counts})
        pairs = conn.execute(
            select(RECORD.c.session_id, RECORD.c.candidate_id, RECORD.c.entity_id).where(
                among(conn, RECORD.c.session_id, chunk)
            )
        )
        state.pairs.update({(s, c): e for s, c, e in pairs})
