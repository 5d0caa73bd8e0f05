"""The hash of a synced record's content, as the audit log keeps it after every change.

Each audit entry of a record (candidate, OPP session, attendance) holds the hash of the
record's stored content right after the change; `loket check` recomputes it from the row as it
is now, so a record edited outside the application (an SQL editor) no longer matches its last
entry and is named. The entry's hash covers the content hash, so it cannot be changed along.

Content is every stored wire column (`extra` included) but the sync bookkeeping (versions,
states, times) and derived columns (`name_norm`). It is hashed in two steps because bulk import
encodes rows in a helper process before the writer gives them registration numbers: the
helper hashes everything but the number (`inner_digest`), the writer adds the number
(`content_hash`). Every other path hashes the stored row (`stored_content_hashes`), so every
writer of a record, today's and tomorrow's, is covered by `journal.append` alone.

Values are encoded with orjson as a list: strings, numbers and null stay distinct, and a row
read back from SQLite encodes exactly as the values that were written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Table, select

from domain.candidate import CANDIDATE_FIELDS
from domain.opp import ATTENDANCE_FIELDS, SESSION_FIELDS
from local_db.models import CANDIDATE_T, OPP_ATTENDANCE_T, OPP_SESSION_T

ABSENT = "absent"  # the content hash of a record that no longer exists
CONTENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "candidate": (*(f for f in CANDIDATE_FIELDS if f != "registration_no"), "extra"),
    "opp_session": (*SESSION_FIELDS, "extra"),
    "opp_attendance": (*ATTENDANCE_FIELDS, "extra"),
}
TABLES: dict[str, Table] = {
    "candidate": CANDIDATE_T,
    "opp_session": OPP_SESSION_T,
    "opp_attendance": OPP_ATTENDANCE_T,
}
_CHUNK = 500
_sha256 = hashlib.sha256
_dumps = orjson.dumps


def inner_digest(values: Sequence[Any]) -> str:
    """The hash of a record's content columns (`CONTENT_COLUMNS` order), number left out."""
    return _sha256(_dumps(values)).hexdigest()


def content_hash(inner: str, registration_no: str | None) -> str:
    return _sha256(f"{inner}\x1f{registration_no or ''}".encode()).hexdigest()


def row_content_hash(entity: str, row: Sequence[Any]) -> str:
    """`row`: the registration number (None for OPP records), then the content columns."""
    return content_hash(inner_digest(list(row[1:])), row[0])


def _selected(table: Table, entity: str) -> list[Any]:
    number = table.c.registration_no if entity == "candidate" else None
    return [table.c.id, number, *(table.c[c] for c in CONTENT_COLUMNS[entity])]


def stored_content_hashes(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, str]:
    """The content hash of each stored record of `ids` (ABSENT for one that does not exist)."""
    table = TABLES[entity]
    wanted = list(dict.fromkeys(ids))
    found: dict[str, str] = dict.fromkeys(wanted, ABSENT)
    columns = _selected(table, entity)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in conn.execute(select(*(c for c in columns if c is not None)).where(table.c.id.in_(chunk))):
            values = list(row)
            if columns[1] is None:
                values.insert(1, None)
            found[values[0]] = row_content_hash(entity, values[1:])
    return found


def all_content_hashes(conn: Connection, entity: str) -> Iterable[tuple[str, str, Mapping[Any, Any]]]:
    """(id, content hash, the row by column name) of every stored record of `entity` (for
    `loket check`: ~2 µs a record)."""
    table = TABLES[entity]
    numbered = entity == "candidate"
    columns = [c for c in _selected(table, entity) if c is not None]
    for row in conn.execute(select(*columns)).yield_per(2000):
        if numbered:
            digest = _sha256(f"{_sha256(_dumps(row[2:])).hexdigest()}\x1f{row[1] or ''}".encode()).hexdigest()
        else:
            digest = _sha256(f"{_sha256(_dumps(row[1:])).hexdigest()}\x1f".encode()).hexdigest()
        yield str(row[0]), digest, row._mapping
