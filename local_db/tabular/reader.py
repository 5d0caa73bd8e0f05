"""Rows of a `.csv` (UTF-8, optional BOM, `,` `;` or tab delimited, any line endings) or the
first sheet of an `.xlsx`, as dicts keyed by normalised column names.

A file that cannot be read as a whole (not UTF-8, binary, empty, a broken workbook) raises
`FileUnusable` before any row is returned, so an import never stops half-way through a file
because of its encoding.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from domain.spreadsheet_cells import QUOTE, restore

MAX_CELL = 32 * 1024 * 1024  # the csv module's limit; cells larger than fields allow are rejected per row
# A line longer than this is no row of a real file (a valid row is at most a few hundred KB):
# the whole file is refused before anything is read into memory or imported.
MAX_LINE_BYTES = MAX_CELL
# An .xlsx whose parts expand beyond this, or a large part compressed more than MAX_XLSX_RATIO
# times, is a decompression bomb: a real 100,000-row sheet expands to ~60 MB at ~8:1.
MAX_XLSX_EXPANDED = 1024 * 1024 * 1024
MAX_XLSX_RATIO = 100
_RATIO_FROM_BYTES = 16 * 1024 * 1024  # small parts may compress well; they cannot hurt
_CHUNK = 1 << 20


class FileUnusable(Exception):
    """The file as a whole cannot be imported; `code` is stable, `detail` is for the message."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    rows: Iterator[tuple[int, dict[str, Any]]]  # (file row number, 1 = header; values by column)
    progress: Any  # callable returning 0.0..1.0 of the file read
    close: Any  # callable releasing the file when the rows are not read to the end


def normalise_column(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().lower().replace(" ", "_")


def _check_text(path: Path) -> None:
    """The whole file must be UTF-8 text with lines of a sane length: fail early, before
    anything is imported."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    seen_any = False
    line, since_newline = 1, 0  # the current line's number and the bytes of it seen so far
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            if b"\x00" in chunk:
                raise FileUnusable("binary")
            # A chunk is far shorter than the limit: only a line running across chunks can
            # exceed it, so the first and last newline of each chunk are all that matter.
            # (A lone CR ends a line too: old Mac files.)
            first = min((i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0), default=-1)
            if since_newline + (len(chunk) if first < 0 else first) > MAX_LINE_BYTES:
                raise FileUnusable("line_too_long", str(line))
            if first < 0:
                since_newline += len(chunk)
            else:
                line += chunk.count(b"\n") or chunk.count(b"\r")
                since_newline = len(chunk) - max(chunk.rfind(b"\n"), chunk.rfind(b"\r")) - 1
            seen_any = seen_any or bool(chunk.strip())
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                raise FileUnusable("not_utf8") from exc
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise FileUnusable("not_utf8") from exc
    if not seen_any:
        raise FileUnusable("empty")


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _CountingReader:
    """Wraps a binary file to report how far it has been read."""

    def __init__(self, raw: IO[bytes], size: int) -> None:
        self._raw = raw
        self._size = max(size, 1)

    def fraction(self) -> float:
        return min(self._raw.tell() / self._size, 1.0)


def read_csv(path: Path) -> Table:
    _check_text(path)
    csv.field_size_limit(MAX_CELL)
    raw = path.open("rb")
    counter = _CountingReader(raw, path.stat().st_size)
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    first = text.readline()
    delimiter = _delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    columns = tuple(normalise_column(c) for c in header)
    if not any(columns):
        raw.close()
        raise FileUnusable("no_header")
    rows = csv.reader(text, delimiter=delimiter)

    def generate() -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            number = 1
            for values in rows:
                number += 1
                if not "".join(values).strip():  # a blank line, or only delimiters and spaces
                    continue
                yield number, _row(columns, values)
        except csv.Error as exc:
            raise FileUnusable("csv_broken", f"row {number + 1}: {exc}") from exc
        finally:
            raw.close()

    return Table(columns, generate(), counter.fraction, raw.close)


def _row(columns: tuple[str, ...], values: list[Any]) -> dict[str, Any]:
    """Values by column; values beyond the header are counted under a marker key so the row
    can be rejected, not cut."""
    if QUOTE in "".join(values):  # rare: one join spares a test of every cell of every row
        values = [restore(v) if isinstance(v, str) else v for v in values]
    row = dict(zip(columns, values, strict=False))
    if len(values) > len(columns) and any(str(v).strip() for v in values[len(columns) :]):
        row["__extra_values__"] = len(values) - len(columns)
    return row


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if not isinstance(value, bool) else ("true" if value else "false")


def _check_expansion(path: Path) -> None:
    """Refuse a decompression bomb from the sizes its zip directory declares (reading a part
    never yields more than its declared size: zipfile stops there and checks the CRC)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileUnusable("xlsx_broken") from exc
    expanded = sum(p.file_size for p in parts)
    bomb = any(
        p.file_size > _RATIO_FROM_BYTES and p.file_size > MAX_XLSX_RATIO * max(p.compress_size, 1)
        for p in parts
    )
    if expanded > MAX_XLSX_EXPANDED or bomb:
        raise FileUnusable("xlsx_too_large", f"{expanded // (1024 * 1024)} MB")


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # costs ~0.2 s to import: only when an .xlsx is read

    _check_expansion(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileUnusable("xlsx_broken") from exc
    sheet = book.worksheets[0] if book.worksheets else None
    if sheet is None:
        book.close()
        raise FileUnusable("empty")
    iterator = sheet.iter_rows(values_only=True)
    header = next(iterator, None)
    if header is None:
        book.close()
        raise FileUnusable("empty")
    columns = tuple(normalise_column(_cell(c)) for c in header)
    total = max(sheet.max_row or 1, 1)
    done = [0]

    def generate() -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            for number, values in enumerate(iterator, start=2):
                done[0] = number
                cells = [_cell(v) for v in values]
                if not any(str(c).strip() for c in cells):
                    continue
                yield number, _row(columns, cells)
        finally:
            book.close()

    return Table(columns, generate(), lambda: min(done[0] / total, 1.0), book.close)


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FileUnusable("missing", str(path))
    if suffix == ".csv":
        return read_csv(path)
    if suffix == ".xlsx":
        return read_xlsx(path)
    raise FileUnusable("unsupported_type", suffix)


def read_columns(path: Path) -> tuple[str, ...]:
    """The header only (raises `FileUnusable` like `read_table`); the file is closed again."""
    table = read_table(path)
    table.close()
    return table.columns
