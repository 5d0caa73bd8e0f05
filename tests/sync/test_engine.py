"""The sync engine (sync/engine.py) against the real central service: coalescing and rebase,
rejections with reasons, waiting dependents, two desktops of one office, conflicts a person
resolves, reference data, Retry-After and cancelling between batches."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.actor import Actor
from domain.codes import Role
from sync.engine import SyncProgress
from tests.central_service.support import cli, nik
from tests.conftest import valid_candidate
from tests.sync.proxy import FaultProxy
from tests.sync.support import Central, Desktop, make_desktop
from tests.sync.workload import attendance_fields, session_fields

OP = Actor("operator1", Role.OPERATOR)


@pytest.fixture
def office(central: Central) -> str:
    return central.new_office()


@pytest.fixture
def desk_a(central: Central, office: str, tmp_path: Path, template_db: Path) -> Iterator[Desktop]:
    desk = make_desktop(tmp_path / "a", template_db, central, office)
    yield desk
    desk.close()


@pytest.fixture
def desk_b(central: Central, office: str, tmp_path: Path, template_db: Path) -> Iterator[Desktop]:
    desk = make_desktop(tmp_path / "b", template_db, central, office)
    yield desk
    desk.close()


def new_candidate(desk: Desktop, **overrides: object) -> str:
    return desk.store.candidates.create(valid_candidate(nik=nik(), **overrides), OP).record.id


def set_phone(desk: Desktop, candidate_id: str, phone: str) -> None:
    current = desk.store.candidates.get(candidate_id)
    desk.store.candidates.update(candidate_id, {"phone": phone}, OP, current.version)


def outbox_states(desk: Desktop, entity_id: str) -> list[str]:
    with desk.store.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT state FROM outbox_change WHERE entity_id = ? ORDER BY seq", (entity_id,)
        ).all()
    return [r[0] for r in rows]


def test_offline_edits_are_coalesced_into_one_change(desk_a: Desktop, central: Central, office: str) -> None:
    cid = new_candidate(desk_a)
    set_phone(desk_a, cid, "081211112222")
    set_phone(desk_a, cid, "081233334444")
    report = desk_a.sync()
    assert report.finished and report.pushed.sent == 1
    assert outbox_states(desk_a, cid) == ["sent", "superseded", "superseded"]
    _entity, version, data = central.records(office)[cid]
    assert version == 1 and data["phone"] == "+6281233334444"
    assert desk_a.store.candidates.get(cid).server_version == 1


def test_an_edit_after_a_sent_but_unanswered_change_is_rebased(
    desk_a: Desktop, central: Central, office: str
) -> None:
    cid = new_candidate(desk_a)
    desk_a.sync()
    set_phone(desk_a, cid, "081211112222")
    outbox = desk_a.store.outbox
    lost = outbox.next_batch(500, 1 << 20)
    outbox.mark_attempted(lost, "2026-11-27T03:04:05Z")  # sent; the answer never came
    set_phone(desk_a, cid, "081233334444")  # made on top of it, with the same stale base
    report = desk_a.sync()
    assert report.finished and report.pending == 0 and report.needs_attention == 0, report
    assert report.pushed.sent == 2  # the frozen change was not folded: it is re-sent, then the next
    _entity, version, data = central.records(office)[cid]
    assert version == 3 and data["phone"] == "+6281233334444"
    assert desk_a.store.sync_records.state_of("candidate", cid).server_version == 3


def test_rejection_keeps_reasons_and_dependents_wait_until_resolved(
    central: Central, tmp_path: Path, template_db: Path, desk_a: Desktop
) -> None:
    other = make_desktop(tmp_path / "other", template_db, central, central.new_office())
    shared = nik()
    held_elsewhere = other.store.candidates.create(valid_candidate(nik=shared), OP).record
    assert other.sync().finished
    cid = desk_a.store.candidates.create(valid_candidate(nik=shared), OP).record.id
    session = desk_a.store.sessions.create(session_fields("OPP-W-1"), OP)
    attendance = desk_a.store.attendance.create(attendance_fields(session.id, cid), OP)

    report = desk_a.sync()
    assert report.pushed.rejected == 1 and report.needs_attention == 1
    state = desk_a.store.sync_records.state_of("candidate", cid)
    assert state.sync_state == "rejected" and state.errors[0].code == "nik_registered_elsewhere"
    assert state.errors[0].field == "nik"
    assert "kantor lain" in state.errors[0].message("id")
    assert "Another office" in state.errors[0].message("en")
    waiting = desk_a.store.sync_records.state_of("opp_attendance", attendance.id)
    assert waiting.sync_state == "waiting" and waiting.waiting_for == (cid,)
    assert desk_a.store.sync_records.state_of("opp_session", session.id).sync_state == "sent"

    # The other office withdraws its registration; the clerk here sends the record again.
    withdrawn = other.store.candidates.update(held_elsewhere.id, {"status": "withdrawn"}, OP, 1)
    assert withdrawn.record.sync_state == "pending" and other.sync().finished
    resent = desk_a.store.sync_records.resend_mine("candidate", cid, OP)
    assert resent.sync_state == "pending"
    assert desk_a.store.sync_records.state_of("opp_attendance", attendance.id).sync_state == "pending"
    report = desk_a.sync()
    assert report.finished and report.pending == 0 and report.needs_attention == 0, report
    assert outbox_states(desk_a, cid) == ["resolved", "sent"]
    assert central.records(desk_a.store.settings.get("sync_office_code") or "")[attendance.id][1] == 1
    other.close()


def test_two_desktops_see_each_others_records(desk_a: Desktop, desk_b: Desktop) -> None:
    a_id = new_candidate(desk_a)
    b_id = new_candidate(desk_b)
    session = desk_b.store.sessions.create(session_fields("OPP-B-1"), OP)
    assert desk_a.sync().finished
    assert desk_b.sync().finished
    assert desk_a.sync().finished
    for desk in (desk_a, desk_b):
        for cid in (a_id, b_id):
            rec = desk.store.candidates.get(cid)
            assert rec.sync_state == "sent" and rec.server_version == 1
        assert desk.store.sessions.get(session.id).data["code"] == "OPP-B-1"
    # Attendance made on A for B's candidate in B's session travels back to B.
    att = desk_a.store.attendance.create(attendance_fields(session.id, b_id), OP)
    assert desk_a.sync().finished and desk_b.sync().finished
    assert desk_b.store.attendance.get(att.id).data["status"] == "present"


def test_concurrent_offline_edits_become_a_visible_conflict(
    desk_a: Desktop, desk_b: Desktop, central: Central, office: str
) -> None:
    first = new_candidate(desk_a)
    second = new_candidate(desk_a)
    assert desk_a.sync().finished and desk_b.sync().finished
    for cid in (first, second):
        set_phone(desk_a, cid, "081211110000")
        set_phone(desk_b, cid, "081299990000")
    assert desk_a.sync().finished

    # A pull before the push never overwrites the unsent edit.
    desk_b.engine.pull(lambda _p: None)
    assert desk_b.store.candidates.get(first).data["phone"] == "+6281299990000"

    report = desk_b.sync()
    assert report.pushed.conflict == 2 and report.needs_attention == 2
    state = desk_b.store.sync_records.state_of("candidate", first)
    assert state.sync_state == "conflict"
    assert state.server_copy is not None and state.server_copy["version"] == 2
    assert state.server_copy["data"]["phone"] == "+6281211110000"
    assert desk_b.store.candidates.get(first).data["phone"] == "+6281299990000"  # mine, kept
    assert central.records(office)[first][2]["phone"] == "+6281211110000"  # theirs, kept

    taken = desk_b.store.sync_records.accept_server("candidate", first, OP)
    assert taken.sync_state == "sent" and taken.server_version == 2
    assert desk_b.store.candidates.get(first).data["phone"] == "+6281211110000"
    desk_b.store.sync_records.resend_mine("candidate", second, OP)
    report = desk_b.sync()
    assert report.finished and report.pending == 0 and report.needs_attention == 0, report
    assert central.records(office)[second][1:] == (3, central.records(office)[second][2])
    assert central.records(office)[second][2]["phone"] == "+6281299990000"
    assert desk_a.sync().finished
    assert desk_a.store.candidates.get(second).data["phone"] == "+6281299990000"


def test_placement_companies_are_pulled(desk_a: Desktop, central: Central, tmp_path: Path) -> None:
    licence = f"KEP.{time.time_ns()}"
    path = tmp_path / "p3mi.csv"
    path.write_text(
        f"name,licence_no,address,active\nPT Maju Jaya,{licence},Jakarta,true\n", encoding="utf-8"
    )
    cli(central.db_url, "p3mi", "import", str(path))
    assert desk_a.sync().finished
    with desk_a.store.db.read() as conn:
        row = conn.exec_driver_sql("SELECT name, active FROM p3mi WHERE licence_no = ?", (licence,)).one()
    assert tuple(row) == ("PT Maju Jaya", 1)


def test_retry_after_is_honoured_and_cancel_stops_between_batches(
    central: Central, office: str, tmp_path: Path, template_db: Path
) -> None:
    proxy = FaultProxy(central.port, retry_after="1").start()
    desk = make_desktop(tmp_path / "r", template_db, central, office, base_url=proxy.base, batch_changes=2)
    try:
        for _ in range(6):
            new_candidate(desk)
        proxy.script = ["pass", "http_429"]  # the probe passes; the first push is told to wait 1 s
        started = time.monotonic()
        ticks: list[SyncProgress] = []
        report = desk.sync(
            progress=ticks.append, cancelled=lambda: sum(t.phase == "push" for t in ticks) >= 2
        )
        assert time.monotonic() - started >= 1.0
        assert report.cancelled and not report.finished
        # Batches of 2: cancelled after the second batch's answer, the third never sent.
        assert report.pushed.sent == 4 and report.pending == 2
        report = desk.sync()
        assert report.finished and report.pending == 0 and report.pushed.sent == 2
    finally:
        desk.close()
        proxy.stop()


def test_imported_records_are_sent_as_stored_and_an_edit_before_sending_is_folded(
    desk_a: Desktop, central: Central, office: str, tmp_path: Path
) -> None:
    from bench.datagen import write_csv
    from local_db.tabular.candidate_import import CandidateImporter

    store = desk_a.store
    report = CandidateImporter(store.db, store.rules, store.settings).run(
        write_csv(tmp_path / "c.csv", 30, seed=9), OP
    )
    assert report.imported == 30
    with store.db.read() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT entity_id FROM outbox_change ORDER BY seq")]
    set_phone(desk_a, ids[0], "081277776666")  # edited before the first sync

    result = desk_a.sync()
    assert result.finished and result.pushed.sent == 30 and result.pending == 0, result
    on_server = central.records(office)
    for record in store.candidates.get_many(ids):
        _entity, version, data = on_server[record.id]
        assert version == 1 and data == dict(record.data)
    assert on_server[ids[0]][2]["phone"] == "+6281277776666"
    assert outbox_states(desk_a, ids[0]) == ["sent", "superseded"]
