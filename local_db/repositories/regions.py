"""The Kemendagri region table: loaded once from `domain.regions`, then queried."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from domain.regions import SOURCE_VERSION, iter_regions
from local_db.database import Database
from local_db.models import REGION_T
from local_db.repositories.settings import SettingKey, get_value, put_value

REGION = REGION_T


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    name: str
    level: int
    parent_code: str | None
    postal_code: str | None


class Regions:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._villages: frozenset[str] | None = None

    def ensure_loaded(self) -> bool:
        """Load the bundled table if this store has not got this version of it. True if loaded."""
        with self._db.read() as conn:
            if get_value(conn, SettingKey.REGION_TABLE_VERSION) == SOURCE_VERSION:
                return False
        rows = [
            {
                "code": r.code,
                "name": r.name,
                "level": r.level,
                "parent_code": r.parent_code,
                "postal_code": r.postal_code,
            }
            for r in iter_regions()
        ]
        with self._db.write() as conn:
            conn.execute(delete(REGION))
            conn.execute(insert(REGION), rows)
            put_value(conn, SettingKey.REGION_TABLE_VERSION, SOURCE_VERSION)
        self._villages = None
        return True

    def exists(self, code: str) -> bool:
        """For dotted or undotted codes of any level."""
        code = code.replace(".", "")
        if self._villages is not None and len(code) == 10:
            return code in self._villages
        with self._db.read() as conn:
            return conn.execute(select(REGION.c.code).where(REGION.c.code == code)).first() is not None

    def village_codes(self) -> frozenset[str]:
        """Every village code, kept in memory after the first call (bulk validation)."""
        if self._villages is None:
            with self._db.read() as conn:
                # Plain driver rows: ~80,000 codes, and SQLAlchemy's row objects triple the cost.
                rows = conn.exec_driver_sql("SELECT code FROM region WHERE level = 4")
                self._villages = frozenset(code for (code,) in rows.cursor.fetchall())
        return self._villages

    def get(self, code: str) -> RegionRow | None:
        with self._db.read() as conn:
            row = conn.execute(select(REGION).where(REGION.c.code == code.replace(".", ""))).first()
        return RegionRow(*row) if row else None

    def children(self, parent_code: str | None) -> list[RegionRow]:
        """Provinces for None; else the direct children, by name."""
        where = REGION.c.level == 1 if parent_code is None else REGION.c.parent_code == parent_code
        with self._db.read() as conn:
            rows = conn.execute(select(REGION).where(where).order_by(REGION.c.name)).all()
        return [RegionRow(*r) for r in rows]

    def path(self, code: str) -> list[RegionRow]:
        """The region and its parents, province first."""
        digits = code.replace(".", "")
        prefixes = [digits[:n] for n in (2, 4, 6, 10) if n <= len(digits)]
        with self._db.read() as conn:
            rows = conn.execute(select(REGION).where(REGION.c.code.in_(prefixes))).all()
        return sorted((RegionRow(*r) for r in rows), key=lambda r: r.level)

    def count(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(REGION)).scalar_one())
