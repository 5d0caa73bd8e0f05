"""Tamper evidence that holds: `loket check` names a record edited in SQL, the newest audit
entries removed, and an entry edited with the chain recomputed without the store's key."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from bench.datagen import write_csv
from local_db.check import check_store
from local_db.store import Store
from tests.central_service.support import nik
from tests.conftest import valid_candidate
from tests.desktop_app.cli_helpers import loket
from tests.sync.workload import OP


def edit(db: Path, sql: str, *params: object) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(sql, params)


def codes(store: Store) -> list[tuple[str, str]]:
    return [(p.code, p.detail) for p in check_store(store.db)]


def test_a_clean_store_with_imports_saves_and_edits_is_healthy(store: Store, tmp_path: Path) -> None:
    from local_db.tabular.candidate_import import CandidateImporter

    CandidateImporter(store.db, store.rules, store.settings).run(write_csv(tmp_path / "in.csv", 30), OP)
    record = store.candidates.create(valid_candidate(nik=nik()), OP).record
    store.candidates.update(record.id, {"phone": "081298765432"}, OP, record.version)
    assert codes(store) == []


@pytest.mark.parametrize("how", ["imported", "saved"])
def test_a_candidates_nik_and_name_edited_in_sql_are_detected_and_named(
    data_dir: Path, tmp_path: Path, how: str
) -> None:
    source = write_csv(tmp_path / "in.csv", 5)
    if how == "imported":
        assert loket(data_dir, "import", "candidates", str(source)).code == 0
    else:
        from tests.sync.test_cli import add_candidate

        add_candidate(data_dir)
    with sqlite3.connect(data_dir / "loket.db") as conn:
        record_id, number = conn.execute("SELECT id, registration_no FROM candidate LIMIT 1").fetchone()
    edit(
        data_dir / "loket.db",
        "UPDATE candidate SET nik = '3171010101900009', full_name = 'Orang Lain' WHERE id = ?",
        record_id,
    )
    result = loket(data_dir, "check")
    assert result.code == 1
    assert (
        f"record_changed: candidate {number} (id {record_id}): nik, full_name changed outside the application"
        in result.out
    )
    assert result.out.strip().endswith("1 problems found; make a backup and contact your administrator.")


def test_removing_the_newest_audit_entry_is_detected(data_dir: Path) -> None:
    from tests.sync.test_cli import add_candidate

    add_candidate(data_dir)
    add_candidate(data_dir)
    edit(data_dir / "loket.db", "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    result = loket(data_dir, "check")
    assert result.code == 1
    assert "audit_truncated: the audit log holds 1 entries; 1 newest were removed" in result.out
    assert "record_without_audit: candidate" in result.out  # the record it created has none now


def test_an_entry_edited_with_the_chain_recomputed_without_the_key_is_detected(data_dir: Path) -> None:
    from tests.sync.test_cli import add_candidate

    add_candidate(data_dir)
    add_candidate(data_dir)
    with sqlite3.connect(data_dir / "loket.db") as conn:
        rows = conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, change, content_hash FROM audit_entry ORDER BY id"
        ).fetchall()
        prev = "0" * 64
        for i, (entry_id, at, stored_actor, action, entity, entity_id, change, content) in enumerate(rows):
            actor = "someone-else" if i == 0 else stored_actor  # the edit
            payload = "\x1f".join((prev, at, actor, action, entity, entity_id, change, content or ""))
            digest = hashlib.sha256(payload.encode()).hexdigest()  # a whole chain, but without the key
            conn.execute(
                "UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (actor, prev, digest, entry_id),
            )
            prev = digest
        conn.execute(
            "UPDATE setting SET value = json_set(value, '$.hash', ?) WHERE key = 'audit_head'", (prev,)
        )
    result = loket(data_dir, "check")
    assert result.code == 1
    assert f"audit_chain: entry {rows[0][0]}: content does not match its hash" in result.out
    assert f"audit_chain: entry {rows[1][0]}: content does not match its hash" in result.out


def test_the_writers_inlined_hmac_is_the_librarys(store: Store) -> None:
    """journal.append and verify_chain compute HMAC-SHA256 from precomputed pad states; the
    migration and anyone auditing the file use `chain_hash` (the library's hmac.digest)."""
    from local_db.journal import GENESIS, chain_hash, chain_key

    store.candidates.create(valid_candidate(nik=nik()), OP)
    with store.db.write() as conn:
        key = chain_key(conn)
        rows = conn.exec_driver_sql(
            "SELECT at, actor, action, entity, entity_id, change, content_hash, prev_hash, hash "
            "FROM audit_entry ORDER BY id"
        ).all()
    prev = GENESIS
    for at, actor, action, entity, entity_id, change, content, prev_hash, digest in rows:
        assert prev_hash == prev
        assert chain_hash(key, prev, at, actor, action, entity, entity_id, change, content) == digest
        prev = digest
