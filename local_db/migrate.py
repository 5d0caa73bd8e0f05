"""Alembic migrations shipped inside the package and run in-process at start-up.

The `Config` is built in code (no alembic.ini to lose in a bundle). Migrations run on their
own connection with foreign keys off, in batch mode (SQLite cannot ALTER most things).
Before a pending migration touches an existing file, the file is backed up.

Importing Alembic costs ~0.1 s, which every `loket` command paid even on a database already
at head. `upgrade` therefore first reads `alembic_version` with plain SQL and compares it
with `HEAD_REVISION`; only a database that differs goes through Alembic. A test checks the
constant against Alembic's own head, so a new migration cannot forget to move it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from local_db.backup import rotating_backup

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0004"  # the newest file in migrations/versions; tests compare it with Alembic


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def heads(engine: Engine) -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    return tuple(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stamped_revisions(engine: Engine) -> tuple[str, ...]:
    """What `alembic_version` holds, read without Alembic; empty when the table is missing."""
    with engine.connect() as conn:
        table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if table is None:
            return ()
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return tuple(sorted(str(row[0]) for row in rows))


def is_at_head(engine: Engine) -> bool:
    return stamped_revisions(engine) == (HEAD_REVISION,)


def is_pending(engine: Engine) -> bool:
    return current_revision(engine) not in heads(engine)


def upgrade(engine: Engine, db_path: Path, backup_folder: Path, key: bytes | None = None) -> Path | None:
    """Upgrade to head; returns the backup made first, if the file already held data."""
    if is_at_head(engine) or not is_pending(engine):
        return None
    backup = None
    if current_revision(engine) is not None:
        backup = rotating_backup(db_path, backup_folder, "pre-migration", key=key)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return backup
