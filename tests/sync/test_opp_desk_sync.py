"""The OPP desk's writes reach the real central service: check-ins, a removal, a close; an undo
stops once the centre holds the check-in (present beats enrolled in the merge)."""

from __future__ import annotations

from pathlib import Path

from domain.actor import Actor
from domain.codes import Role
from local_db.opp_desk.outcomes import Checkin, Remove, Undo
from local_db.opp_desk.service import open_desk
from tests.central_service.support import serial_block
from tests.local_db.opp_support import add_people, session_fields
from tests.sync.support import Central, make_desktop

CLERK = Actor("clerk", Role.OPERATOR)


def test_desk_writes_sync_and_an_undo_stops_at_the_centre(
    central: Central, tmp_path: Path, template_db: Path
) -> None:
    office = central.new_office()
    desktop = make_desktop(tmp_path / "desk", template_db, central, office)
    try:
        store = desktop.store
        desk = open_desk(store)
        people = add_people(store, CLERK, 4, first=serial_block(4))
        session = desk.save_session(session_fields("OPP-SYNC-01"), CLERK)
        desk.enrol_ids(session.id, [p.id for p in people], CLERK)
        assert desk.checkin(session.id, people[0]["nik"], CLERK).outcome is Checkin.CHECKED_IN
        assert desk.remove(session.id, people[3].id, CLERK) is Remove.REMOVED
        report = desktop.sync()
        assert report.finished and not report.needs_attention, report.summary()

        held = {
            d["candidate_id"]: d["status"]
            for e, _v, d in central.records(office).values()
            if e == "opp_attendance"
        }
        assert held == {people[0].id: "present", people[1].id: "enrolled", people[2].id: "enrolled"}
        assert desk.undo_last(session.id, CLERK).outcome is Undo.SENT  # the centre has it: kept

        assert desk.checkin(session.id, people[1]["nik"], CLERK).outcome is Checkin.CHECKED_IN
        assert desk.undo_last(session.id, CLERK).outcome is Undo.UNDONE  # not sent yet: taken back
        closed = desk.close(session.id, CLERK)
        assert closed.marked_absent == 2
        report = desktop.sync()
        assert report.finished and not report.needs_attention, report.summary()
        records = central.records(office).values()
        held = {d["candidate_id"]: d["status"] for e, _v, d in records if e == "opp_attendance"}
        assert held == {people[0].id: "present", people[1].id: "absent", people[2].id: "absent"}
        assert [d["status"] for e, _v, d in records if e == "opp_session"] == ["closed"]
        assert {r.sync_state for r in desk.roster(session.id)} == {"sent"}
    finally:
        desktop.close()
