"""`export attendance`: an office's OPP attendance as the centre holds it, one CSV row per
(session, candidate) — the record table allows no second record for a pair — with the columns
INTERFACES.md fixes. Rows are ordered by session code, then registration number."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, select

from central_service import db
from central_service.bulk import among
from central_service.models import RECORD
from central_service.offices import office_id

COLUMNS = ("session_code", "candidate_id", "registration_no", "nik", "status", "checked_in_at", "recorded_by")
CHUNK = 500


def _records(conn: Connection, office: int, entity: str) -> Iterable[tuple[str, dict[str, Any]]]:
    rows = conn.execute(
        select(RECORD.c.entity_id, RECORD.c.data).where(
            and_(RECORD.c.office_id == office, RECORD.c.entity == entity, RECORD.c.deleted.is_(False))
        )
    )
    for entity_id, text in rows:
        yield entity_id, json.loads(text)


def _candidates(conn: Connection, office: int, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(
            select(RECORD.c.entity_id, RECORD.c.data).where(
                and_(
                    among(conn, RECORD.c.entity_id, ids[start : start + CHUNK]), RECORD.c.office_id == office
                )
            )
        )
        out.update({entity_id: json.loads(text) for entity_id, text in rows})
    return out


def export_attendance(engine: Engine, office_code: str, path: Path) -> int:
    with db.read(engine) as conn:
        office = office_id(conn, office_code)
        codes = {sid: str(data.get("code") or "") for sid, data in _records(conn, office, "opp_session")}
        attendance = [data for _, data in _records(conn, office, "opp_attendance")]
        people = _candidates(conn, office, sorted({str(a.get("candidate_id")) for a in attendance}))
    rows = []
    for a in attendance:
        person = people.get(str(a.get("candidate_id")), {})
        rows.append(
            {
                "session_code": codes.get(str(a.get("session_id")), ""),
                "candidate_id": a.get("candidate_id") or "",
                "registration_no": person.get("registration_no") or "",
                "nik": person.get("nik") or "",
                "status": a.get("status") or "",
                "checked_in_at": a.get("checked_in_at") or "",
                "recorded_by": a.get("recorded_by") or "",
            }
        )
    rows.sort(key=lambda r: (r["session_code"], r["registration_no"], r["candidate_id"]))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
