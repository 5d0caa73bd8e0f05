"""POST /sync/push: every change decided on its own, applied at most once, in one transaction.

1. Field rules run first, outside any transaction (pure CPU, `validation`).
2. The office's feed is locked (`feed.lock_office`); the state the batch touches is loaded in a
   few queries (`state`) and each change is decided in order (`push_rules`).
3. Fast path: the batch's writes go in one savepoint. `change_id` is the primary key of
   `applied_change`, so a change applied meanwhile by another transaction fails the insert
   (never check-then-insert); so does a NIK another office claimed meanwhile.
4. Slow path, when the fast path's savepoint failed: each change in its own savepoint,
   decided again against what is now committed, so one bad change never blocks the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, delete, update
from sqlalchemy.exc import IntegrityError

from central_service import anchors, db, feed
from central_service.bulk import insert_rows
from central_service.models import APPLIED, DEVICE, NIK_CLAIM, RECORD
from central_service.push_rules import Plan, decide
from central_service.reference import ReferenceData
from central_service.state import Incoming, load_state
from central_service.validation import (
    Checked,
    check_attendance_data,
    check_candidate_data,
    check_session_data,
)
from domain.candidate import RuleContext
from domain.dates import format_utc
from sync.protocol import Change

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    id: str
    office_id: int
    office_code: str


class PushService:
    def __init__(self, engine: Engine, reference: ReferenceData, clock: Clock) -> None:
        self._engine = engine
        self._reference = reference
        self._clock = clock

    def _check(self, change: Incoming, ctx: RuleContext) -> Checked | None:
        if change.op == "delete":
            return None
        if change.entity == "candidate":
            return check_candidate_data(change.data, ctx)
        if change.entity == "opp_session":
            return check_session_data(change.data)
        return check_attendance_data(change.data)

    def push(self, device: DeviceInfo, received: list[Change]) -> list[dict[str, Any]]:
        now = self._clock()
        changes = [Incoming.of(c) for c in received]
        ctx = self._reference.rule_context(now.date())
        checked = [self._check(c, ctx) for c in changes]
        stamp = format_utc(now)
        niks = [c.data["nik"] for c in checked if c and isinstance(c.data.get("nik"), str)]
        with db.write(self._engine) as conn:
            last_seq = feed.lock_office(conn, device.office_id)
            try:
                with conn.begin_nested():
                    state = load_state(conn, device.office_id, changes, niks)
                    plan = Plan(next_seq=last_seq)
                    results = [
                        decide(c, k, state, plan, device.id, stamp)
                        for c, k in zip(changes, checked, strict=True)
                    ]
                    _write(conn, plan, state.claims_at_load, state.claims, device.office_id, stamp, device.id)
            except IntegrityError:
                results, plan = self._one_by_one(conn, device, changes, checked, last_seq, stamp)
            feed.append(conn, device.office_id, plan.feed, last_seq)
            conn.execute(update(DEVICE).where(DEVICE.c.id == device.id).values(last_push_at=stamp))
        return results

    def anchor(self, device: DeviceInfo, head: Any) -> str | None:
        """Check and move the device's audit anchor (central_service/anchors.py)."""
        with db.write(self._engine) as conn:
            return anchors.record(conn, device.id, head, format_utc(self._clock()))

    def _one_by_one(
        self,
        conn: Connection,
        device: DeviceInfo,
        changes: list[Incoming],
        checked: list[Checked | None],
        last_seq: int,
        stamp: str,
    ) -> tuple[list[dict[str, Any]], Plan]:
        total = Plan(next_seq=last_seq)
        results = []
        for change, check in zip(changes, checked, strict=True):
            niks = [check.data["nik"]] if check and isinstance(check.data.get("nik"), str) else []
            for attempt in range(2):
                try:
                    with conn.begin_nested():
                        state = load_state(conn, device.office_id, [change], niks)
                        plan = Plan(next_seq=total.next_seq)
                        result = decide(change, check, state, plan, device.id, stamp)
                        _write(
                            conn, plan, state.claims_at_load, state.claims, device.office_id, stamp, device.id
                        )
                    break
                except IntegrityError:
                    # A concurrent transaction committed the row we collided with; deciding
                    # again sees it (duplicate, or the NIK now held elsewhere).
                    if attempt == 1:
                        raise
            results.append(result)
            total.feed.extend(plan.feed)
            total.next_seq = plan.next_seq
        return results, total


def _write(
    conn: Connection,
    plan: Plan,
    claims_before: dict[str, int | None],
    claims_after: dict[str, int | None],
    office_id: int,
    stamp: str,
    device_id: str,
) -> None:
    if not plan.applied:
        return
    insert_rows(conn, APPLIED, plan.applied)
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for entity_id, rec in plan.touched.items():
        row = {
            "entity_id": entity_id,
            "entity": rec.entity,
            "office_id": office_id,
            "version": rec.version,
            "deleted": rec.deleted,
            "data": rec.data_text,
            "nik": rec.nik,
            "session_id": rec.session_id,
            "candidate_id": rec.candidate_id,
            "present": rec.present,
            "updated_at": stamp,
            "updated_by": device_id,
        }
        (changed if rec.in_db else fresh).append(row)
    released = sorted(n for n, o in claims_after.items() if o is None and claims_before.get(n) == office_id)
    claimed = sorted(n for n, o in claims_after.items() if o == office_id and claims_before.get(n) is None)
    if released:
        conn.execute(
            delete(NIK_CLAIM).where(and_(NIK_CLAIM.c.nik.in_(released), NIK_CLAIM.c.office_id == office_id))
        )
    if changed:
        params = [{**r, "b_id": r["entity_id"]} for r in changed]
        stmt = update(RECORD).where(RECORD.c.entity_id == bindparam("b_id"))
        conn.execute(stmt.values({c: bindparam(c) for c in changed[0] if c != "entity_id"}), params)
    if fresh:
        insert_rows(conn, RECORD, fresh)
    if claimed:
        insert_rows(conn, NIK_CLAIM, [{"nik": n, "office_id": office_id} for n in claimed])
