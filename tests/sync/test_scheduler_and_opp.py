"""The window's sync pacing (backoff, interval) and the OPP repositories' one writer path."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from domain.actor import Actor
from domain.codes import Role
from local_db.errors import ValidationFailed
from sync.engine import SyncReport
from sync.retry import RetryPolicy
from sync.scheduler import RunPacer
from tests.central_service.support import nik
from tests.conftest import valid_candidate
from tests.sync.support import new_store
from tests.sync.workload import attendance_fields, session_fields

OP = Actor("operator1", Role.OPERATOR)


def test_full_jitter_backoff_grows_to_five_minutes_and_honours_retry_after() -> None:
    policy = RetryPolicy(rng=random.Random(1))
    for attempt, ceiling in ((1, 2.0), (2, 4.0), (5, 32.0), (12, 300.0), (40, 300.0)):
        delays = [policy.delay(attempt) for _ in range(200)]
        assert min(delays) >= 0 and max(delays) <= ceiling
        assert max(delays) > ceiling * 0.8  # spread over the whole range
    assert policy.delay(1, retry_after=30) >= 30


def test_the_pacer_backs_off_after_failed_runs_and_waits_the_interval_after_a_full_one() -> None:
    pacer = RunPacer(RetryPolicy(base=2, cap=300, rng=random.Random(3)), interval=120)
    assert pacer.next_delay(SyncReport(finished=False)) <= 2
    assert pacer.next_delay(SyncReport(finished=False)) <= 4
    assert pacer.failures == 2
    assert pacer.next_delay(SyncReport(finished=True)) == 120 and pacer.failures == 0


def test_opp_records_are_validated_and_written_with_their_outbox_rows(
    tmp_path: Path, template_db: Path
) -> None:
    store = new_store(tmp_path / "opp", template_db)
    try:
        with pytest.raises(ValidationFailed) as bad:
            store.sessions.create(session_fields("OPP-1", ends_at="2026-12-01T00:00:00Z", capacity=0), OP)
        assert {e.code for e in bad.value.errors} == {"time_order", "not_positive"}
        session = store.sessions.create(session_fields("OPP-1"), OP)
        with pytest.raises(ValidationFailed):
            store.sessions.create(session_fields("OPP-1"), OP)  # the code is taken
        cid = store.candidates.create(valid_candidate(nik=nik()), OP).record.id
        with pytest.raises(ValidationFailed) as unknown:
            store.attendance.create(attendance_fields(session.id, "0190a000-0000-7000-8000-000000000000"), OP)
        assert unknown.value.errors[0].code == "unknown_reference"
        att = store.attendance.create(attendance_fields(session.id, cid), OP)
        with pytest.raises(ValidationFailed) as twice:
            store.attendance.create(attendance_fields(session.id, cid), OP)
        assert twice.value.errors[0].code == "attendance_duplicate"
        updated, changed = store.attendance.update(att.id, {"status": "absent"}, OP, att.version)
        assert updated.version == 2 and updated.sync_state == "pending" and changed.ids == (att.id,)
        with store.db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT entity, op, base_version FROM outbox_change WHERE entity LIKE 'opp_%' ORDER BY seq"
            ).all()
            audit = conn.exec_driver_sql(
                "SELECT count(*) FROM audit_entry WHERE entity LIKE 'opp_%'"
            ).scalar()
        assert [tuple(r) for r in rows] == [
            ("opp_session", "upsert", None),
            ("opp_attendance", "upsert", None),
            ("opp_attendance", "upsert", None),
        ]
        assert audit == 3
    finally:
        store.close()
