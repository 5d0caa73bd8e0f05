"""`export candidates`: an office's candidates as the centre holds them, one CSV row per record,
with the import file's column names (documents as the `;` list the import reads back)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import Engine, and_, select

from central_service import db
from central_service.models import P3MI, RECORD
from central_service.offices import office_id
from domain.candidate import CANDIDATE_FIELDS

COLUMNS = (*[f for f in CANDIDATE_FIELDS if f != "p3mi_id"], "p3mi_licence_no", "id", "version")


def export_candidates(engine: Engine, office_code: str, path: Path) -> int:
    with db.read(engine) as conn:
        office = office_id(conn, office_code)
        licences = {r.id: r.licence_no for r in conn.execute(select(P3MI.c.id, P3MI.c.licence_no))}
        rows = conn.execute(
            select(RECORD.c.entity_id, RECORD.c.version, RECORD.c.data)
            .where(
                and_(
                    RECORD.c.office_id == office, RECORD.c.entity == "candidate", RECORD.c.deleted.is_(False)
                )
            )
            .order_by(RECORD.c.entity_id)
        )
        count = 0
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for entity_id, version, text in rows:
                data = json.loads(text)
                documents = data.get("documents") or {}
                out = {k: ("" if data.get(k) is None else data.get(k)) for k in COLUMNS}
                out["documents"] = ";".join(k for k, v in sorted(documents.items()) if v is True)
                out["p3mi_licence_no"] = licences.get(data.get("p3mi_id") or "", "")
                out["id"], out["version"] = entity_id, version
                writer.writerow(out)
                count += 1
    return count
