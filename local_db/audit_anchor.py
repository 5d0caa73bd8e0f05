"""The audit log's anchor at the central service, desktop side.

With each push the desktop sends its audit chain's head (entries, newest hash) and, for the
head the centre last acknowledged, what its entry at that position hashes to now. The centre
keeps the head per device and answers `accepted` or `mismatch` (central_service/anchors.py).
An accepted head is kept here (`audit_anchor`), so `loket check` also finds a log truncated or
rewritten behind it (local_db/check_records.py), and the next push proves it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection

from local_db.database import Database
from local_db.journal import ANCHOR_SETTING, GENESIS
from local_db.repositories.settings import get_value, put_value


@dataclass(frozen=True, slots=True)
class AuditHead:
    length: int
    hash: str
    previous: tuple[int, str | None] | None  # the acknowledged length, and its entry's hash now

    def wire(self) -> dict[str, Any]:
        head: dict[str, Any] = {"length": self.length, "hash": self.hash}
        if self.previous is not None:
            head["previous"] = {"length": self.previous[0], "hash": self.previous[1]}
        return head


def _entry_hash(conn: Connection, position: int) -> str | None:
    if position <= 0:
        return GENESIS
    row = conn.exec_driver_sql(
        "SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ?", (position - 1,)
    ).first()
    return None if row is None else str(row[0])


def current_head(db: Database) -> AuditHead:
    with db.read() as conn:
        length = int(conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one())
        newest = _entry_hash(conn, length) or GENESIS
        kept = get_value(conn, ANCHOR_SETTING)
        previous = None
        if kept is not None:
            anchored = int(orjson.loads(kept)["length"])
            previous = (anchored, _entry_hash(conn, anchored))
    return AuditHead(length, newest, previous)


def acknowledge(db: Database, head: AuditHead) -> None:
    """The centre accepted `head`: it is the anchor from now on."""
    with db.write() as conn:
        put_value(conn, ANCHOR_SETTING, orjson.dumps({"hash": head.hash, "length": head.length}).decode())
