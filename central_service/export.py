"""`export candidates`: an office's candidates as the centre holds them, one CSV row per record,
with the import file's column names (documents as the `;` list the import reads back). Every
cell goes through the shared spreadsheet rule (`domain.spreadsheet_cells`), and the file is
created owner-only: it holds NIKs. (`export attendance`: export_attendance.py.)
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, select

from central_service import db
from central_service.models import P3MI, RECORD
from central_service.offices import office_id
from domain.candidate import CANDIDATE_FIELDS
from domain.private_files import open_private
from domain.spreadsheet_cells import neutralise_row

COLUMNS = (*[f for f in CANDIDATE_FIELDS if f != "p3mi_id"], "p3mi_licence_no", "id", "version")


def _write(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with open_private(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(neutralise_row(row))
            count += 1
    return count


def _records(engine: Engine, office_code: str, entity: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    with db.read(engine) as conn:
        office = office_id(conn, office_code)
        rows = conn.execute(
            select(RECORD.c.entity_id, RECORD.c.version, RECORD.c.data)
            .where(and_(RECORD.c.office_id == office, RECORD.c.entity == entity, RECORD.c.deleted.is_(False)))
            .order_by(RECORD.c.entity_id)
        )
        for entity_id, version, text in rows:
            yield entity_id, version, json.loads(text)


def _candidate_rows(engine: Engine, office_code: str) -> Iterator[list[Any]]:
    with db.read(engine) as conn:
        licences = {r.id: r.licence_no for r in conn.execute(select(P3MI.c.id, P3MI.c.licence_no))}
    for entity_id, version, data in _records(engine, office_code, "candidate"):
        documents = data.get("documents") or {}
        out = {k: data.get(k) for k in COLUMNS}
        out["documents"] = ";".join(k for k, v in sorted(documents.items()) if v is True)
        out["p3mi_licence_no"] = licences.get(data.get("p3mi_id") or "", "")
        out["id"], out["version"] = entity_id, version
        yield [out[k] for k in COLUMNS]


def export_candidates(engine: Engine, office_code: str, path: Path) -> int:
    return _write(path, COLUMNS, _candidate_rows(engine, office_code))
