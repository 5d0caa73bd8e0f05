"""Reading the audit log: the history of one record, newest first, for the detail view."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from local_db.database import Database
from local_db.models import AUDIT_T

AUDIT = AUDIT_T


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: str
    actor: str
    action: str
    change: dict[str, Any]


class AuditLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def history(self, entity: str, entity_id: str, limit: int = 500) -> list[AuditRecord]:
        """Entries about one record, newest first (the index on entity, entity_id serves this)."""
        query = (
            select(AUDIT.c.id, AUDIT.c.at, AUDIT.c.actor, AUDIT.c.action, AUDIT.c.change)
            .where(AUDIT.c.entity == entity, AUDIT.c.entity_id == entity_id)
            .order_by(AUDIT.c.id.desc())
            .limit(limit)
        )
        with self._db.read() as conn:
            rows = conn.execute(query).all()
        return [AuditRecord(r[0], r[1], r[2], r[3], _decode(r[4])) for r in rows]


def _decode(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
