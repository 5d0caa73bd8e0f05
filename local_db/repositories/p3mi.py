"""The placement companies (P3MI) pulled from the central service, for pickers and receipts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from local_db.database import Database
from local_db.models import P3MI_T


@dataclass(frozen=True, slots=True)
class PlacementCompany:
    id: str
    name: str
    licence_no: str
    active: bool


class PlacementCompanies:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, including: str | None = None) -> list[PlacementCompany]:
        """Active companies by name, plus `including` (a record's company) even if inactive."""
        query = select(P3MI_T.c.id, P3MI_T.c.name, P3MI_T.c.licence_no, P3MI_T.c.active).order_by(
            P3MI_T.c.name
        )
        with self._db.read() as conn:
            rows = conn.execute(query).all()
        return [
            PlacementCompany(r.id, r.name, r.licence_no, bool(r.active))
            for r in rows
            if r.active or r.id == including
        ]

    def get(self, company_id: str) -> PlacementCompany | None:
        with self._db.read() as conn:
            row = conn.execute(
                select(P3MI_T.c.id, P3MI_T.c.name, P3MI_T.c.licence_no, P3MI_T.c.active).where(
                    P3MI_T.c.id == company_id
                )
            ).first()
        return PlacementCompany(row.id, row.name, row.licence_no, bool(row.active)) if row else None
