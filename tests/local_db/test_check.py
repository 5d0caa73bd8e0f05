"""`check_store` on name-search words, which have no foreign key (migration 0003)."""

from __future__ import annotations

from domain.actor import Actor
from local_db.check import check_store
from local_db.store import Store
from tests.conftest import valid_candidate


def test_orphan_name_words_are_reported(store: Store, operator: Actor) -> None:
    record = store.candidates.create(valid_candidate(), operator).record
    assert check_store(store.db) == []
    with store.db.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO candidate_name_word VALUES ('ghost', 'no-such-candidate'), ('siti', ?)",
            (record.id + "x",),
        )
    problems = sorted((p.code, p.detail) for p in check_store(store.db))
    assert problems == sorted(
        [
            ("name_word_without_candidate", "candidate no-such-candidate"),
            ("name_word_without_candidate", f"candidate {record.id}x"),
        ]
    )
