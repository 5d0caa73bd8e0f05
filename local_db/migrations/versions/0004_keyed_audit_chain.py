"""keyed audit chain with the content hash of each record after each change

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Adds `audit_entry.content_hash` and re-keys the chain: each entry's hash becomes an HMAC under
a random key kept in the store (`setting.audit_chain_key`), covering the content hash too
(local_db/journal.py). The old unkeyed chain is checked first; if it was already broken, where
is kept in `setting.audit_legacy_break` and `loket check` keeps reporting it (re-keying must
not launder earlier tampering). Each record's latest entry gets the hash of the record as it is
at the upgrade: from here on, a change outside the application is detected.

It uses the application's own definitions (journal, content_hash) as they are at this revision;
a later change to either needs a migration of its own.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from local_db.content_hash import TABLES, all_content_hashes
from local_db.journal import GENESIS, chain_hash, chain_key, legacy_chain_hash, write_head
from local_db.repositories.settings import SettingKey

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEGACY_BREAK = SettingKey.AUDIT_LEGACY_BREAK
_ROWS = "SELECT id, at, actor, action, entity, entity_id, change, content_hash, prev_hash, hash FROM audit_entry ORDER BY id"


def _legacy_break(conn: sa.Connection) -> str | None:
    prev = GENESIS
    for entry_id, at, actor, action, entity, entity_id, change, _, prev_hash, digest in conn.exec_driver_sql(
        _ROWS
    ):
        if (
            prev_hash != prev
            or legacy_chain_hash(prev_hash, at, actor, action, entity, entity_id, change) != digest
        ):
            return f"entry {entry_id}"
        prev = digest
    return None


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("content_hash", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    broken = _legacy_break(conn)
    if broken is not None:
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (LEGACY_BREAK, broken))
    for entity in TABLES:
        latest = dict(
            conn.exec_driver_sql(
                "SELECT entity_id, max(id) FROM audit_entry WHERE entity = ? GROUP BY entity_id", (entity,)
            ).all()
        )
        updates = [
            (digest, latest[record_id])
            for record_id, digest, _ in all_content_hashes(conn, entity)
            if record_id in latest
        ]
        if updates:
            conn.exec_driver_sql("UPDATE audit_entry SET content_hash = ? WHERE id = ?", updates)
    key = chain_key(conn)
    prev = GENESIS
    rekeyed = []
    for entry_id, at, actor, action, entity, entity_id, change, content, _, _ in conn.exec_driver_sql(
        _ROWS
    ).all():
        digest = chain_hash(key, prev, at, actor, action, entity, entity_id, change, content)
        rekeyed.append((prev, digest, entry_id))
        prev = digest
    if rekeyed:
        conn.exec_driver_sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", rekeyed)
    write_head(conn, len(rekeyed), prev)


def downgrade() -> None:
    conn = op.get_bind()
    prev = GENESIS
    rows = conn.exec_driver_sql(_ROWS).all()
    legacy = []
    for entry_id, at, actor, action, entity, entity_id, change, _, _, _ in rows:
        digest = legacy_chain_hash(prev, at, actor, action, entity, entity_id, change)
        legacy.append((prev, digest, entry_id))
        prev = digest
    if legacy:
        conn.exec_driver_sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", legacy)
    keys = (SettingKey.AUDIT_CHAIN_KEY, SettingKey.AUDIT_HEAD, SettingKey.AUDIT_ANCHOR, LEGACY_BREAK)
    conn.exec_driver_sql("DELETE FROM setting WHERE key IN (?, ?, ?, ?)", tuple(str(k) for k in keys))
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("content_hash")
