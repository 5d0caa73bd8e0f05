"""Tables of the central service (its own; the desktop's store is another package).

Records of all three entities live in one `record` table: the wire `data` as JSON text, plus the
few columns the rules need to query or constrain (active NIK, attendance pair, `present`).
`applied_change.change_id` is the primary key that makes every change take effect at most once;
`feed` is each office's gap-free, append-only sequence that `pull` reads; `nik_claim` lets one
office at a time hold an active registration for a NIK.
Times are ISO 8601 UTC strings with `Z`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
UUID = String(36)
TIME = String(32)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Office(Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[str] = mapped_column(TIME)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_code"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(TIME)
    expires_at: Mapped[str] = mapped_column(TIME)
    used_at: Mapped[str | None] = mapped_column(TIME)
    device_id: Mapped[str | None] = mapped_column(UUID)


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    app_version: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[str] = mapped_column(TIME)
    last_push_at: Mapped[str | None] = mapped_column(TIME)
    revoked_at: Mapped[str | None] = mapped_column(TIME)


class Record(Base):
    __tablename__ = "record"

    entity_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    version: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[str] = mapped_column(Text)
    # Set only while the candidate is an active registration (see nik_claim).
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    # Set only while the attendance record exists: one record per (session, candidate).
    session_id: Mapped[str | None] = mapped_column(UUID, index=True)
    candidate_id: Mapped[str | None] = mapped_column(UUID)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(TIME)
    updated_by: Mapped[str] = mapped_column(UUID)

    __table_args__ = (UniqueConstraint("session_id", "candidate_id"),)


class AppliedChange(Base):
    __tablename__ = "applied_change"

    change_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    device_id: Mapped[str] = mapped_column(UUID)
    entity_id: Mapped[str] = mapped_column(UUID)
    version: Mapped[int] = mapped_column(BigInteger)
    applied_at: Mapped[str] = mapped_column(TIME)


class Feed(Base):
    __tablename__ = "feed"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(UUID)
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)


class NikClaim(Base):
    __tablename__ = "nik_claim"

    nik: Mapped[str] = mapped_column(String(16), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))


class P3mi(Base):
    __tablename__ = "p3mi"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    licence_no: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(BigInteger)


class DeviceAnchor(Base):
    """The audit-chain head each desktop last sent (central_service/anchors.py): a desktop whose
    history later no longer contains it was truncated or rewritten; `problem` says how."""

    __tablename__ = "device_anchor"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    anchored_at: Mapped[str] = mapped_column(TIME)
    problem: Mapped[str | None] = mapped_column(String(300))
    problem_at: Mapped[str | None] = mapped_column(TIME)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


OFFICE = _table(Office)
ENROLLMENT_CODE = _table(EnrollmentCode)
DEVICE = _table(Device)
RECORD = _table(Record)
APPLIED = _table(AppliedChange)
FEED = _table(Feed)
NIK_CLAIM = _table(NikClaim)
P3MI = _table(P3mi)
DEVICE_ANCHOR = _table(DeviceAnchor)
