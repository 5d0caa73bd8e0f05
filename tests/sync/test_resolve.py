"""Settling what the central service refused: `loket problems` / `loket resolve` as real
processes, withdrawal (audited, `loket check` stays healthy) and a conflict merged field by field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from local_db.repositories.sync_resolve import NotPossible
from local_db.store import open_store
from tests.central_service.support import nik
from tests.conftest import cheap_hasher, valid_candidate
from tests.desktop_app.cli_helpers import loket
from tests.sync.support import Central, Desktop, make_desktop
from tests.sync.test_cli import enrolled
from tests.sync.workload import OP, attendance_fields, session_fields


@pytest.fixture
def other_office(central: Central, tmp_path: Path, template_db: Path) -> Iterator[Desktop]:
    desk = make_desktop(tmp_path / "other", template_db, central, central.new_office())
    yield desk
    desk.close()


def held_elsewhere(other: Desktop) -> str:
    """A NIK another office holds an active registration for, on the centre."""
    shared = nik()
    other.store.candidates.create(valid_candidate(nik=shared), OP)
    assert other.sync().finished
    return shared


@pytest.mark.slow  # the real command several times
def test_a_refused_record_is_listed_resent_and_withdrawn_from_the_command_line(
    central: Central, data_dir: Path, other_office: Desktop
) -> None:
    enrolled(data_dir, central, central.new_office())
    shared = held_elsewhere(other_office)
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    try:
        record = store.candidates.create(valid_candidate(nik=shared), OP).record
    finally:
        store.close()
    assert loket(data_dir, "sync").code == 4

    listed = loket(data_dir, "problems", "--json", lang="id")
    assert listed.code == 4
    (item,) = json.loads(listed.out)
    assert item["id"] == record.id and item["entity"] == "candidate" and item["state"] == "rejected"
    assert item["nik"] == shared and item["registration_no"] == record.data["registration_no"]
    (error,) = item["errors"]
    assert error["field"] == "nik" and error["code"] == "nik_registered_elsewhere"
    assert error["message"].startswith("NIK ini sudah terdaftar aktif di kantor lain (")
    human = loket(data_dir, "problems")
    assert human.code == 4 and "Another office" in human.out and record.id in human.out

    # The server has no version to take; resending as is meets the same refusal.
    assert loket(data_dir, "resolve", record.id, "--take-server").code == 2
    assert loket(data_dir, "resolve", record.id, "--resend").code == 0
    assert loket(data_dir, "sync").code == 4

    withdrawn = loket(data_dir, "resolve", record.id, "--withdraw")
    assert withdrawn.code == 0, withdrawn.err
    assert loket(data_dir, "problems").code == 0
    assert loket(data_dir, "sync").code == 0
    assert loket(data_dir, "check").code == 0
    assert loket(data_dir, "resolve", record.id, "--withdraw").code == 2  # gone
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    try:
        with store.db.read() as conn:
            audit = conn.execute(
                text("SELECT action, change FROM audit_entry WHERE entity_id = :id ORDER BY id"),
                {"id": record.id},
            ).all()
    finally:
        store.close()
    assert audit[-1].action == "withdraw" and shared in audit[-1].change  # the content is kept


def test_withdrawal_refuses_records_the_server_may_hold_or_others_need(
    central: Central, tmp_path: Path, template_db: Path, other_office: Desktop
) -> None:
    desk = make_desktop(tmp_path / "a", template_db, central, central.new_office())
    try:
        accepted = desk.store.candidates.create(valid_candidate(nik=nik()), OP).record
        refused = desk.store.candidates.create(valid_candidate(nik=held_elsewhere(other_office)), OP).record
        session = desk.store.sessions.create(session_fields("OPP-WD-1"), OP)
        desk.store.attendance.create(attendance_fields(session.id, refused.id), OP)
        desk.sync()
        for record_id, reason in ((accepted.id, "accepted_by_server"), (refused.id, "has_dependents")):
            with pytest.raises(NotPossible) as caught:
                desk.store.sync_records.withdraw("candidate", record_id, OP)
            assert caught.value.reason == reason
    finally:
        desk.close()


def test_a_conflict_merged_field_by_field_gives_the_centre_the_merged_record(
    central: Central, tmp_path: Path, template_db: Path
) -> None:
    office = central.new_office()
    a = make_desktop(tmp_path / "a", template_db, central, office)
    b = make_desktop(tmp_path / "b", template_db, central, office)
    try:
        cid = a.store.candidates.create(valid_candidate(nik=nik()), OP).record.id
        assert a.sync().finished and b.sync().finished
        mine = b.store.candidates.get(cid)
        theirs = a.store.candidates.get(cid)
        a.store.candidates.update(
            cid, {"phone": "081211110000", "job_position": "Perawat"}, OP, theirs.version
        )
        b.store.candidates.update(cid, {"phone": "081299990000", "job_position": "Koki"}, OP, mine.version)
        assert a.sync().finished
        assert b.sync().pushed.conflict == 1

        (problem,) = b.store.sync_records.problems()
        assert problem.state == "conflict" and problem.server_copy is not None
        assert problem.server_copy["data"]["job_position"] == "Perawat"
        # Keep my phone, take their job position.
        state = b.store.sync_records.merge("candidate", cid, {"phone"}, OP)
        assert state.sync_state == "pending" and state.server_version == 2
        report = b.sync()
        assert report.finished and report.pushed.sent == 1 and report.needs_attention == 0, report
        _entity, version, data = central.records(office)[cid]
        assert version == 3
        assert data["phone"] == "+6281299990000" and data["job_position"] == "Perawat"
        assert a.sync().finished
        assert a.store.candidates.get(cid).data["phone"] == "+6281299990000"
    finally:
        a.close()
        b.close()
