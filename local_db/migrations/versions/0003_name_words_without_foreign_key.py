"""name words without a foreign key; a trigger removes a deleted candidate's words

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

`candidate_name_word` is derived from `candidate.name_norm`, written only by the repositories
(`write_words`) and the bulk import. Its foreign key made SQLite look the candidate up for
every word inserted: ~0.13 s of a 100,000-row import. The cascade it gave is now a trigger,
and `loket check` looks for orphan words instead of `PRAGMA foreign_key_check`.
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidate_name_word", schema=None) as batch_op:
        batch_op.drop_constraint("fk_candidate_name_word_candidate_id_candidate", type_="foreignkey")
    op.execute(
        "CREATE TRIGGER name_words_after_candidate_delete AFTER DELETE ON candidate BEGIN "
        "DELETE FROM candidate_name_word WHERE candidate_id = OLD.id; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER name_words_after_candidate_delete")
    with op.batch_alter_table("candidate_name_word", schema=None) as batch_op:
        batch_op.create_foreign_key(
            "fk_candidate_name_word_candidate_id_candidate",
            "candidate",
            ["candidate_id"],
            ["id"],
            ondelete="CASCADE",
        )
