"""Bad conditions, clear words: a full disk (a real, small tmpfs), a database another process
is writing, an .xlsx decompression bomb and a line longer than any real row, each through the
real `loket` command with its sentence and exit code."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.datagen import COLUMNS, generate_rows, write_csv
from local_db.tabular.reader import MAX_LINE_BYTES
from tests.desktop_app.cli_helpers import csv_text, loket


@contextlib.contextmanager
def small_disk(folder: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of `megabytes` mounted on `folder` (needs root, as on the CI machine)."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(disk: Path, leave_bytes: int = 0) -> Path:
    """Fill the disk, leaving about `leave_bytes` free."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free - leave_bytes
    with filler.open("wb") as f, contextlib.suppress(OSError):
        while free > 0:
            f.write(b"\0" * min(free, 1 << 20))
            free -= 1 << 20
    return filler


def count_readonly(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM candidate").fetchone()[0])


def count(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM candidate").fetchone()[0])


@pytest.mark.slow
def test_a_full_disk_gets_one_sentence_and_reading_commands_still_work(
    template_db: Path, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", 20_000)
    size_mb = template_db.stat().st_size // (1 << 20) + 96  # room for the whole import, once freed
    with small_disk(tmp_path / "disk", size_mb) as disk:
        data = disk / "data"
        data.mkdir(mode=0o700)
        shutil.copy(template_db, data / "loket.db")
        filler = fill(disk)  # nothing at all is left: SQLite cannot even make its WAL index

        status = loket(data, "status", "--json")
        assert status.code == 0, status.err
        assert status.err.strip().startswith(f"The disk holding {data} is full: the data is shown as last")
        assert '"pending": 0' in status.out
        check = loket(data, "check")
        assert check.code == 0, check.err
        assert check.out.strip().splitlines() == [
            "Note: this database is not encrypted yet; an administrator encrypts it with "
            "`loket --user ADMIN users add ...` or by signing in to the window.",
            "The database is healthy.",
        ]
        refused = loket(data, "backup")
        assert refused.code == 2
        assert refused.err.strip() == (
            f"The disk holding {data} is full: this command saved nothing and the data saved "
            f"before is intact. Free some disk space (old backups in {data / 'backups'}, for "
            "example) and try again."
        )
        refused = loket(data, "import", "candidates", str(source))
        assert refused.code == 2 and len(refused.err.strip().splitlines()) == 1, refused.err
        assert refused.err.startswith(f"The disk holding {data} is full: rows saved before it filled")
        assert count_readonly(data / "loket.db") == 0
        indonesian = loket(data, "backup", lang="id")
        assert indonesian.err.startswith(f"Disk penuh di {data}")

        filler.unlink()
        filler = fill(disk, leave_bytes=3 << 20)  # room for a few batches, not 20,000 rows
        filled_up = loket(data, "import", "candidates", str(source))
        assert filled_up.code == 2, filled_up.out + filled_up.err
        assert filled_up.err.strip() == (
            f"The disk holding {data} is full: rows saved before it filled are complete, the rest "
            f"are not. Free some disk space (old backups in {data / 'backups'}, for example) and "
            "run the import again; rows already registered are skipped."
        )
        saved = count(data / "loket.db")
        assert 0 < saved < 20_000
        after = loket(data, "status", "--json")
        assert after.code == 0 and f'"pending": {saved}' in after.out, after.err

        filler.unlink()  # space again: what was saved is whole, and a re-run completes the import
        assert loket(data, "check").code == 0
        again = loket(data, "import", "candidates", str(source))
        assert again.code == 0, again.err
        assert f"already registered {saved}" in again.out
        assert count(data / "loket.db") == 20_000


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
"""


@pytest.mark.slow
def test_a_busy_database_names_who_holds_it_and_says_to_try_again(data_dir: Path, tmp_path: Path) -> None:
    script = tmp_path / "hold_lock.py"
    script.write_text(HOLDER, encoding="utf-8")
    source = tmp_path / "one.csv"
    source.write_text(csv_text(list(generate_rows(1, seed=9))), encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(data_dir / "loket.db")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        busy = loket(data_dir, "import", "candidates", str(source))
    finally:
        holder.communicate("\n", timeout=30)
    assert busy.code == 2
    name = Path(sys.executable).name
    assert busy.err.strip() == (
        f"The database is in use by {name} (pid {holder.pid}). Try again when it has finished."
    )
    assert loket(data_dir, "import", "candidates", str(source)).code == 0  # and it works later


def bomb(path: Path, expanded: int) -> Path:
    """A real workbook whose sheet is `expanded` bytes of XML whitespace (a ~2 MB file)."""
    import xlsxwriter

    plain = path.with_name("plain.xlsx")
    book = xlsxwriter.Workbook(str(plain))
    book.add_worksheet().write_row(0, 0, COLUMNS)
    book.close()
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out,
    ):
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                out.writestr(item, source.read(item))
                continue
            head, tail = source.read(item).split(b"<sheetData>")
            with out.open(item.filename, "w", force_zip64=True) as sheet:
                sheet.write(head + b"<sheetData>")
                block = b" " * (1 << 20)
                for _ in range(expanded // len(block)):
                    sheet.write(block)
                sheet.write(tail)
    return path


@pytest.mark.slow
def test_an_xlsx_that_expands_absurdly_is_refused_before_it_is_read(data_dir: Path, tmp_path: Path) -> None:
    path = bomb(tmp_path / "bomb.xlsx", 2 << 30)
    assert path.stat().st_size < 3 << 20  # ~2 MB on disk, 2 GB once expanded
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 2
    assert result.err.strip() == (
        "The .xlsx file would expand to 2048 MB or is compressed beyond any real workbook; "
        "nothing was imported. Save the sheet again, or as CSV."
    )


def test_a_line_longer_than_any_real_row_is_refused_with_a_sentence(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv"
    header = ",".join(COLUMNS) + "\n"
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        f.write(csv_text(list(generate_rows(1, seed=3))).splitlines()[1] + "\n")
        f.write("x" * (MAX_LINE_BYTES + (1 << 20)))  # no line end at all
    result = loket(data_dir, "import", "candidates", str(path))
    assert result.code == 2
    assert result.err.strip() == (
        "Line 3 of the file is longer than any real row (over 32 MB without a line end); nothing "
        "was imported. Check that this is the right file, saved as CSV."
    )
    assert count(data_dir / "loket.db") == 0
