"""Empty database → head; the models match the migrations; one head; backups before migrating;
a database already at head is opened without Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from local_db.backup import list_backups
from local_db.database import Database
from local_db.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    heads,
    stamped_revisions,
    upgrade,
)

ROOT = Path(__file__).resolve().parents[2]


def test_empty_database_to_head_then_alembic_check_finds_nothing(tmp_path: Path) -> None:
    db = Database(tmp_path / "loket.db")
    assert upgrade(db.engine, db.path, tmp_path / "backups") is None  # nothing to back up yet
    assert current_revision(db.engine) == heads(db.engine)[0]
    command.check(alembic_config(db.engine))  # raises if autogenerate would emit anything
    db.close()


def test_exactly_one_head(tmp_path: Path) -> None:
    db = Database(tmp_path / "loket.db")
    assert len(ScriptDirectory.from_config(alembic_config(db.engine)).get_heads()) == 1
    db.close()


def test_head_revision_constant_is_alembics_head(tmp_path: Path) -> None:
    """A new migration must move `HEAD_REVISION`, or databases at the old head would skip it."""
    db = Database(tmp_path / "loket.db")
    assert ScriptDirectory.from_config(alembic_config(db.engine)).get_heads() == [HEAD_REVISION]
    db.close()


def test_fresh_database_is_migrated_and_a_head_database_is_left_alone(tmp_path: Path) -> None:
    db = Database(tmp_path / "loket.db")
    assert stamped_revisions(db.engine) == ()
    assert upgrade(db.engine, db.path, tmp_path / "backups") is None
    assert stamped_revisions(db.engine) == (HEAD_REVISION,)
    assert current_revision(db.engine) == HEAD_REVISION
    assert upgrade(db.engine, db.path, tmp_path / "backups") is None
    assert list_backups(tmp_path / "backups") == []
    db.close()


def test_opening_a_head_database_does_not_import_alembic(tmp_path: Path) -> None:
    db = Database(tmp_path / "loket.db")
    upgrade(db.engine, db.path, tmp_path / "backups")
    db.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from local_db.database import Database\n"
        "from local_db.migrate import upgrade\n"
        "db = Database(Path(sys.argv[1]))\n"
        "assert upgrade(db.engine, db.path, Path(sys.argv[2])) is None\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "loket.db"), str(tmp_path / "backups")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert done.stdout.strip() == "[]"
    assert list_backups(tmp_path / "backups") == []


def test_pending_migration_backs_up_an_existing_file(tmp_path: Path) -> None:
    db = Database(tmp_path / "loket.db")
    first = ScriptDirectory.from_config(alembic_config(db.engine)).get_base()
    command.upgrade(alembic_config(db.engine), str(first))
    if heads(db.engine)[0] != first:
        assert upgrade(db.engine, db.path, tmp_path / "backups") is not None
        assert list_backups(tmp_path / "backups")
    db.close()


def test_database_file_is_owner_only(tmp_path: Path) -> None:
    db = Database(tmp_path / "loket.db")
    assert (db.path.stat().st_mode & 0o777) == 0o600
    db.close()


def test_a_store_with_records_upgrades_from_the_first_revision_without_losing_any(tmp_path: Path) -> None:
    """0002 (outbox data may be NULL, copy triggers) and 0003 (words without a foreign key)
    rebuild tables of a store that already holds records: every row must come through."""
    db = Database(tmp_path / "loket.db")
    command.upgrade(alembic_config(db.engine), "0001")
    cid = "01a21f60-001c-7866-8000-0126cdbc7ba6"
    columns = {
        "id": cid, "registration_no": "26-ABCDEF-00001", "nik": "3601015505990001",
        "full_name": "Siti Aminah", "name_norm": "siti aminah", "birth_place": "Serang",
        "birth_date": "1999-05-15", "sex": "F", "phone": "+6281234567890",
        "village_code": "3601012001", "address_line": "Kp. A", "heir_name": "Ahmad",
        "heir_relationship": "suami", "scheme": "p_to_p", "destination_country": "MY",
        "sector": "informal", "job_position": "PLRT", "documents": "{}", "status": "registered",
        "registered_at": "2026-11-20T02:00:00Z", "registered_by": "op", "version": 1,
        "sync_state": "pending", "created_at": "2026-11-20T02:00:00Z",
        "updated_at": "2026-11-20T02:00:00Z",
    }  # fmt: skip
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO candidate ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            tuple(columns.values()),
        )
        conn.exec_driver_sql("INSERT INTO candidate_name_word VALUES ('aminah', ?), ('siti', ?)", (cid, cid))
        conn.exec_driver_sql(
            "INSERT INTO outbox_change (change_id, entity, entity_id, op, recorded_at, data, state, "
            "attempts) VALUES ('c1', 'candidate', ?, 'upsert', '2026-11-20T02:00:00Z', '{\"a\":1}', "
            "'pending', 0)",
            (cid,),
        )
    assert upgrade(db.engine, db.path, tmp_path / "backups") is not None  # backed up first
    with db.engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM candidate").scalar() == 1
        words = conn.exec_driver_sql("SELECT word FROM candidate_name_word ORDER BY word").all()
        assert [w[0] for w in words] == ["aminah", "siti"]
        assert conn.exec_driver_sql("SELECT data FROM outbox_change").scalar() == '{"a":1}'
        assert conn.exec_driver_sql("PRAGMA foreign_key_list(candidate_name_word)").all() == []
        conn.exec_driver_sql("DELETE FROM candidate WHERE id = ?", (cid,))  # the triggers' turn
        assert conn.exec_driver_sql("SELECT count(*) FROM candidate_name_word").scalar() == 0
    db.close()


def test_0004_keys_the_chain_baselines_records_and_keeps_an_earlier_break(
    tmp_path: Path, template_db: Path
) -> None:
    """A store at 0003 with records and an unkeyed chain: after 0004 `check` is healthy and a
    later SQL edit is named; a chain already broken before stays reported."""
    import shutil

    from local_db.check import check_store
    from local_db.journal import legacy_chain_hash
    from local_db.store import open_store
    from tests.central_service.support import nik
    from tests.conftest import valid_candidate
    from tests.sync.workload import OP

    for broken in (False, True):
        folder = tmp_path / f"broken-{broken}"
        folder.mkdir()
        shutil.copy(template_db, folder / "loket.db")
        store = open_store(folder / "loket.db", folder / "backups")
        ids = [store.candidates.create(valid_candidate(nik=nik()), OP).record.id for _ in range(2)]
        store.close()
        db = Database(folder / "loket.db")
        command.downgrade(alembic_config(db.engine), "0003")
        with db.engine.begin() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, at, actor, action, entity, entity_id, change, hash FROM audit_entry ORDER BY id"
            ).all()
            assert rows and rows[-1][7] == legacy_chain_hash(
                conn.exec_driver_sql("SELECT prev_hash FROM audit_entry ORDER BY id DESC").scalar(),
                *rows[-1][1:7],
            )
            if broken:
                conn.exec_driver_sql("UPDATE audit_entry SET actor = 'x' WHERE id = ?", (rows[0][0],))
        upgrade(db.engine, db.path, folder / "backups")
        problems = [(p.code, p.detail) for p in check_store(db)]
        if broken:
            assert problems == [
                ("audit_chain", f"the audit log was already broken before it was keyed (entry {rows[0][0]})")
            ]
        else:
            assert problems == []
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE candidate SET phone = '081200000000' WHERE id = ?", (ids[1],))
        assert [p.code for p in check_store(db)][-1] == "record_changed"
        db.close()
