"""outbox rows of imported candidates hold the record by reference until it changes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

An imported candidate's first outbox row no longer stores a copy of the record: its `data`
is NULL, meaning "the candidate row as it is now". That is exact only while the row is
unchanged, so a trigger copies the row into every such outbox row, as JSON, before any of
the record's fields change or the row is deleted (docs/decisions.md, "Outbox rows by
reference"). The trigger's JSON is the record's wire data: the same keys and values as
`record_from_row(...).data` (tests/local_db/test_outbox_reference.py holds them equal, so a
new wire field cannot be forgotten here).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RECORD_JSON = """json_set(
        coalesce(OLD.extra, '{}'),
        '$.address_line', OLD.address_line,
        '$.birth_date', OLD.birth_date,
        '$.birth_place', OLD.birth_place,
        '$.destination_country', OLD.destination_country,
        '$.documents', json(OLD.documents),
        '$.education', OLD.education,
        '$.email', OLD.email,
        '$.employer_name', OLD.employer_name,
        '$.full_name', OLD.full_name,
        '$.heir_name', OLD.heir_name,
        '$.heir_phone', OLD.heir_phone,
        '$.heir_relationship', OLD.heir_relationship,
        '$.job_position', OLD.job_position,
        '$.kk_number', OLD.kk_number,
        '$.marital_status', OLD.marital_status,
        '$.nik', OLD.nik,
        '$.p3mi_id', OLD.p3mi_id,
        '$.phone', OLD.phone,
        '$.registered_at', OLD.registered_at,
        '$.registered_by', OLD.registered_by,
        '$.registration_no', OLD.registration_no,
        '$.religion', OLD.religion,
        '$.scheme', OLD.scheme,
        '$.sector', OLD.sector,
        '$.sex', OLD.sex,
        '$.status', OLD.status,
        '$.village_code', OLD.village_code
    )"""
_COPY = f"""
    UPDATE outbox_change SET data = {_RECORD_JSON}
    WHERE entity_id = OLD.id AND entity = 'candidate' AND data IS NULL;"""


def upgrade() -> None:
    with op.batch_alter_table("outbox_change", schema=None) as batch_op:
        batch_op.alter_column("data", existing_type=sa.Text(), nullable=True)
    op.execute(
        "CREATE TRIGGER outbox_copy_before_candidate_update "
        "BEFORE UPDATE OF address_line, birth_date, birth_place, destination_country, documents, education, email, employer_name, full_name, heir_name, heir_phone, heir_relationship, job_position, kk_number, marital_status, nik, p3mi_id, phone, registered_at, registered_by, registration_no, religion, scheme, sector, sex, status, village_code, extra ON candidate BEGIN"
        + _COPY
        + " END"
    )
    op.execute(
        "CREATE TRIGGER outbox_copy_before_candidate_delete BEFORE DELETE ON candidate BEGIN" + _COPY + " END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER outbox_copy_before_candidate_delete")
    op.execute("DROP TRIGGER outbox_copy_before_candidate_update")
    op.execute(
        f"UPDATE outbox_change SET data = (SELECT {_RECORD_JSON.replace('OLD.', 'c.')} "
        "FROM candidate c WHERE c.id = outbox_change.entity_id) WHERE data IS NULL"
    )
    with op.batch_alter_table("outbox_change", schema=None) as batch_op:
        batch_op.alter_column("data", existing_type=sa.Text(), nullable=False)
