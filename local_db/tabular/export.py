"""Writing candidates and attendance to `.csv` or `.xlsx`.

Candidates get the import file's columns plus `registration_no`, `status` and `sync_state`,
so an export can be imported again (the importer accepts and ignores `sync_state`). Rows are
streamed: 100,000 candidates never sit in memory as objects.

Attendance: one row per (session, candidate) with the session code, registration number, NIK,
name, status and the times in the PC's local time with the zone's name ("2026-12-01 08:14 WIB",
`domain.zones`), followed by the UTC check-in time as stored and who recorded it how.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from domain.candidate import CANDIDATE_FIELDS
from domain.dates import parse_utc
from domain.zones import local_zone, zone_label
from local_db.database import Database
from local_db.models import CANDIDATE_T, OPP_ATTENDANCE_T, OPP_SESSION_T, P3MI_T

# The wire fields, with the placement company named by licence number as the import expects.
CANDIDATE_COLUMNS: tuple[str, ...] = (
    *("p3mi_licence_no" if f == "p3mi_id" else f for f in CANDIDATE_FIELDS),
    "sync_state",
)
ATTENDANCE_COLUMNS: tuple[str, ...] = (
    "session_code",
    "session_title",
    "session_starts_local",
    "registration_no",
    "nik",
    "full_name",
    "status",
    "checked_in_local",
    "checked_in_at",
    "method",
    "recorded_by",
    "sync_state",
)


class ExportFailed(Exception):
    """The target cannot be written (`code`: unsupported_type, unwritable)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def _documents(text: str) -> str:
    return ";".join(sorted(k for k, v in json.loads(text).items() if v))


def candidate_rows(db: Database) -> Iterator[tuple[Any, ...]]:
    columns = [c for c in CANDIDATE_COLUMNS if c != "p3mi_licence_no"]
    query = (
        select(*(CANDIDATE_T.c[c] for c in columns), P3MI_T.c.licence_no)
        .outerjoin(P3MI_T, P3MI_T.c.id == CANDIDATE_T.c.p3mi_id)
        .order_by(CANDIDATE_T.c.registration_no)
    )
    documents_at = columns.index("documents")
    with db.read() as conn:
        for row in conn.execute(query).yield_per(2000):
            values = dict(zip(columns, row[:-1], strict=True))
            values["p3mi_licence_no"] = row[-1]
            values["documents"] = _documents(row[documents_at])
            yield tuple(values[c] for c in CANDIDATE_COLUMNS)


def local_text(utc_text: str | None, zone: dt.tzinfo) -> str:
    """A stored UTC time as the clerk reads it: `YYYY-MM-DD HH:MM` and the zone's name."""
    moment = parse_utc(utc_text) if utc_text else None
    if moment is None:
        return ""
    here = moment.astimezone(zone)
    return f"{here:%Y-%m-%d %H:%M} {zone_label(here)}"


def attendance_rows(db: Database, zone: dt.tzinfo | None = None) -> Iterator[tuple[Any, ...]]:
    zone = zone or local_zone()
    s, a, c = OPP_SESSION_T, OPP_ATTENDANCE_T, CANDIDATE_T
    query = (
        select(
            s.c.code,
            s.c.title,
            s.c.starts_at,
            c.c.registration_no,
            c.c.nik,
            c.c.full_name,
            a.c.status,
            a.c.checked_in_at,
            a.c.method,
            a.c.recorded_by,
            a.c.sync_state,
        )
        .join(s, s.c.id == a.c.session_id)
        .join(c, c.c.id == a.c.candidate_id)
        .order_by(s.c.starts_at, s.c.code, c.c.full_name)
    )
    with db.read() as conn:
        for r in conn.execute(query).yield_per(2000):
            code, title, starts, reg, nik, name, status, checked, method, by, state = r
            yield (
                code,
                title,
                local_text(starts, zone),
                reg,
                nik,
                name,
                status,
                local_text(checked, zone),
                checked,
                method,
                by,
                state,
            )


def write_table(path: Path, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
    """Write to `path` (through a temporary file, so a failure leaves no half file); rows written."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportFailed("unsupported_type", suffix)
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(["" if v is None else v for v in row])
                    count += 1
        else:
            import xlsxwriter

            book = xlsxwriter.Workbook(str(partial), {"constant_memory": True, "strings_to_numbers": False})
            sheet = book.add_worksheet()
            text = book.add_format({"num_format": "@"})
            sheet.write_row(0, 0, columns)
            for count, row in enumerate(rows, start=1):
                # NIKs and phone numbers stay text: as numbers Excel would round 16 digits.
                for col, value in enumerate(row):
                    sheet.write_string(count, col, "" if value is None else str(value), text)
            book.close()
        os.replace(partial, path)
    except OSError as exc:
        raise ExportFailed("unwritable", str(path)) from exc
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_candidates(db: Database, path: Path) -> int:
    return write_table(path, CANDIDATE_COLUMNS, candidate_rows(db))


def export_attendance(db: Database, path: Path, zone: dt.tzinfo | None = None) -> int:
    return write_table(path, ATTENDANCE_COLUMNS, attendance_rows(db, zone))
