"""Candidates: the one writer path for registrations, plus look-ups and duplicate checks.

Every create or update validates with `domain.candidate.check_candidate`, bumps the version,
and writes the row, its name-search words, the audit entry and the outbox row in one
IMMEDIATE transaction (`local_db.journal`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update

from domain.actor import Actor, require_write
from domain.candidate import CANDIDATE_FIELDS, check_candidate
from domain.codes import CandidateStatus, Entity
from domain.dates import format_utc
from domain.ids import new_id
from domain.issues import Issue
from domain.names import normalise_name
from domain.registration_no import registration_numbers
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.errors import NotFound, StaleRecord, ValidationFailed
from local_db.repositories.candidate_rows import (
    CANDIDATE,
    CandidateRecord,
    record_from_row,
    row_from_data,
    write_words,
)
from local_db.repositories.settings import Settings, get_value, put_value
from local_db.rules import LocalRules
from local_db.states import SyncState, new_record_columns

ACTIVE = CANDIDATE.c.status != CandidateStatus.WITHDRAWN.value


@dataclass(frozen=True, slots=True)
class Changed:
    """What a write changed, so each screen can decide whether to refresh."""

    entity: str
    ids: tuple[str, ...]
    created: bool


@dataclass(frozen=True, slots=True)
class SaveResult:
    record: CandidateRecord
    warnings: tuple[Issue, ...]
    changed: Changed


def allocate_registration_numbers(conn: Connection, tag: str, year: int, count: int) -> list[str]:
    """Reserve `count` serials of this device and year inside the caller's transaction."""
    key = f"registration_serial_{year}"
    last = int(get_value(conn, key) or "0")
    put_value(conn, key, str(last + count))
    return registration_numbers(year, tag, last + 1, count)


def duplicate_issues(
    conn: Connection, nik: str, full_name: str, birth_date: str | None, exclude_id: str | None
) -> tuple[list[Issue], list[Issue]]:
    """(errors, warnings): the NIK already active here; the same person under another NIK."""
    errors: list[Issue] = []
    warnings: list[Issue] = []
    others = CANDIDATE.c.id != exclude_id if exclude_id else CANDIDATE.c.id.is_not(None)
    same_nik = conn.execute(
        select(CANDIDATE.c.registration_no).where(CANDIDATE.c.nik == nik, ACTIVE, others).limit(1)
    ).first()
    if same_nik:
        errors.append(Issue("nik", "nik_duplicate", {"registration_no": same_nik[0]}))
    if birth_date and full_name:
        same_person = conn.execute(
            select(CANDIDATE.c.nik)
            .where(
                CANDIDATE.c.name_norm == normalise_name(full_name),
                CANDIDATE.c.birth_date == birth_date,
                CANDIDATE.c.nik != nik,
                others,
            )
            .limit(1)
        ).first()
        if same_person:
            warnings.append(Issue("full_name", "same_person_other_nik", {"nik": same_person[0]}))
    return errors, warnings


