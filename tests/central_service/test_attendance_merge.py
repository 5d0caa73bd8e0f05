"""Attendance at several desks: the centre merges two versions by rule, never a conflict.

Two devices of one office push versions of the same person's record (same derived id) based on
stale versions, in both orders; the earlier check-in stands, whoever pushes last; the centre
holds one record per (session, candidate), in its feed and in `export attendance`.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from domain.attendance import attendance_id
from tests.central_service.support import (
    Server,
    attendance_data,
    candidate_data,
    change,
    cli,
    enroll,
)

EARLY, LATE = "2026-12-01T01:10:00Z", "2026-12-01T01:25:00Z"


@pytest.mark.parametrize("early_first", [True, False], ids=["early-first", "late-first"])
def test_two_desks_check_in_one_person_and_the_earlier_stands(server: Server, early_first: bool) -> None:
    a = enroll(server)
    b = enroll(server, a.office)
    session = change("opp_session", {**_session(), "capacity": 5})
    person = change("candidate", candidate_data())
    sid, cid = session["entity_id"], person["entity_id"]
    enrolled = change(
        "opp_attendance", attendance_data(sid, cid, status="enrolled", checked_in_at=None, method=None)
    )
    assert enrolled["entity_id"] == attendance_id(sid, cid)
    assert [r["status"] for r in a.push(session, person, enrolled)] == ["applied"] * 3

    at_a = attendance_data(sid, cid, checked_in_at=EARLY, recorded_by="desk-a", method="nik")
    at_b = attendance_data(sid, cid, checked_in_at=LATE, recorded_by="desk-b", method="qr")
    first, second = ((a, at_a), (b, at_b)) if early_first else ((b, at_b), (a, at_a))
    one = first[0].push(change("opp_attendance", first[1], base_version=1))[0]
    assert (one["status"], one["version"]) == ("applied", 2)
    two = second[0].push(change("opp_attendance", second[1], base_version=1))[0]  # stale: merged
    assert (two["status"], two["version"]) == ("applied", 3)
    assert two["current"]["version"] == 3
    merged = two["current"]["data"]
    assert (merged["checked_in_at"], merged["recorded_by"], merged["method"]) == (EARLY, "desk-a", "nik")

    # Weaker stale versions (absent, a stale delete) lose too, and are still `applied`.
    absent = b.push(change("opp_attendance", attendance_data(sid, cid, status="absent"), base_version=1))[0]
    assert absent["status"] == "applied" and absent["current"]["data"]["status"] == "present"
    gone = a.push(
        change("opp_attendance", None, entity_id=enrolled["entity_id"], base_version=2, op="delete")
    )[0]
    assert gone["status"] == "applied" and gone["current"]["data"]["checked_in_at"] == EARLY

    # An edit on the current version is an edit, not a merge (an undo of a check-in).
    undo = a.push(
        change(
            "opp_attendance", attendance_data(sid, cid, status="enrolled", checked_in_at=None), base_version=5
        )
    )[0]
    assert (undo["status"], undo["version"], undo["current"]) == ("applied", 6, None)

    feed = [c for c in b.pull_all() if c["entity"] == "opp_attendance"]
    assert {c["entity_id"] for c in feed} == {enrolled["entity_id"]}
    assert [c["version"] for c in feed] == [1, 2, 3, 4, 5, 6]
    assert all(c["op"] == "upsert" for c in feed)


def test_export_attendance_has_one_row_per_person(server: Server, tmp_path: Path) -> None:
    a = enroll(server)
    b = enroll(server, a.office)
    session = change("opp_session", {**_session(), "code": "OPP-EXP-1", "capacity": 5})
    people = [change("candidate", candidate_data()) for _ in range(3)]
    a.push(session, *people)
    sid = session["entity_id"]
    for desk, at in ((a, LATE), (b, EARLY)):
        results = desk.push(
            *[
                change(
                    "opp_attendance",
                    attendance_data(sid, p["entity_id"], checked_in_at=at, recorded_by=desk.device_id[:8]),
                )
                for p in people[:2]
            ]
        )
        assert {r["status"] for r in results} == {"applied"}
    a.push(
        change(
            "opp_attendance",
            attendance_data(sid, people[2]["entity_id"], status="excused", checked_in_at=None),
        )
    )

    out = tmp_path / "attendance.csv"
    done = cli(server.db_url, "export", "attendance", "--office", a.office, str(out))
    assert "3 attendance records" in done.stdout
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == [
        "session_code",
        "candidate_id",
        "registration_no",
        "nik",
        "status",
        "checked_in_at",
        "recorded_by",
    ]
    by_person = {r["candidate_id"]: r for r in rows}
    assert len(rows) == len(by_person) == 3
    for p in people[:2]:
        row = by_person[p["entity_id"]]
        assert (row["session_code"], row["status"], row["checked_in_at"]) == ("OPP-EXP-1", "present", EARLY)
        assert row["recorded_by"] == b.device_id[:8]
        assert (row["nik"], row["registration_no"]) == (p["data"]["nik"], p["data"]["registration_no"])
    assert by_person[people[2]["entity_id"]]["status"] == "excused"
    unknown = cli(server.db_url, "export", "attendance", "--office", "nope", str(out), check=False)
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr


def _session() -> dict[str, object]:
    from tests.central_service.support import session_data

    return session_data()


def test_a_merge_that_keeps_a_person_present_takes_no_new_seat(server: Server) -> None:
    a = enroll(server)
    b = enroll(server, a.office)
    session = change("opp_session", {**_session(), "capacity": 1})
    first, second = change("candidate", candidate_data()), change("candidate", candidate_data())
    a.push(session, first, second)
    sid = session["entity_id"]
    assert (
        a.push(change("opp_attendance", attendance_data(sid, first["entity_id"], checked_in_at=LATE)))[0][
            "status"
        ]
        == "applied"
    )
    # The same person from the other desk (base null: it never saw the record): merged, no seat.
    again = b.push(change("opp_attendance", attendance_data(sid, first["entity_id"], checked_in_at=EARLY)))[0]
    assert again["status"] == "applied" and again["current"]["data"]["checked_in_at"] == EARLY
    # Another person would take a second seat: capacity is still a rule.
    full = b.push(change("opp_attendance", attendance_data(sid, second["entity_id"])))[0]
    assert full["status"] == "rejected" and full["errors"][0]["code"] == "capacity_exceeded"
