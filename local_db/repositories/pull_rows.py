"""Pulled records new to this PC, stored a page at a time.

A first pull brings an office's whole register: one statement per record (plus a lookup and
its name words) held it at ~1,300 records/s. Here the rows of a page are built in Python and
sent in one executemany per table, in the spirit of the import writer; candidates first, then
sessions, then attendance, which refers to both. Columns are the same as `write_server_copy`
writes for one record (tests/sync/test_pull_rows.py holds the two equal).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from domain.codes import Entity
from domain.names import words_of_normalised
from local_db.database import insert_rows, insert_tuples
from local_db.repositories.candidate_rows import NAME_WORD, row_from_data
from local_db.repositories.opp import opp_row
from local_db.repositories.server_copy import FIELDS, TABLES
from local_db.states import SyncState

ORDER = (Entity.CANDIDATE.value, Entity.OPP_SESSION.value, Entity.OPP_ATTENDANCE.value)


class FreshRecords:
    """Records of one page that this PC does not hold yet; a later version in the same page
    replaces an earlier one (the feed holds every change, not only the latest)."""

    def __init__(self) -> None:
        self._by_entity: dict[str, dict[str, tuple[int, Mapping[str, Any]]]] = {e: {} for e in ORDER}
        self._ids: set[str] = set()

    def holds(self, record_id: str) -> bool:
        return record_id in self._ids

    def discard(self, entity: str, record_id: str) -> None:
        """A record removed later in the same page: nothing to insert."""
        self._by_entity[entity].pop(record_id, None)
        self._ids.discard(record_id)

    def add(self, entity: str, record_id: str, version: int, data: Mapping[str, Any]) -> None:
        self._by_entity[entity][record_id] = (version, data)
        self._ids.add(record_id)

    def insert(self, conn: Connection, at: str) -> None:
        sent = SyncState.SENT.value
        for entity in ORDER:
            records = self._by_entity[entity]
            if not records:
                continue
            rows = []
            words: list[tuple[str, str]] = []
            for record_id, (version, data) in records.items():
                row = row_from_data(data) if entity == Entity.CANDIDATE else opp_row(data, FIELDS[entity])
                row.update(
                    id=record_id,
                    created_at=at,
                    version=version,
                    server_version=version,
                    sync_state=sent,
                    updated_at=at,
                )
                rows.append(row)
                if entity == Entity.CANDIDATE:
                    words.extend((w, record_id) for w in words_of_normalised(row["name_norm"]))
            insert_rows(conn, TABLES[entity], rows)
            words.sort()
            insert_tuples(conn, NAME_WORD, ("word", "candidate_id"), words)
