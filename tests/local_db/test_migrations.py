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
