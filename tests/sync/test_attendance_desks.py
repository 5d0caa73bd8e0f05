"""Several check-in desks of one office, offline at the same time, then synced in any order.

The real central service and two desktops (two data folders): the session and 40 enrolments
are made on desk A and synced to desk B; both check in overlapping people at different times
while neither syncs; then they sync. The centre and both desks end with exactly one record
per person, the earlier check-in standing, and nothing needing a person.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from domain.actor import Actor
from domain.attendance import attendance_id
from domain.codes import Role
from local_db.check import check_store
from local_db.repositories.sync_counts import sync_counts
from tests.sync.support import Central, Desktop, make_desktop
from tests.sync.workload import import_candidates, session_fields

CLERK_A, CLERK_B = Actor("clerk-a", Role.OPERATOR), Actor("clerk-b", Role.OPERATOR)
PEOPLE = 40


def at(minute: int) -> str:
    return f"2026-12-01T01:{minute:02d}:00Z"


@pytest.fixture
def office(central: Central) -> str:
    return central.new_office()


@pytest.fixture
def desks(
    central: Central, office: str, tmp_path: Path, template_db: Path
) -> Iterator[tuple[Desktop, Desktop]]:
    a = make_desktop(tmp_path / "a", template_db, central, office)
    b = make_desktop(tmp_path / "b", template_db, central, office)
    yield a, b
    a.close()
    b.close()


def check_in(
    desk: Desktop, actor: Actor, record_id: str, when: str, method: str, status: str = "present"
) -> None:
    current = desk.store.attendance.get(record_id)
    change = {"status": status, "checked_in_at": when if status == "present" else None, "method": method}
    desk.store.attendance.update(record_id, {**change, "recorded_by": actor.name}, actor, current.version)


def enrolled_session(a: Desktop, b: Desktop, folder: Path) -> tuple[str, list[str]]:
    """Desk A makes the session and 40 enrolments; both desks hold them after a sync."""
    # The centre is shared by the module's tests: each test its own people (NIKs are per office).
    people = import_candidates(a.store, folder, PEOPLE, seed=zlib.crc32(str(folder).encode()))
    session = a.store.sessions.create(session_fields("OPP-DESKS-1", capacity=60), CLERK_A).id
    for cid in people:
        fields = {"session_id": session, "candidate_id": cid, "status": "enrolled", "recorded_by": "clerk-a"}
        assert a.store.attendance.create(fields, CLERK_A).id == attendance_id(session, cid)
    sent = a.sync()
    assert sent.finished and sent.needs_attention == 0, sent.summary()
    assert b.sync().finished
    assert b.store.sessions.get(session).data["code"] == "OPP-DESKS-1"
    for cid in people:
        assert b.store.attendance.get(attendance_id(session, cid)).data["status"] == "enrolled"
    return session, people


def offline_day(
    a: Desktop, b: Desktop, session: str, people: list[str]
) -> dict[str, tuple[str, str | None, str]]:
    """Both desks record while neither syncs; returns what must stand: status, time, recorded_by."""
    expected: dict[str, tuple[str, str | None, str]] = {}
    for i, cid in enumerate(people):
        rid = attendance_id(session, cid)
        a_time, b_time = (at(10 + i), at(59 - i)) if i % 2 else (at(59 - i), at(10 + i))
        if i < 28:  # A's queue
            check_in(a, CLERK_A, rid, a_time, "nik")
        if i >= 12:  # B's queue; 12..27 are at both desks
            check_in(b, CLERK_B, rid, b_time, "qr")
        if i < 12:
            expected[cid] = ("present", a_time, "clerk-a")
        elif i >= 28:
            expected[cid] = ("present", b_time, "clerk-b")
        else:
            earlier = min((a_time, "clerk-a"), (b_time, "clerk-b"))
            expected[cid] = ("present", earlier[0], earlier[1])
    # Weaker statuses lose wherever they are recorded: present > excused > absent > enrolled.
    check_in(b, CLERK_B, attendance_id(session, people[0]), at(0), "manual", status="absent")
    check_in(a, CLERK_A, attendance_id(session, people[39]), at(0), "manual", status="excused")
    return expected


def assert_one_record_each(
    desk: Desktop, session: str, expected: dict[str, tuple[str, str | None, str]]
) -> dict[str, dict[str, Any]]:
    with desk.store.db.read() as conn:
        rows = conn.execute(
            text(
                "SELECT id, candidate_id, status, checked_in_at, recorded_by, sync_state "
                "FROM opp_attendance WHERE session_id = :s"
            ),
            {"s": session},
        ).all()
        open_rows = conn.execute(
            text("SELECT count(*) FROM outbox_change WHERE state IN ('pending', 'rejected', 'conflict')")
        ).scalar_one()
    assert len(rows) == len({r.candidate_id for r in rows}) == PEOPLE
    for r in rows:
        assert r.id == attendance_id(session, r.candidate_id)
        assert (r.status, r.checked_in_at, r.recorded_by) == expected[r.candidate_id], r.candidate_id
        assert r.sync_state == "sent"
    assert check_store(desk.store.db) == []  # `loket check`: outbox, audit chain, references
    counts = sync_counts(desk.store.db)
    assert counts.needs_attention == 0 and counts.pending == 0 and counts.waiting == 0 and open_rows == 0
    return {r.id: dict(r._mapping) for r in rows}


@pytest.mark.slow
@pytest.mark.parametrize("a_first", [True, False], ids=["a-syncs-first", "b-syncs-first"])
def test_two_offline_desks_end_with_one_record_per_person_and_the_earlier_check_in(
    desks: tuple[Desktop, Desktop], central: Central, office: str, tmp_path: Path, a_first: bool
) -> None:
    a, b = desks
    session, people = enrolled_session(a, b, tmp_path)
    expected = offline_day(a, b, session, people)

    first, second = (a, b) if a_first else (b, a)
    reports = [first.sync(), second.sync(), first.sync()]
    for report in reports:
        assert report.finished and report.needs_attention == 0, report.summary()
        assert report.pushed.conflict == 0 and report.pushed.rejected == 0

    held = {
        data["candidate_id"]: (entity_id, data)
        for entity_id, (entity, _, data) in central.records(office).items()
        if entity == "opp_attendance" and data["session_id"] == session
    }
    assert len(held) == PEOPLE  # one record per person: a dict by candidate would hide a second one
    assert sum(1 for e, _, _ in central.records(office).values() if e == "opp_attendance") == PEOPLE
    for cid, (entity_id, data) in held.items():
        assert entity_id == attendance_id(session, cid)
        assert (data["status"], data["checked_in_at"], data["recorded_by"]) == expected[cid]
        assert data["method"] == ("nik" if expected[cid][2] == "clerk-a" else "qr")
    local_a = assert_one_record_each(a, session, expected)
    local_b = assert_one_record_each(b, session, expected)
    assert local_a == local_b


@pytest.mark.slow
def test_a_pull_merges_into_unsent_check_ins_and_an_undo_on_the_current_version_stands(
    desks: tuple[Desktop, Desktop], tmp_path: Path, central: Central, office: str
) -> None:
    a, b = desks
    session, people = enrolled_session(a, b, tmp_path)
    early, late, undone = (attendance_id(session, c) for c in people[:3])
    check_in(a, CLERK_A, early, at(5), "nik")
    check_in(a, CLERK_A, undone, at(6), "nik")
    assert a.sync().finished
    check_in(b, CLERK_B, early, at(20), "qr")  # later than A's: loses
    check_in(b, CLERK_B, late, at(21), "qr")

    # B pulls before it pushes: its unsent records show the merge at once, no conflict.
    pulled = b.engine.pull(lambda _p: None)
    assert pulled.conflict == 0
    shown = b.store.attendance.get(early)
    assert (shown.data["checked_in_at"], shown.data["recorded_by"], shown.sync_state) == (
        at(5),
        "clerk-a",
        "pending",
    )
    assert b.store.attendance.get(undone).data["status"] == "present"
    assert b.sync().finished and sync_counts(b.store.db).needs_attention == 0

    # An undo made on the current version is an edit, not a merge: it stands everywhere.
    check_in(a, CLERK_A, undone, at(6), "nik", status="enrolled")
    for desk in (a, b, a):
        assert desk.sync().finished
    for desk in (a, b):
        assert desk.store.attendance.get(undone).data["status"] == "enrolled"
        assert desk.store.attendance.get(early).data["checked_in_at"] == at(5)
        assert desk.store.attendance.get(late).data["recorded_by"] == "clerk-b"
        assert sync_counts(desk.store.db).needs_attention == 0
    records = central.records(office)
    assert records[undone][2]["status"] == "enrolled" and records[early][2]["checked_in_at"] == at(5)


@pytest.mark.slow
def test_a_refused_check_in_is_settled_when_an_earlier_one_arrives(
    desks: tuple[Desktop, Desktop], tmp_path: Path
) -> None:
    a, b = desks
    session, people = enrolled_session(a, b, tmp_path)
    current = a.store.sessions.get(session)
    a.store.sessions.update(session, {"capacity": 1}, CLERK_A, current.version)
    assert a.sync().finished and b.sync().finished
    seated, waiting = attendance_id(session, people[0]), attendance_id(session, people[1])
    check_in(a, CLERK_A, seated, at(5), "nik")
    assert a.sync().finished
    check_in(b, CLERK_B, waiting, at(30), "qr")
    refused = b.sync()
    assert refused.pushed.rejected == 1  # a real rule: the room is full
    assert b.store.sync_records.state_of("opp_attendance", waiting).errors[0].code == "capacity_exceeded"

    # The organiser adds a seat and desk A checks the same person in earlier: B's refusal settles.
    current = a.store.sessions.get(session)
    a.store.sessions.update(session, {"capacity": 2}, CLERK_A, current.version)
    check_in(a, CLERK_A, waiting, at(10), "nik")
    assert a.sync().finished
    report = b.sync()
    assert report.finished and report.needs_attention == 0, report.summary()
    record = b.store.attendance.get(waiting)
    assert (record.data["checked_in_at"], record.data["recorded_by"], record.sync_state) == (
        at(10),
        "clerk-a",
        "sent",
    )


@pytest.mark.slow
def test_three_desks_converge_whatever_the_order(
    desks: tuple[Desktop, Desktop], central: Central, office: str, tmp_path: Path, template_db: Path
) -> None:
    a, b = desks
    c = make_desktop(tmp_path / "c", template_db, central, office)
    try:
        session, people = enrolled_session(a, b, tmp_path)
        assert c.sync().finished
        clerk_c = Actor("clerk-c", Role.OPERATOR)
        expected: dict[str, tuple[str, str | None, str]] = {}
        for i, cid in enumerate(people):
            rid = attendance_id(session, cid)
            # Every person at two or three desks; the desk with the smallest minute wins.
            times = {  # distinct minutes (each desk its own residue mod 3): no tie to break
                "clerk-a": 10 + 3 * ((i * 7) % 13),
                "clerk-b": 11 + 3 * ((i * 11) % 13),
                "clerk-c": 12 + 3 * ((i * 5) % 13),
            }
            at_desks = [(a, CLERK_A), (b, CLERK_B), (c, clerk_c)][: 2 + i % 2]
            for desk, actor in at_desks:
                check_in(desk, actor, rid, at(times[actor.name]), "nik")
            winner = min((times[actor.name], actor.name) for _, actor in at_desks)
            expected[cid] = ("present", at(winner[0]), winner[1])
        for desk in (c, a, b, c, a):
            report = desk.sync()
            assert report.finished and report.needs_attention == 0, report.summary()
        for desk in (a, b, c):
            assert_one_record_each(desk, session, expected)
        held = [d for e, _, d in central.records(office).values() if e == "opp_attendance"]
        assert len(held) == PEOPLE and {d["candidate_id"] for d in held} == set(people)
    finally:
        c.close()
