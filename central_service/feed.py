"""Each office's change feed: a sequence without gaps or reordering, even with many workers.

Every transaction that appends to an office's feed first locks that office's row
(`SELECT … FOR UPDATE` on PostgreSQL; SQLite has one writer at a time anyway) and holds the
lock until it commits. Sequence numbers are taken from `office.last_seq` under that lock, so
the transactions of one office commit one after another in sequence order: a reader can never
see seq n+1 before n is committed, and a rolled-back transaction gives its numbers back
instead of leaving a hole. The same lock serialises the writers of one office, which is what
makes the push's in-memory decisions safe (see `state`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from central_service.bulk import insert_rows
from central_service.models import FEED, OFFICE


def lock_office(conn: Connection, office_id: int) -> int:
    """Lock the office's feed for this transaction; returns its last sequence number."""
    row = conn.execute(select(OFFICE.c.last_seq).where(OFFICE.c.id == office_id).with_for_update()).one()
    return int(row.last_seq)


def append(conn: Connection, office_id: int, rows: list[dict[str, Any]], last_seq: int) -> int:
    """Append rows (already numbered after `last_seq`) and move the office's counter."""
    if not rows:
        return last_seq
    insert_rows(conn, FEED, rows)
    new_last = int(rows[-1]["seq"])
    conn.execute(update(OFFICE).where(OFFICE.c.id == office_id).values(last_seq=new_last))
    return new_last
