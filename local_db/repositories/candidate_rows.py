"""Conversion between candidate table rows and the frozen values repositories return."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, delete, insert

from domain.names import name_words, normalise_name
from local_db.candidate_wire import wire_columns, wire_data
from local_db.models import CANDIDATE_T, NAME_WORD_T

CANDIDATE = CANDIDATE_T
NAME_WORD = NAME_WORD_T


@dataclass(frozen=True, slots=True)
class CandidateRecord:
    id: str
    data: Mapping[str, Any]  # the wire fields of docs/contract/SYNC_PROTOCOL.md
    version: int
    server_version: int | None
    sync_state: str
    updated_at: str

    def __getitem__(self, field: str) -> Any:
        return self.data[field]


def record_from_row(row: Mapping[Any, Any]) -> CandidateRecord:
    return CandidateRecord(
        row["id"],
        MappingProxyType(wire_data(row)),
        row["version"],
        row["server_version"],
        row["sync_state"],
        row["updated_at"],
    )


def row_from_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """Table columns for a record's wire data (sync columns are the caller's)."""
    row = wire_columns(data)
    row["name_norm"] = normalise_name(data.get("full_name") or "")
    return row


def write_words(conn: Connection, candidate_id: str, old_name: str | None, new_name: str) -> None:
    """Keep a candidate's name-search words in step with its name (`old_name`: None if new).

    Words are removed by their primary key (word, candidate id): the table has no index on the
    candidate id alone, so deleting by it would scan every word of every candidate (~50 ms at
    100,000 candidates, for each record a pull brings)."""
    old = set(name_words(old_name)) if old_name is not None else set()
    new = set(name_words(new_name))
    gone, added = old - new, new - old
    if gone:
        conn.execute(
            delete(NAME_WORD).where(
                NAME_WORD.c.candidate_id == candidate_id, NAME_WORD.c.word.in_(sorted(gone))
            )
        )
    if added:
        conn.execute(insert(NAME_WORD), [{"word": w, "candidate_id": candidate_id} for w in sorted(added)])
