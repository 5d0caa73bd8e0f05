"""`loket export attendance` and the window's "Ekspor → Kehadiran OPP…": one row per
(session, candidate) with the session code, registration number, NIK, name, status and the
check-in time in local time with its zone's name."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from domain.actor import Actor
from domain.codes import Role
from local_db.store import Store
from local_db.tabular.export import ATTENDANCE_COLUMNS, export_attendance
from tests.central_service.support import nik
from tests.conftest import valid_candidate
from tests.desktop_app.cli_helpers import loket
from tests.sync.workload import session_fields

CLERK = Actor("clerk-a", Role.OPERATOR)
WITA = dt.timezone(dt.timedelta(hours=8))


def three_people(store: Store) -> list[dict[str, object]]:
    session = store.sessions.create(session_fields("OPP-EXPORT-1"), CLERK).id
    people = [store.candidates.create(valid_candidate(nik=nik()), CLERK).record for _ in range(3)]
    states = [
        {"status": "present", "checked_in_at": "2026-12-01T01:14:00Z", "method": "nik"},
        {"status": "excused"},
        {"status": "enrolled"},
    ]
    for person, state in zip(people, states, strict=True):
        store.attendance.create(
            {"session_id": session, "candidate_id": person.id, "recorded_by": "clerk-a", **state}, CLERK
        )
    return [dict(p.data) for p in people]


def test_rows_carry_the_local_time_with_the_zone_name(store: Store, tmp_path: Path) -> None:
    people = three_people(store)
    target = tmp_path / "kehadiran.csv"
    assert export_attendance(store.db, target, WITA) == 3
    with target.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = {r["nik"]: r for r in reader}
    assert tuple(reader.fieldnames or ()) == ATTENDANCE_COLUMNS
    for column in ("session_code", "registration_no", "nik", "full_name", "status", "checked_in_local"):
        assert column in ATTENDANCE_COLUMNS
    first = rows[str(people[0]["nik"])]
    assert (first["session_code"], first["full_name"], first["status"]) == (
        "OPP-EXPORT-1",
        people[0]["full_name"],
        "present",
    )
    assert first["registration_no"] == people[0]["registration_no"]
    assert first["checked_in_local"] == "2026-12-01 09:14 WITA"  # 01:14 UTC in Makassar
    assert first["checked_in_at"] == "2026-12-01T01:14:00Z"
    assert first["session_starts_local"] == "2026-12-01 09:00 WITA"
    assert (
        rows[str(people[1]["nik"])]["status"] == "excused"
        and rows[str(people[1]["nik"])]["checked_in_local"] == ""
    )

    book_path = tmp_path / "kehadiran.xlsx"
    assert export_attendance(store.db, book_path, dt.timezone(dt.timedelta(hours=7))) == 3
    book = load_workbook(book_path, read_only=True)
    values = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert tuple(values[0]) == ATTENDANCE_COLUMNS
    local = ATTENDANCE_COLUMNS.index("checked_in_local")
    assert "2026-12-01 08:14 WIB" in [row[local] for row in values[1:]]


def test_the_command_writes_the_same_columns(store: Store, data_dir: Path, tmp_path: Path) -> None:
    three_people(store)
    target = tmp_path / "attendance.csv"
    done = loket(data_dir, "export", "attendance", str(target))
    assert done.code == 0, done.err
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3 and {r["session_code"] for r in rows} == {"OPP-EXPORT-1"}
    assert sum(1 for r in rows if r["checked_in_local"].startswith("2026-12-01")) == 1
