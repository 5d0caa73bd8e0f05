"""The OPP desk service on a real store: every case a clerk meets, every write journaled."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from domain.actor import Actor, PermissionDenied
from domain.codes import AttendanceStatus, DocumentType, Role
from local_db.opp_desk.outcomes import Checkin, Enrol, Mark, Remove, SessionUnavailable, Undo
from local_db.opp_desk.queries import SessionFilter
from local_db.opp_desk.refs import parse_ref
from local_db.opp_desk.service import OppDesk, open_desk
from local_db.store import Store
from tests.conftest import FIXED_NOW
from tests.local_db.opp_support import add_people, dotted, session_fields

CLERK = Actor("clerk", Role.OPERATOR)
OTHER_CLERK = Actor("clerk2", Role.OPERATOR)
ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture
def desk(store: Store) -> OppDesk:
    return open_desk(store)


def _counts(store: Store) -> tuple[int, int]:
    with store.db.read() as conn:
        audit = conn.execute(
            text("SELECT count(*) FROM audit_entry WHERE entity = 'opp_attendance'")
        ).scalar_one()
        outbox = conn.execute(
            text("SELECT count(*) FROM outbox_change WHERE entity = 'opp_attendance'")
        ).scalar_one()
    return int(audit), int(outbox)


def test_a_ref_is_a_nik_in_any_spelling_a_registration_number_or_a_qr_text() -> None:
    assert (
        parse_ref("3601015505990001")
        == parse_ref(" 36.0101.550599.0001 ")
        == parse_ref("3601 0155 0599 0001")
    )
    ref = parse_ref("3601015505990001")
    assert ref is not None and ref.column == "nik" and ref.method == "nik"
    for scanned in (
        "26-ABCDEF-00012",
        "26-abcdef-00012",
        "LOKETPMI:26-ABCDEF-00012",
        "https://x/26-ABCDEF-00012",
    ):
        found = parse_ref(scanned)
        assert found is not None and (found.column, found.value, found.method) == (
            "registration_no",
            "26-ABCDEF-00012",
            "qr",
        )
    for junk in ("", "   ", "123", "36010155059900019", "Siti Aminah", "26-ABCDEF"):
        assert parse_ref(junk) is None


def test_enrolment_warns_about_documents_and_other_sessions_and_refuses_only_what_it_must(
    store: Store, desk: OppDesk
) -> None:
    ready, gone = add_people(store, CLERK, 2)
    lacking = add_people(store, CLERK, 1, first=3, documents="ktp;paspor")[0]
    store.candidates.update(gone.id, {"status": "withdrawn"}, CLERK, gone.version)
    first = desk.save_session(session_fields("OPP-A"), CLERK)
    second = desk.save_session(session_fields("OPP-B", capacity=2), CLERK)
    results = desk.enrol_refs(
        first.id, [dotted(ready["nik"]), lacking["registration_no"], "99-ZZZZZZ-00001"], CLERK
    )
    assert [r.outcome for r in results] == [Enrol.ENROLLED, Enrol.ENROLLED, Enrol.UNKNOWN]
    assert results[0].missing == () and results[1].missing == (
        DocumentType.VISA_KERJA,
        DocumentType.PERJANJIAN_KERJA,
        DocumentType.BPJS_KETENAGAKERJAAN,
    )
    again = desk.enrol_ids(second.id, [ready.id, lacking.id, gone.id], CLERK)
    assert [r.outcome for r in again] == [Enrol.ENROLLED, Enrol.ENROLLED, Enrol.WITHDRAWN]
    assert again[0].other_sessions == ("OPP-A",) and again[2].refused
    assert desk.enrol_ids(first.id, [ready.id], CLERK)[0].outcome is Enrol.ALREADY
    extra = add_people(store, CLERK, 1, first=4)[0]
    assert desk.enrol_ids(second.id, [extra.id], CLERK)[0].outcome is Enrol.FULL
    assert desk.session(second.id).enrolled == 2 and desk.session(first.id).enrolled == 2
    desk.save_session({"status": "cancelled"}, CLERK, second.id)
    with pytest.raises(SessionUnavailable):
        desk.enrol_ids(second.id, [extra.id], CLERK)


def test_each_check_in_case_has_its_own_outcome(store: Store, desk: OppDesk) -> None:
    people = add_people(store, CLERK, 5)
    session = desk.save_session(session_fields("OPP-A", capacity=3), CLERK)
    other = desk.save_session(session_fields("OPP-B"), CLERK)
    desk.enrol_ids(session.id, [p.id for p in people[:2]], CLERK)
    desk.enrol_ids(other.id, [people[2].id], CLERK)
    assert desk.session(session.id).status == "planned"

    done = desk.checkin(session.id, dotted(people[0]["nik"]), CLERK)
    assert done.outcome is Checkin.CHECKED_IN and done.person and done.person.id == people[0].id
    assert done.entry and done.entry.method == "nik" and done.checked_in_at == FIXED_NOW
    assert (done.session.present, done.session.enrolled, done.session.status) == (1, 2, "open")

    twice = desk.checkin(session.id, people[0]["registration_no"], OTHER_CLERK)
    assert twice.outcome is Checkin.ALREADY and twice.entry and twice.entry.recorded_by == "clerk"
    assert twice.checked_in_at == FIXED_NOW

    stranger = desk.checkin(session.id, people[3]["nik"], CLERK)
    assert stranger.outcome is Checkin.NOT_ENROLLED and stranger.walk_in_possible
    elsewhere = desk.checkin(session.id, people[2]["nik"], CLERK)
    assert elsewhere.outcome is Checkin.OTHER_SESSION and elsewhere.other_sessions == ("OPP-B",)
    assert desk.checkin(session.id, "3601015505990999", CLERK).outcome is Checkin.UNKNOWN
    assert desk.checkin(session.id, "nonsense", CLERK).outcome is Checkin.UNKNOWN

    walked = desk.walk_in(session.id, people[3].id, CLERK)
    assert walked.outcome is Checkin.CHECKED_IN and (walked.session.enrolled, walked.session.present) == (
        3,
        2,
    )
    no_room = desk.checkin(session.id, people[4]["nik"], CLERK)
    assert no_room.outcome is Checkin.NOT_ENROLLED and not no_room.walk_in_possible
    assert desk.checkin(session.id, people[4]["nik"], CLERK, walk_in=True).outcome is Checkin.FULL
    assert [r.full_name for r in desk.recent_checkins(session.id)] == [
        people[3]["full_name"],
        people[0]["full_name"],
    ]

    desk.save_session({"status": "cancelled"}, CLERK, session.id)
    closed = desk.checkin(session.id, people[1]["nik"], CLERK)
    assert closed.outcome is Checkin.CLOSED and closed.session.status == "cancelled"


def test_full_means_every_seat_is_taken_by_someone_present(store: Store, desk: OppDesk) -> None:
    people = add_people(store, CLERK, 3)
    session = desk.save_session(session_fields("OPP-A", capacity=3), CLERK)
    desk.enrol_ids(session.id, [p.id for p in people], CLERK)
    for person in people[:2]:
        assert desk.checkin(session.id, person["nik"], CLERK).outcome is Checkin.CHECKED_IN
    desk.save_session({"capacity": 2}, CLERK, session.id)  # the room turned out smaller
    assert desk.checkin(session.id, people[2]["nik"], CLERK).outcome is Checkin.FULL


def test_undo_takes_back_this_clerks_last_check_in_until_the_centre_has_it(
    store: Store, desk: OppDesk
) -> None:
    people = add_people(store, CLERK, 3)
    session = desk.save_session(session_fields(), CLERK)
    desk.enrol_ids(session.id, [p.id for p in people], CLERK)
    assert desk.undo_last(session.id, CLERK).outcome is Undo.NOTHING
    desk.checkin(session.id, people[0]["nik"], CLERK)
    desk.checkin(session.id, people[1]["nik"], OTHER_CLERK)
    undone = desk.undo_last(session.id, CLERK)
    assert undone.outcome is Undo.UNDONE and undone.entry and undone.entry.candidate_id == people[0].id
    statuses = {r.candidate_id: (r.status, r.checked_in_at) for r in desk.roster(session.id)}
    assert statuses[people[0].id] == ("enrolled", None) and statuses[people[1].id][0] == "present"
    desk.checkin(session.id, people[2]["nik"], CLERK)
    # Once the centre holds a check-in, undo stops: tests/sync/test_opp_desk_sync.py.
    assert desk.session(session.id).present == 2


def test_mark_remove_close_and_reopen(store: Store, desk: OppDesk) -> None:
    people = add_people(store, CLERK, 5)
    session = desk.save_session(session_fields(), CLERK)
    desk.enrol_ids(session.id, [p.id for p in people[:4]], CLERK)
    desk.checkin(session.id, people[0]["nik"], CLERK)
    assert desk.mark(session.id, people[1].id, AttendanceStatus.EXCUSED, CLERK) is Mark.MARKED
    assert desk.mark(session.id, people[0].id, AttendanceStatus.ABSENT, CLERK) is Mark.PRESENT
    assert desk.mark(session.id, people[4].id, AttendanceStatus.ABSENT, CLERK) is Mark.NOT_ENROLLED

    audit, outbox = _counts(store)
    assert desk.remove(session.id, people[3].id, CLERK) is Remove.REMOVED
    assert desk.remove(session.id, people[0].id, CLERK) is Remove.HAS_ATTENDANCE
    assert desk.remove(session.id, people[4].id, CLERK) is Remove.NOT_ENROLLED
    assert _counts(store) == (audit + 1, outbox + 1)
    with store.db.read() as conn:
        op, data = conn.execute(text("SELECT op, data FROM outbox_change ORDER BY seq DESC LIMIT 1")).one()
    assert op == "delete" and people[3].id in data

    closed = desk.close(session.id, CLERK)
    assert closed.marked_absent == 1 and closed.session.status == "closed"
    statuses = {r.candidate_id: r.status for r in desk.roster(session.id)}
    assert statuses == {people[0].id: "present", people[1].id: "excused", people[2].id: "absent"}
    assert desk.checkin(session.id, people[2]["nik"], CLERK).outcome is Checkin.CLOSED
    assert desk.close(session.id, CLERK).marked_absent == 0
    with pytest.raises(PermissionDenied):
        desk.reopen(session.id, CLERK)
    assert desk.reopen(session.id, ADMIN).status == "open"
    late = desk.checkin(session.id, people[2]["nik"], CLERK)
    assert late.outcome is Checkin.CHECKED_IN and desk.session(session.id).present == 2
    # Every attendance write went through the journal: one audit entry and one outbox row each.
    audit, outbox = _counts(store)
    assert audit == outbox == 4 + 1 + 1 + 1 + 1 + 1


def test_sessions_are_filtered_by_the_local_day(store: Store, desk: OppDesk) -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    today = desk.save_session(session_fields("TODAY"), CLERK)
    later = desk.save_session(
        session_fields(
            "LATER",
            starts_at=FIXED_NOW + dt.timedelta(days=3),
            ends_at=FIXED_NOW + dt.timedelta(days=3, hours=6),
        ),
        CLERK,
    )
    done = desk.save_session(
        session_fields(
            "DONE",
            starts_at=FIXED_NOW - dt.timedelta(days=3),
            ends_at=FIXED_NOW - dt.timedelta(days=3) + dt.timedelta(hours=6),
        ),
        CLERK,
    )
    desk.close(done.id, CLERK)
    assert [s.code for s in desk.sessions(SessionFilter.TODAY, wib)] == ["TODAY"]
    assert [s.code for s in desk.sessions(SessionFilter.UPCOMING, wib)] == ["LATER"]
    assert [s.code for s in desk.sessions(SessionFilter.CLOSED, wib)] == ["DONE"]
    assert [s.code for s in desk.sessions(SessionFilter.ALL, wib)] == ["LATER", "TODAY", "DONE"]
    assert desk.session_by_code("TODAY") == desk.session(today.id) and later.id
