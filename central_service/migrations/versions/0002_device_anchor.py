"""device_anchor: the audit-chain head each desktop last sent with a push

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_anchor",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("anchored_at", sa.String(length=32), nullable=False),
        sa.Column("problem", sa.String(length=300), nullable=True),
        sa.Column("problem_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["device.id"], name=op.f("fk_device_anchor_device_id_device")),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_anchor")),
    )


def downgrade() -> None:
    op.drop_table("device_anchor")
