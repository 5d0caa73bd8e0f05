"""`loket opp …` through the real command line: arguments, lines, `--json` keys, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.actor import Actor
from domain.codes import Role
from local_db.store import Store
from tests.desktop_app.cli_helpers import loket
from tests.local_db.opp_support import add_people, dotted

ZONE = ZoneInfo("Asia/Jakarta")
CLERK = Actor("clerk", Role.OPERATOR)


@pytest.fixture(autouse=True)
def jakarta_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Jakarta")  # the `loket` subprocess's local time


def _local(moment: dt.datetime) -> str:
    return moment.astimezone(ZONE).strftime("%Y-%m-%d %H:%M")


def _add(data_dir: Path, code: str, capacity: int = 90, hours_from_now: float = -1) -> str:
    starts = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) + dt.timedelta(hours=hours_from_now)
    result = loket(
        data_dir, "opp", "add-session", "--code", code, "--title", "OPP Malaysia", "--venue", "Aula BP3MI Serang",
        "--starts", _local(starts), "--ends", _local(starts + dt.timedelta(hours=8)), "--capacity", str(capacity),
    )  # fmt: skip
    assert result.code == 0, result.err
    return _local(starts)


@pytest.mark.slow  # the real command several times
def test_add_session_and_list_them(data_dir: Path) -> None:
    starts = _add(data_dir, "OPP-A", capacity=40)
    listed = loket(data_dir, "opp", "sessions", "--json")
    assert listed.code == 0
    (row,) = json.loads(listed.out)
    assert {
        k: row[k] for k in ("code", "title", "starts_at", "status", "enrolled", "present", "capacity")
    } == {
        "code": "OPP-A",
        "title": "OPP Malaysia",
        "starts_at": starts,
        "status": "planned",
        "enrolled": 0,
        "present": 0,
        "capacity": 40,
    }
    args = ("opp", "add-session", "--title", "T", "--venue", "V", "--capacity", "10")
    taken = loket(data_dir, *args, "--code", "OPP-A", "--starts", starts, "--ends", "2030-01-01 10:00")
    assert (taken.code, taken.err.strip()) == (2, "Session code OPP-A is already taken.")
    bad_time = loket(
        data_dir, *args, "--code", "OPP-B", "--starts", "besok pagi", "--ends", "2030-01-01 10:00"
    )
    assert bad_time.code == 2 and "YYYY-MM-DD HH:MM" in bad_time.err
    backwards = loket(
        data_dir, *args, "--code", "OPP-B", "--starts", "2030-01-01 10:00", "--ends", "2030-01-01 09:00"
    )
    assert backwards.code == 2 and "The end must be after the start." in backwards.err
    indonesian = loket(data_dir, "opp", "sessions", lang="id")
    assert "OPP-A" in indonesian.out and "terencana" in indonesian.out and "terdaftar 0/40" in indonesian.out


@pytest.mark.slow  # the real command several times
def test_enrol_one_line_per_ref_with_warnings_and_exit_codes(data_dir: Path, store: Store) -> None:
    ready = add_people(store, CLERK, 1)[0]
    lacking = add_people(store, CLERK, 1, first=2, documents="ktp;kk;paspor")[0]
    _add(data_dir, "OPP-A")
    done = loket(
        data_dir, "opp", "enrol", "OPP-A", dotted(ready["nik"]), lacking["registration_no"], "99-ZZZZZZ-00001"
    )
    assert done.code == 1, done.err
    lines = done.out.splitlines()
    assert lines[0] == f"{dotted(ready['nik'])}: enrolled — {ready['full_name']} ({ready['registration_no']})"
    assert lines[1].startswith(f"{lacking['registration_no']}: enrolled — ")
    assert lines[1].endswith("; warning: missing work visa, employment contract, BPJS Ketenagakerjaan")
    assert lines[2] == "99-ZZZZZZ-00001: refused — unknown NIK or registration number"
    again = loket(data_dir, "opp", "enrol", "OPP-A", ready["nik"], lang="id")
    assert again.code == 0 and again.out.startswith(f"{ready['nik']}: sudah terdaftar")
    assert loket(data_dir, "opp", "enrol", "NOPE", ready["nik"]).code == 2
    _add(data_dir, "OPP-B")
    other = loket(data_dir, "opp", "enrol", "OPP-B", ready["nik"])
    assert other.code == 0 and other.out.strip().endswith("; warning: also enrolled in session OPP-A")


@pytest.mark.slow  # the real command several times
def test_checkin_answers_each_case_with_its_exit_code(data_dir: Path, store: Store) -> None:
    people = add_people(store, CLERK, 3)
    _add(data_dir, "OPP-A", capacity=2)
    assert loket(data_dir, "opp", "enrol", "OPP-A", people[0]["nik"]).code == 0
    first = loket(data_dir, "opp", "checkin", "OPP-A", dotted(people[0]["nik"]))
    assert first.code == 0, first.err
    assert first.out.startswith("Present ") and people[0]["full_name"] in first.out
    time_shown = first.out.split()[1]
    assert len(time_shown) == len("2026-11-30") and dt.date.fromisoformat(time_shown)
    again = loket(data_dir, "--user", "nobody", "opp", "checkin", "OPP-A", people[0]["registration_no"])
    assert again.code == 2 and "nobody" in again.err  # an unknown staff account is refused first
    twice = loket(data_dir, "opp", "checkin", "OPP-A", people[0]["registration_no"])
    assert (
        twice.code == 1 and twice.out.startswith("Already checked in at ") and "recorded by cli:" in twice.out
    )
    stranger = loket(data_dir, "opp", "checkin", "OPP-A", people[1]["nik"])
    assert stranger.code == 2 and "--walk-in" in stranger.err and stranger.out == ""
    unknown = loket(data_dir, "opp", "checkin", "OPP-A", "3601015505991234")
    assert unknown.code == 2 and unknown.err.strip() == (
        "3601015505991234 is unknown: not a NIK or registration number registered on this PC."
    )
    walked = loket(data_dir, "opp", "checkin", "OPP-A", people[1]["nik"], "--walk-in")
    assert walked.code == 0 and walked.out.startswith("Present")
    full = loket(data_dir, "opp", "checkin", "OPP-A", people[2]["nik"], "--walk-in")
    assert full.code == 2 and "full" in full.err
    listed = json.loads(loket(data_dir, "opp", "sessions", "--json").out)
    assert (listed[0]["status"], listed[0]["enrolled"], listed[0]["present"]) == ("open", 2, 2)


@pytest.mark.slow  # the real command several times
def test_close_marks_absent_and_stops_check_in(data_dir: Path, store: Store) -> None:
    people = add_people(store, CLERK, 3)
    _add(data_dir, "OPP-A")
    refs = [p["nik"] for p in people]
    assert loket(data_dir, "opp", "enrol", "OPP-A", *refs).code == 0
    assert loket(data_dir, "opp", "checkin", "OPP-A", refs[0]).code == 0
    closed = loket(data_dir, "opp", "close", "OPP-A", lang="id")
    assert closed.code == 0 and closed.out.strip() == (
        "Sesi OPP-A ditutup; 2 peserta yang belum hadir dicatat tidak hadir."
    )
    late = loket(data_dir, "opp", "checkin", "OPP-A", refs[1])
    assert late.code == 2 and "closed" in late.err
    assert loket(data_dir, "opp", "enrol", "OPP-A", refs[1]).code == 2
    assert loket(data_dir, "opp", "close", "NOPE").code == 2
    reopen = loket(data_dir, "opp", "reopen", "OPP-A")
    assert reopen.code == 2 and "administrator" in reopen.err
    with store.db.read() as conn:
        statuses = sorted(r[0] for r in conn.exec_driver_sql("SELECT status FROM opp_attendance"))
        outbox = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox_change WHERE entity LIKE 'opp_%'"
        ).scalar_one()
    assert statuses == ["absent", "absent", "present"]
    assert outbox == 1 + 3 + 1 + 1 + 1 + 2  # session, 3 enrolments, open, check-in, close, 2 absences
