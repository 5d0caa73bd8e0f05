"""Alembic migrations shipped inside the package and run in-process at start-up.

The `Config` is built in code (no alembic.ini to lose in a bundle). Migrations run on their
own connection with foreign keys off, in batch mode (SQLite cannot ALTER most things).
Before a pending migration touches an existing file, the file is backed up.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from local_db.backup import rotating_backup

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def heads(engine: Engine) -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_pending(engine: Engine) -> bool:
    return current_revision(engine) not in heads(engine)


def upgrade(engine: Engine, db_path: Path, backup_folder: Path) -> Path | None:
    """Upgrade to head; returns the backup made first, if the file already held data."""
    if not is_pending(engine):
        return None
    backup = None
    if current_revision(engine) is not None:
        backup = rotating_backup(db_path, backup_folder, "pre-migration")
    command.upgrade(alembic_config(engine), "head")
    return backup
