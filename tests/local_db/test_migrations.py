"""Empty database → head; the models match the migrations; one head; backups before migrating."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from local_db.backup import list_backups
from local_db.database import Database
from local_db.migrate import alembic_config, current_revision, heads, upgrade


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
