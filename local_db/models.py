"""Tables of the local store. Times are ISO 8601 UTC strings with `Z` (sortable, wire-ready);
dates are `YYYY-MM-DD`; JSON columns hold text the repositories encode once and reuse."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint
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


class SyncedMixin:
    """Columns every synced record carries: local version, last server version, sync state."""

    version: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer)
    sync_state: Mapped[str] = mapped_column(String(16), index=True)
    extra: Mapped[str | None] = mapped_column(Text)  # fields the server knows and we do not
    created_at: Mapped[str] = mapped_column(TIME)
    updated_at: Mapped[str] = mapped_column(TIME)


class Candidate(SyncedMixin, Base):
    __tablename__ = "candidate"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    registration_no: Mapped[str] = mapped_column(String(40), unique=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    kk_number: Mapped[str | None] = mapped_column(String(16))
    full_name: Mapped[str] = mapped_column(String(120))
    name_norm: Mapped[str] = mapped_column(String(120))
    birth_place: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[str] = mapped_column(String(10))
    sex: Mapped[str] = mapped_column(String(1))
    religion: Mapped[str | None] = mapped_column(String(40))
    marital_status: Mapped[str | None] = mapped_column(String(16))
    education: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    village_code: Mapped[str] = mapped_column(String(10))
    address_line: Mapped[str] = mapped_column(String(300))
    heir_name: Mapped[str] = mapped_column(String(120))
    heir_relationship: Mapped[str] = mapped_column(String(60))
    heir_phone: Mapped[str | None] = mapped_column(String(20))
    scheme: Mapped[str] = mapped_column(String(10))
    destination_country: Mapped[str] = mapped_column(String(2))
    sector: Mapped[str] = mapped_column(String(10))
    job_position: Mapped[str] = mapped_column(String(120))
    employer_name: Mapped[str | None] = mapped_column(String(200))
    p3mi_id: Mapped[str | None] = mapped_column(UUID)
    documents: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    registered_at: Mapped[str] = mapped_column(TIME)
    registered_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_candidate_name_birth", "name_norm", "birth_date"),
        # The list's default order (newest first, ties by number) walks this covering index backwards.
        Index("ix_candidate_registered", "registered_at", "registration_no", "id"),
    )


class CandidateNameWord(Base):
    """One row per distinct normalised word of a candidate's name: word-prefix search by index.

    Derived data, without a foreign key to `candidate` (migration 0003): checking one for every
    word cost bulk import a parent lookup per word (~4% of its time). A trigger removes a deleted
    candidate's words, and `loket check` reports words whose candidate is missing."""

    __tablename__ = "candidate_name_word"

    word: Mapped[str] = mapped_column(String(120), primary_key=True)
    candidate_id: Mapped[str] = mapped_column(UUID, primary_key=True)

    # One B-tree instead of a table plus its primary-key index: half the cost per name word.
    __table_args__ = {"sqlite_with_rowid": False}


class OppSession(SyncedMixin, Base):
    __tablename__ = "opp_session"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[str] = mapped_column(TIME, index=True)
    ends_at: Mapped[str] = mapped_column(TIME)
    lesson_hours: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))


class OppAttendance(SyncedMixin, Base):
    __tablename__ = "opp_attendance"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    session_id: Mapped[str] = mapped_column(UUID, ForeignKey("opp_session.id"), index=True)
    candidate_id: Mapped[str] = mapped_column(UUID, ForeignKey("candidate.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    checked_in_at: Mapped[str | None] = mapped_column(TIME)
    method: Mapped[str | None] = mapped_column(String(8))
    recorded_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (UniqueConstraint("session_id", "candidate_id"),)


class StaffUser(Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[str] = mapped_column(TIME)
    last_login_at: Mapped[str | None] = mapped_column(TIME)


class AuditEntry(Base):
    """Append-only, a keyed hash chain: `hash` is an HMAC of this entry (with `content_hash`,
    the record's content after the change) and the previous entry's hash (local_db/journal.py)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(TIME)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    change: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class OutboxChange(Base):
    """A change waiting for (or answered by) the central service. Never deleted to make sync work."""

    __tablename__ = "outbox_change"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(UUID, unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(UUID, index=True)
    op: Mapped[str] = mapped_column(String(8))
    base_version: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[str] = mapped_column(TIME)
    data: Mapped[str | None] = mapped_column(Text)  # NULL: the record as stored (migration 0002)
    state: Mapped[str] = mapped_column(String(16), index=True)
    server_version: Mapped[int | None] = mapped_column(Integer)
    errors: Mapped[str | None] = mapped_column(Text)
    current: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[str | None] = mapped_column(TIME)
    resolved_at: Mapped[str | None] = mapped_column(TIME)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Region(Base):
    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[int] = mapped_column(Integer)
    parent_code: Mapped[str | None] = mapped_column(String(10), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(5))


class P3mi(Base):
    """Licensed placement companies: a reference list pulled from the central service."""

    __tablename__ = "p3mi"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    licence_no: Mapped[str] = mapped_column(String(80), index=True)
    address: Mapped[str] = mapped_column(String(300))
    active: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


# Core tables for repositories (bulk inserts and updates go through Core, not the ORM).
CANDIDATE_T = _table(Candidate)
NAME_WORD_T = _table(CandidateNameWord)
OPP_SESSION_T = _table(OppSession)
OPP_ATTENDANCE_T = _table(OppAttendance)
STAFF_USER_T = _table(StaffUser)
AUDIT_T = _table(AuditEntry)
OUTBOX_T = _table(OutboxChange)
SETTING_T = _table(Setting)
REGION_T = _table(Region)
P3MI_T = _table(P3mi)
