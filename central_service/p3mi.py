"""The placement-company (P3MI) reference list: CSV import and its place in every office's feed.

A company's id is derived from its licence number (UUID v5), so importing the same list twice
changes nothing and a re-import after an edit bumps only the rows that differ.
"""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, update

from central_service import db
from central_service.feed import append, lock_office
from central_service.models import OFFICE, P3MI

NAMESPACE = uuid.UUID("3f0f5a55-6a4c-4f59-9d8e-5c1e0e0b9a31")
COLUMNS = ("name", "licence_no", "address", "active")
TRUE_WORDS = frozenset({"1", "true", "yes", "ya", "y", "aktif", "active"})
FALSE_WORDS = frozenset({"0", "false", "no", "tidak", "n", "nonaktif", "inactive", ""})


class P3miFileError(Exception):
    """The CSV cannot be used; the message names the row or column."""


def feed_row(office: int, seq: int, row: Any) -> dict[str, Any]:
    data = {"name": row.name, "licence_no": row.licence_no, "address": row.address, "active": row.active}
    return {
        "office_id": office,
        "seq": seq,
        "entity": "p3mi",
        "entity_id": row.id,
        "op": "upsert",
        "version": row.version,
        "data": json.dumps(data, separators=(",", ":")),
    }


def read_csv(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = tuple(reader.fieldnames or ())
            if set(header) != set(COLUMNS):
                raise P3miFileError(
                    f"The file's columns must be exactly {','.join(COLUMNS)}; found {','.join(header)}."
                )
            rows = []
            for number, raw in enumerate(reader, start=2):
                active = (raw["active"] or "").strip().lower()
                if active not in TRUE_WORDS | FALSE_WORDS:
                    raise P3miFileError(f"Row {number}: 'active' must be true or false.")
                row = {k: (raw[k] or "").strip() for k in ("name", "licence_no", "address")}
                if not row["name"] or not row["licence_no"]:
                    raise P3miFileError(f"Row {number}: name and licence_no are required.")
                if len(row["name"]) > 200 or len(row["licence_no"]) > 80 or len(row["address"]) > 300:
                    raise P3miFileError(f"Row {number}: a value is too long.")
                rows.append({**row, "active": active in TRUE_WORDS})
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise P3miFileError(f"Cannot read {path}: {exc}.") from None


def import_list(engine: Engine, path: Path) -> tuple[int, int]:
    """Returns (added, changed). Every office's feed gets the new versions in one transaction."""
    rows = read_csv(path)
    added = changed = 0
    with db.write(engine) as conn:
        existing = {r.licence_no: r for r in conn.execute(select(P3MI))}
        touched: list[str] = []
        for row in rows:
            old = existing.get(row["licence_no"])
            if old is None:
                new_id = str(uuid.uuid5(NAMESPACE, row["licence_no"]))
                conn.execute(insert(P3MI).values(id=new_id, version=1, **row))
                added += 1
            elif (old.name, old.address, old.active) != (row["name"], row["address"], row["active"]):
                conn.execute(update(P3MI).where(P3MI.c.id == old.id).values(version=old.version + 1, **row))
                changed += 1
            else:
                continue
            touched.append(row["licence_no"])
        if touched:
            fresh = conn.execute(
                select(P3MI).where(P3MI.c.licence_no.in_(touched)).order_by(P3MI.c.licence_no)
            )
            fresh_rows = fresh.all()
            # Offices are locked in id order, so two imports cannot deadlock each other.
            for office in conn.execute(select(OFFICE.c.id).order_by(OFFICE.c.id)).scalars():
                last = lock_office(conn, office)
                append(
                    conn, office, [feed_row(office, last + i, r) for i, r in enumerate(fresh_rows, 1)], last
                )
    return added, changed
