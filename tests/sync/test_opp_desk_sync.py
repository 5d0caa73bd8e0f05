"""The OPP desk's writes reach the real central service: check-ins, a removal, a close; an undo
stops once the centre holds the check-in (present beats enrolled in the merge); a removal
reaches the office's other desks, unless one of them checked that person in meanwhile."""

from __future__ import annotations

from pathlib import Path

from domain.actor import Actor
from domain.attendance import attendance_id
from domain.codes import Role
from local_db.check import check_store
from local_db.opp_desk.outcomes import Checkin, Remove, Undo
from local_db.opp_desk.service import open_desk
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
        people = add_people(store, CLERK, 4)
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


def test_a_removed_enrolment_leaves_the_other_desk_unless_it_checked_the_person_in(
    central: Central, tmp_path: Path, template_db: Path
) -> None:
    office = central.new_office()
    a = make_desktop(tmp_path / "a", template_db, central, office)
    b = make_desktop(tmp_path / "b", template_db, central, office)
    try:
        desk_a, desk_b = open_desk(a.store), open_desk(b.store)
        people = add_people(a.store, CLERK, 3, first=101)  # a NIK is active at one office only
        session = desk_a.save_session(session_fields("OPP-REMOVE-01"), CLERK)
        desk_a.enrol_ids(session.id, [p.id for p in people], CLERK)
        sent, pulled = a.sync(), b.sync()
        assert sent.finished and not sent.needs_attention and pulled.finished, sent.summary()
        assert len(desk_b.roster(session.id)) == 3

        # B checks person 0 in while offline; meanwhile A removes persons 0 and 1.
        assert desk_b.checkin(session.id, people[0]["nik"], CLERK).outcome is Checkin.CHECKED_IN
        assert desk_a.remove(session.id, people[0].id, CLERK) is Remove.REMOVED
        assert desk_a.remove(session.id, people[1].id, CLERK) is Remove.REMOVED
        assert a.sync().finished
        report = b.sync()
        assert report.finished and not report.needs_attention, report.summary()

        # B: person 1 is gone; person 0 stays present (an upsert over a tombstone is stored).
        on_b = {r.candidate_id: r.status for r in desk_b.roster(session.id)}
        assert on_b == {people[0].id: "present", people[2].id: "enrolled"}
        assert check_store(b.store.db) == []  # the removal is in B's audit chain (content: absent)
        history = b.store.audit.history("opp_attendance", attendance_id(session.id, people[1].id))
        assert history[0].action == "pull_delete" and history[0].actor == "sync"
        held = {
            d["candidate_id"]: d["status"]
            for e, _v, d in central.records(office).values()
            if e == "opp_attendance"
        }
        assert held == on_b
        assert a.sync().finished  # A gets person 0 back, checked in by B
        assert {r.candidate_id: r.status for r in desk_a.roster(session.id)} == on_b
        assert check_store(a.store.db) == []
    finally:
        a.close()
        b.close()
