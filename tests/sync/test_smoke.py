from __future__ import annotations

from pathlib import Path

from domain.actor import Actor
from domain.codes import Role
from tests.central_service.support import nik
from tests.conftest import valid_candidate
from tests.sync.support import Central, make_desktop

OP = Actor("operator1", Role.OPERATOR)


def test_one_candidate_round_trip(central: Central, tmp_path: Path, template_db: Path) -> None:
    office = central.new_office()
    desk = make_desktop(tmp_path / "a", template_db, central, office)
    saved = desk.store.candidates.create(valid_candidate(nik=nik()), OP)
    report = desk.sync()
    assert report.finished, report
    assert report.pushed.sent == 1
    rec = desk.store.candidates.get(saved.record.id)
    assert rec.sync_state == "sent" and rec.server_version == 1
    held = central.records(office)
    assert held[saved.record.id][1] == 1
    desk.close()