class Candidates:
    def __init__(self, db: Database, rules: LocalRules, settings: Settings) -> None:
        self._db = db
        self._rules = rules
        self._settings = settings

    # Reads ---------------------------------------------------------------------------------

    def get(self, candidate_id: str) -> CandidateRecord:
        with self._db.read() as conn:
            row = conn.execute(select(CANDIDATE).where(CANDIDATE.c.id == candidate_id)).mappings().first()
        if row is None:
            raise NotFound(candidate_id)
        return record_from_row(row)

    def get_many(self, ids: list[str]) -> list[CandidateRecord]:
        with self._db.read() as conn:
            rows = conn.execute(select(CANDIDATE).where(CANDIDATE.c.id.in_(ids))).mappings().all()
        by_id = {r["id"]: record_from_row(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def find_by_nik(self, nik: str) -> CandidateRecord | None:
        with self._db.read() as conn:
            row = (
                conn.execute(select(CANDIDATE).where(CANDIDATE.c.nik == nik).order_by(ACTIVE.desc()).limit(1))
                .mappings()
                .first()
            )
        return record_from_row(row) if row else None

    def find_by_registration_no(self, number: str) -> CandidateRecord | None:
        with self._db.read() as conn:
            row = (
                conn.execute(select(CANDIDATE).where(CANDIDATE.c.registration_no == number.strip().upper()))
                .mappings()
                .first()
            )
        return record_from_row(row) if row else None

    def preview(
        self, raw: Mapping[str, Any], exclude_id: str | None = None
    ) -> tuple[tuple[Issue, ...], tuple[Issue, ...]]:
        """(errors, warnings) the form shows before saving, duplicates included; writes nothing."""
        check = check_candidate(raw, self._rules.context())
        errors, warnings = list(check.errors), list(check.warnings)
        if check.data["nik"] and not any(e.field == "nik" for e in errors):
            with self._db.read() as conn:
                dup_errors, dup_warnings = duplicate_issues(
                    conn,
                    check.data["nik"],
                    check.data["full_name"] or "",
                    check.data["birth_date"],
                    exclude_id,
                )
            errors += dup_errors
            warnings += dup_warnings
        return tuple(errors), tuple(warnings)

    # Writes --------------------------------------------------------------------------------

    def create(self, raw: Mapping[str, Any], actor: Actor, candidate_id: str | None = None) -> SaveResult:
        require_write(actor, "register a candidate")
        check = check_candidate(raw, self._rules.context())
        if not check.ok:
            raise ValidationFailed(check.errors, check.warnings)
        _, tag = self._settings.device_identity()
        now = self._rules.now()
        at = format_utc(now)
        candidate_id = candidate_id or new_id()
        with self._db.write() as conn:
            errors, dup_warnings = duplicate_issues(
                conn, check.data["nik"], check.data["full_name"], check.data["birth_date"], None
            )
            if errors:
                raise ValidationFailed(tuple(errors), check.warnings)
            data = dict(check.data)
            data["registration_no"] = allocate_registration_numbers(conn, tag, now.year, 1)[0]
            data["registered_at"] = data["registered_at"] or at
            data["registered_by"] = data["registered_by"] or actor.name
            row = row_from_data(data)
            row.update(new_record_columns(candidate_id, at))
            conn.execute(insert(CANDIDATE), row)
            write_words(conn, candidate_id, None, data["full_name"])
            payload = to_json(data)
            journal.append(
                conn,
                [
                    journal.Entry(
                        at,
                        actor.name,
                        "create",
                        Entity.CANDIDATE,
                        candidate_id,
                        payload,
                        outbox_data=payload,
                    )
                ],
            )
            record = record_from_row(
                conn.execute(select(CANDIDATE).where(CANDIDATE.c.id == candidate_id)).mappings().one()
            )
        return SaveResult(
            record,
            check.warnings + tuple(dup_warnings),
            Changed(Entity.CANDIDATE, (candidate_id,), True),
        )

    def update(
        self, candidate_id: str, raw: Mapping[str, Any], actor: Actor, expected_version: int
    ) -> SaveResult:
        """Save an edited record. `expected_version` is the version the clerk started from."""
        require_write(actor, "edit a candidate")
        current = self.get(candidate_id)
        merged = {**current.data, **raw}
        for fixed in ("registration_no", "registered_at", "registered_by"):
            merged[fixed] = current.data[fixed]
        check = check_candidate(merged, self._rules.context())
        if not check.ok:
            raise ValidationFailed(check.errors, check.warnings)
        data = {
            **{k: v for k, v in current.data.items() if k not in CANDIDATE_FIELDS},
            **check.data,
        }
        diff = {k: [current.data.get(k), v] for k, v in data.items() if current.data.get(k) != v}
        if not diff:
            return SaveResult(current, check.warnings, Changed(Entity.CANDIDATE, (), False))
        at = format_utc(self._rules.now())
        with self._db.write() as conn:
            errors, dup_warnings = duplicate_issues(
                conn, data["nik"], data["full_name"], data["birth_date"], candidate_id
            )
            if errors:
                raise ValidationFailed(tuple(errors), check.warnings)
            row = row_from_data(data)
            row.update(version=expected_version + 1, sync_state=SyncState.PENDING.value, updated_at=at)
            done = conn.execute(
                update(CANDIDATE)
                .where(and_(CANDIDATE.c.id == candidate_id, CANDIDATE.c.version == expected_version))
                .values(row)
            )
            if done.rowcount != 1:
                raise StaleRecord(candidate_id)
            if "full_name" in diff:
                write_words(conn, candidate_id, current.data["full_name"], data["full_name"])
            journal.append(
                conn,
                [
                    journal.Entry(
                        at,
                        actor.name,
                        "update",
                        Entity.CANDIDATE,
                        candidate_id,
                        to_json(diff),
                        outbox_data=to_json(data),
                        base_version=current.server_version,
                    )
                ],
            )
            record = record_from_row(
                conn.execute(select(CANDIDATE).where(CANDIDATE.c.id == candidate_id)).mappings().one()
            )
        return SaveResult(
            record,
            check.warnings + tuple(dup_warnings),
            Changed(Entity.CANDIDATE, (candidate_id,), False),
        )
