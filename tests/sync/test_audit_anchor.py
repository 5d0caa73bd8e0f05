"""The audit chain's head travels with each sync and is kept by the centre per device: a log
truncated or rewritten behind an acknowledged head is found by `loket check` and by the centre
on the next sync, even when the attacker also rewrites the desktop's own bookkeeping."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.central_service.support import admin_engine
from tests.desktop_app.cli_helpers import loket
from tests.sync.support import Central
from tests.sync.test_cli import add_candidate, enrolled


def setting(db: Path, key: str) -> dict[str, object] | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def centre_anchor(central: Central) -> list[tuple[int, str, str | None]]:
    with admin_engine(central.db_url).connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT length, hash, problem FROM device_anchor"))]


def synced(data_dir: Path) -> None:
    result = loket(data_dir, "sync")
    assert result.code == 0, result.out + result.err


def test_a_log_truncated_after_an_anchored_sync_is_found_here_and_at_the_centre(
    central: Central, data_dir: Path
) -> None:
    office = central.new_office()
    enrolled(data_dir, central, office)
    for _ in range(3):
        add_candidate(data_dir)
    synced(data_dir)
    db = data_dir / "loket.db"
    anchor = setting(db, "audit_anchor")
    assert anchor is not None and anchor["length"] == 3
    before = [a for a in centre_anchor(central) if a[0] == 3]
    assert before and before[0][2] is None
    assert loket(data_dir, "check").code == 0

    # Remove the two newest entries and cover the tracks the desktop itself keeps.
    with sqlite3.connect(db) as conn:
        conn.execute(
            "DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT 2)"
        )
        newest = conn.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
        conn.execute(
            "UPDATE setting SET value = json_object('hash', ?, 'length', 1) WHERE key = 'audit_head'",
            (newest,),
        )
    check = loket(data_dir, "check")
    assert check.code == 1
    assert (
        "audit_anchor: the audit log holds 1 entries but 3 were confirmed by the central service: 2 were removed"
        in check.out
    )

    add_candidate(data_dir)  # something to send: the next sync carries the shrunk head
    synced(data_dir)
    (length, _, problem), *_ = [a for a in centre_anchor(central) if a[2] is not None]
    assert length == 3 and problem is not None and problem.startswith("audit log shrank from 3 to 2 entries")
    assert setting(db, "audit_anchor") == anchor  # not moved past the break


@pytest.mark.slow  # the real command several times; the truncation case stays fast
def test_history_rewritten_with_the_key_and_the_anchor_is_still_found_by_the_centre(
    central: Central, data_dir: Path
) -> None:
    """In a plain store the attacker can read the chain key: they rewrite an anchored entry, recompute
    the chain and the desktop's anchor. `check` is fooled; the centre is not."""
    from local_db.journal import chain_hash

    office = central.new_office()
    enrolled(data_dir, central, office)
    add_candidate(data_dir)
    add_candidate(data_dir)
    synced(data_dir)
    db = data_dir / "loket.db"
    with sqlite3.connect(db) as conn:
        key = bytes.fromhex(
            conn.execute("SELECT value FROM setting WHERE key = 'audit_chain_key'").fetchone()[0]
        )
        rows = conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, change, content_hash FROM audit_entry ORDER BY id"
        ).fetchall()
        prev = "0" * 64
        for i, (entry_id, at, actor, action, entity, entity_id, change, content) in enumerate(rows):
            who = "nobody" if i == 0 else actor
            digest = chain_hash(key, prev, at, who, action, entity, entity_id, change, content)
            conn.execute(
                "UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (who, prev, digest, entry_id),
            )
            prev = digest
        head = json.dumps({"hash": prev, "length": len(rows)})
        conn.execute("UPDATE setting SET value = ? WHERE key IN ('audit_head', 'audit_anchor')", (head,))
    assert loket(data_dir, "check").code == 0  # everything the desktop holds agrees

    add_candidate(data_dir)
    synced(data_dir)
    problems = [a[2] for a in centre_anchor(central) if a[2] is not None]
    assert any(p.startswith("audit entry 2 was rewritten") for p in problems), problems
