"""A record stored by the page-at-a-time writer (`pull_rows`) is the very row, and the very name
words, that the one-record path (`write_server_copy`) stores: if the two drift apart, make them
agree again (both build columns with `row_from_data` / `opp_row`)."""

from __future__ import annotations

import uuid

from bench.datagen import wire_candidate
from local_db.repositories.pull_rows import FreshRecords
from local_db.repositories.server_copy import write_server_copy
from local_db.store import Store
from tests.central_service.support import attendance_data, nik, session_data

AT = "2026-11-28T01:02:03Z"


def _rows(store: Store, table: str, ids: list[str]) -> list[tuple[object, ...]]:
    marks = ",".join("?" * len(ids))
    with store.db.read() as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(
                f"SELECT * FROM {table} WHERE id IN ({marks}) ORDER BY id", tuple(ids)
            )
        ]


def _words(store: Store, ids: list[str]) -> list[tuple[object, ...]]:
    marks = ",".join("?" * len(ids))
    with store.db.read() as conn:
        sql = f"SELECT word, candidate_id FROM candidate_name_word WHERE candidate_id IN ({marks}) ORDER BY 1, 2"
        return [tuple(r) for r in conn.exec_driver_sql(sql, tuple(ids))]


def test_the_page_writer_stores_what_the_record_writer_stores(store: Store) -> None:
    candidates = {
        str(uuid.uuid4()): {**wire_candidate(nik=nik(), registration_no=f"R-{i}"), "notes": "kept"}
        for i in range(3)
    }
    session_id = str(uuid.uuid4())
    candidate_id = next(iter(candidates))
    attendance_id = str(uuid.uuid4())
    records = [
        *(("candidate", cid, data) for cid, data in candidates.items()),
        ("opp_session", session_id, session_data(code="OPP-X")),
        ("opp_attendance", attendance_id, attendance_data(session_id, candidate_id)),
    ]
    fresh = FreshRecords()
    for entity, record_id, data in reversed(records):  # attendance first: the writer orders them
        fresh.add(entity, record_id, 3, data)
    with store.db.write() as conn:
        fresh.insert(conn, AT)
    paged = {t: _rows(store, t, ids) for t, ids in _ids(records).items()}
    paged_words = _words(store, list(candidates))
    with store.db.write() as conn:
        conn.exec_driver_sql("DELETE FROM opp_attendance")
        conn.exec_driver_sql("DELETE FROM opp_session")
        conn.exec_driver_sql("DELETE FROM candidate")
        conn.exec_driver_sql("DELETE FROM candidate_name_word")
        for entity, record_id, data in records:
            write_server_copy(conn, entity, record_id, 3, data, AT)
    assert paged == {t: _rows(store, t, ids) for t, ids in _ids(records).items()}
    assert paged_words == _words(store, list(candidates)) and paged_words


def _ids(records: list[tuple[str, str, dict[str, object]]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entity, record_id, _ in records:
        out.setdefault(entity, []).append(record_id)
    return out
