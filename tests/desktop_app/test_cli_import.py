"""`loket import candidates` against good, bad and broken files, through the real command."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.datagen import COLUMNS, generate_rows
from tests.desktop_app.cli_helpers import csv_text, loket, read_rejects, status

SLOW = pytest.mark.slow


@pytest.fixture
def rows() -> list[dict[str, str]]:
    return list(generate_rows(12, seed=5))


def with_(row: dict[str, str], **changes: str) -> dict[str, str]:
    return {**row, **changes}


@pytest.mark.slow  # the real command on large files or several times
def test_mixed_file_rejects_each_bad_row_with_its_reason_and_keeps_every_good_row(
    data_dir: Path, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    good_iso = rows[0]
    good_dmy_dash = with_(rows[1], birth_date="-".join(reversed(rows[1]["birth_date"].split("-"))))
    good_dmy_slash = with_(rows[2], birth_date="/".join(reversed(rows[2]["birth_date"].split("-"))))
    nik = rows[3]["nik"]
    bad = [
        (with_(rows[3], nik=nik[:15]), "nik", "nik_format"),
        (with_(rows[4], nik="99" + rows[4]["nik"][2:]), "nik", "nik_province"),
        (with_(rows[5], nik=rows[5]["nik"][:2] + "00" + rows[5]["nik"][4:]), "nik", "nik_region_zero"),
        (with_(rows[6], nik=rows[6]["nik"][:6] + "3102" + rows[6]["nik"][10:]), "nik", "nik_birth_date"),
        (with_(rows[7], nik=rows[7]["nik"][:12] + "0000"), "nik", "nik_serial"),
        (
            with_(
                rows[8],
                nik=rows[8]["nik"][:6] + "010115" + rows[8]["nik"][12:],
                birth_date="2015-01-01",
                sex="L",
            ),
            "birth_date",
            "under_age",
        ),
        (with_(rows[9], village_code="3601019999"), "village_code", "village_unknown"),
        (with_(rows[10], birth_date="1990.13.45"), "birth_date", "date_format"),
        (with_(rows[11], birth_date="03/04/90"), "birth_date", "date_format"),
    ]
    huge = with_(list(generate_rows(13, seed=6))[12], address_line="x" * 20_000_000)
    ordered = [good_iso, bad[0][0], good_dmy_dash, *(b[0] for b in bad[1:]), huge, good_dmy_slash]
    path = tmp_path / "mixed.csv"
    path.write_text(csv_text(ordered), encoding="utf-8")

    result = loket(data_dir, "import", "candidates", str(path))

    assert result.code == 1, result.err
    assert "Imported 3, already registered 0, rejected 10" in result.out
    rejects = read_rejects(path)
    by_row = {int(r["row"]): (r["column"], r["code"]) for r in rejects}
    expected_rows = [3, *range(5, 13)]  # header is row 1; good rows are 2, 4 and 14
    for row_number, (_, column, code) in zip(expected_rows, bad, strict=True):
        assert (column, code) in [(r["column"], r["code"]) for r in rejects if int(r["row"]) == row_number]
    assert by_row[13] == ("address_line", "cell_too_large")
    assert all(r["message"] for r in rejects)
    assert status(data_dir)["pending"] == 3


def test_rejects_are_explained_in_indonesian_by_default(
    data_dir: Path, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    path = tmp_path / "one.csv"
    path.write_text(csv_text([with_(rows[0], village_code="3601019999")]), encoding="utf-8")
    result = loket(data_dir, "import", "candidates", str(path), lang="id")
    assert result.code == 1
    assert (
        read_rejects(path)[0]["message"]
        == "Desa/kelurahan: Kode desa/kelurahan 3601019999 tidak ada di data Kemendagri."
    )


def test_bom_crlf_and_semicolons_are_read(data_dir: Path, tmp_path: Path, rows: list[dict[str, str]]) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(rows[:5], delimiter=";", line_end="\r\n").encode("utf-8"))
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 0, result.err + result.out
    assert "Imported 5" in result.out
    assert not path.with_name("excel.csv.rejects.csv").exists()


@pytest.mark.slow  # the real command on large files or several times
def test_reimport_creates_nothing_and_reports_a_changed_row(
    data_dir: Path, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    path = tmp_path / "again.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert loket(data_dir, "import", "candidates", str(path)).code == 0
    rows[4] = with_(rows[4], full_name="Someone Else")
    path.write_text(csv_text(rows), encoding="utf-8")
    again = loket(data_dir, "import", "candidates", str(path))
    assert again.code == 0
    assert "Imported 0, already registered 12, rejected 0" in again.out
    assert [(r["row"], r["code"]) for r in read_rejects(path)] == [("6", "already_registered_differs")]
    assert status(data_dir)["pending"] == 12


@pytest.mark.parametrize(
    ("content", "needle"),
    [  # two kinds in the fast loop, the rest with the slow tests (each runs the command twice)
        (b"", "empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, "binary", marks=SLOW),
        pytest.param("nik,full_name\n3601015505990001,Siti Aminah\n".encode("utf-16"), "binary", marks=SLOW),
        ("nik;nama\n1;Siti Aminah é\n".encode("latin-1"), "UTF-8"),
        pytest.param(csv_text([], columns=(*COLUMNS, "nama_ibu")).encode(), "nama_ibu", marks=SLOW),
        pytest.param(csv_text([], columns=COLUMNS[1:]).encode(), "nik", marks=SLOW),
    ],
)
def test_unusable_files_exit_2_with_one_sentence_and_import_nothing(
    data_dir: Path, tmp_path: Path, content: bytes, needle: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 2
    assert needle.lower() in result.err.lower()
    assert len(result.err.strip().splitlines()) == 1
    assert status(data_dir)["pending"] == 0


def test_unknown_column_is_named_in_the_rejects_file(
    data_dir: Path, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    path = tmp_path / "typo.csv"
    columns = tuple("nama_lengkap" if c == "full_name" else c for c in COLUMNS)
    path.write_text(
        csv_text(
            [{("nama_lengkap" if k == "full_name" else k): v for k, v in rows[0].items()}], columns=columns
        ),
        encoding="utf-8",
    )
    assert loket(data_dir, "import", "candidates", str(path)).code == 2
    assert [(r["row"], r["column"], r["code"]) for r in read_rejects(path)] == [
        ("1", "nama_lengkap", "unknown_column")
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [  # the broken workbook in the fast loop, the others with the slow tests
        pytest.param("x.txt", b"a,b\n", marks=SLOW),
        ("x.xlsx", b"PK\x03\x04 not a zip"),
        pytest.param("missing.csv", None, marks=SLOW),
    ],
)
def test_wrong_type_broken_workbook_missing_file(
    data_dir: Path, tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 2
    assert result.err.strip()


@pytest.mark.slow  # the real command on large files or several times
def test_xlsx_export_imports_again_into_another_store(
    data_dir: Path, tmp_path: Path, template_db: Path, rows: list[dict[str, str]]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(csv_text(rows), encoding="utf-8")
    assert loket(data_dir, "import", "candidates", str(source)).code == 0
    exported = tmp_path / "out.xlsx"
    assert loket(data_dir, "export", "candidates", str(exported)).code == 0

    other = tmp_path / "other"
    other.mkdir()
    other.joinpath("loket.db").write_bytes(template_db.read_bytes())
    result = loket(other, "import", "candidates", str(exported))
    assert result.code == 0, result.err
    assert "Imported 12" in result.out
    again = tmp_path / "again.csv"
    assert loket(other, "export", "candidates", str(again)).code == 0
    first = tmp_path / "first.csv"
    assert loket(data_dir, "export", "candidates", str(first)).code == 0

    def niks(path: Path) -> set[str]:
        return {line.split(",")[1] for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]}

    assert niks(first) == niks(again) == {r["nik"] for r in rows}


@pytest.mark.slow  # the real command on large files or several times
@pytest.mark.parametrize("kind", ["unknown_column", "garbage"])
def test_a_large_unusable_file_stops_the_helper_started_for_it(
    data_dir: Path, tmp_path: Path, rows: list[dict[str, str]], kind: str
) -> None:
    """Files of 2 MiB and more get a helper process before the store is even open; a file
    found unusable afterwards still ends in one sentence and exit 2 (the helper is closed)."""
    from local_db.tabular.prepare import PROCESS_THRESHOLD_BYTES

    path = tmp_path / "big.csv"
    if kind == "garbage":
        path.write_bytes(bytes(range(256)) * (PROCESS_THRESHOLD_BYTES // 256 + 1))
    else:
        columns = tuple("nama_lengkap" if c == "full_name" else c for c in COLUMNS)
        renamed = [{("nama_lengkap" if k == "full_name" else k): v for k, v in r.items()} for r in rows]
        text = csv_text(renamed, columns=columns)
        body = text.split("\n", 1)[1]
        path.write_text(text + body * (PROCESS_THRESHOLD_BYTES // len(body) + 1))
    assert path.stat().st_size >= PROCESS_THRESHOLD_BYTES
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1, result.err
    assert status(data_dir)["pending"] == 0
