"""OPP sessions and attendance: the one writer path, as for candidates.

Each create or update validates with `domain.opp`, checks what needs other records here (the
session and candidate exist locally, one attendance per pair), bumps the version and writes
the row, its audit entry and its outbox row in one IMMEDIATE transaction. Capacity is judged by
the central service, which sees every desktop's attendance.

An attendance record's id is not drawn: it is `domain.attendance.attendance_id` of its
(session, candidate), so two desks that record one person offline write one record, and the
versions merge by rule on sync (docs/decisions.md, "OPP attendance at several desks"). The
local `attendance_duplicate` guard stays for `create` only: a second create of a pair this desk
already holds is a caller's mistake (it must update the record), never a sync outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import orjson
from sqlalchemy import Connection, Table, and_, insert, select, update

from domain.actor import Actor, require_write
from domain.attendance import attendance_id
from domain.codes import Entity
from domain.dates import format_utc
from domain.ids import new_id
from domain.issues import Issue
from domain.opp import ATTENDANCE_FIELDS, SESSION_FIELDS, OppCheck, check_attendance, check_session
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.errors import NotFound, StaleRecord, ValidationFailed
from local_db.models import CANDIDATE_T, OPP_ATTENDANCE_T, OPP_SESSION_T
from local_db.repositories.candidates import Changed
from local_db.rules import Clock
from local_db.states import SyncState, new_record_columns


@dataclass(frozen=True, slots=True)
class OppRecord:
    id: str
    data: Mapping[str, Any]
    version: int
    server_version: int | None
    sync_state: str


def opp_record(row: Mapping[Any, Any], fields: tuple[str, ...]) -> OppRecord:
    data = {f: row[f] for f in fields}
    if row["extra"]:
        data = {**orjson.loads(row["extra"]), **data}
    return OppRecord(
        row["id"], MappingProxyType(data), row["version"], row["server_version"], row["sync_state"]
    )


def opp_row(data: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    row = {f: data.get(f) for f in fields}
    extra = {k: v for k, v in data.items() if k not in fields}
    row["extra"] = to_json(extra) if extra else None
    return row


class _OppTable:
    entity: Entity
    table: Table
    fields: tuple[str, ...]

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _check(self, raw: Mapping[str, Any]) -> OppCheck:
        raise NotImplementedError

    def _references(self, conn: Connection, data: Mapping[str, Any], exclude_id: str | None) -> list[Issue]:
        return []

    def _new_id(self, data: Mapping[str, Any], given: str | None) -> str:
        return given or new_id()

    def get(self, record_id: str) -> OppRecord:
        with self._db.read() as conn:
            row = conn.execute(select(self.table).where(self.table.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFound(record_id)
        return opp_record(row, self.fields)

    def _validated(self, conn: Connection, raw: Mapping[str, Any], exclude_id: str | None) -> dict[str, Any]:
        check = self._check(raw)
        errors = list(check.errors)
        if not errors:
            errors += self._references(conn, check.data, exclude_id)
        if errors:
            raise ValidationFailed(tuple(errors))
        return check.data

    def create(self, raw: Mapping[str, Any], actor: Actor, record_id: str | None = None) -> OppRecord:
        require_write(actor, f"create {self.entity}")
        at = format_utc(self._clock())
        with self._db.write() as conn:
            data = self._validated(conn, raw, None)
            record_id = self._new_id(data, record_id)
            row = opp_row(data, self.fields)
            row.update(new_record_columns(record_id, at))
            conn.execute(insert(self.table), row)
            payload = to_json(data)
            entry = journal.Entry(
                at, actor.name, "create", self.entity, record_id, payload, outbox_data=payload
            )
            journal.append(conn, [entry])
            return opp_record(
                conn.execute(select(self.table).where(self.table.c.id == record_id)).mappings().one(),
                self.fields,
            )

    def update(
        self, record_id: str, raw: Mapping[str, Any], actor: Actor, expected_version: int
    ) -> tuple[OppRecord, Changed]:
        require_write(actor, f"edit {self.entity}")
        current = self.get(record_id)
        at = format_utc(self._clock())
        with self._db.write() as conn:
            data = self._validated(conn, {**current.data, **raw}, record_id)
            diff = {k: [current.data.get(k), v] for k, v in data.items() if current.data.get(k) != v}
            if not diff:
                return current, Changed(self.entity, (), False)
            row = opp_row(data, self.fields)
            row.update(version=expected_version + 1, sync_state=SyncState.PENDING.value, updated_at=at)
            done = conn.execute(
                update(self.table)
                .where(and_(self.table.c.id == record_id, self.table.c.version == expected_version))
                .values(row)
            )
            if done.rowcount != 1:
                raise StaleRecord(record_id)
            entry = journal.Entry(
                at,
                actor.name,
                "update",
                self.entity,
                record_id,
                to_json(diff),
                outbox_data=to_json(data),
                base_version=current.server_version,
            )
            journal.append(conn, [entry])
            record = opp_record(
                conn.execute(select(self.table).where(self.table.c.id == record_id)).mappings().one(),
                self.fields,
            )
        return record, Changed(self.entity, (record_id,), False)


class OppSessions(_OppTable):
    entity = Entity.OPP_SESSION
    table = OPP_SESSION_T
    fields = SESSION_FIELDS

    def _check(self, raw: Mapping[str, Any]) -> OppCheck:
        return check_session(raw)

    def _references(self, conn: Connection, data: Mapping[str, Any], exclude_id: str | None) -> list[Issue]:
        t = self.table
        query = select(t.c.id).where(t.c.code == data["code"])
        if exclude_id:
            query = query.where(t.c.id != exclude_id)
        if conn.execute(query.limit(1)).first():
            return [Issue("code", "invalid", {"value": data["code"]})]
        return []


class OppAttendances(_OppTable):
    entity = Entity.OPP_ATTENDANCE
    table = OPP_ATTENDANCE_T
    fields = ATTENDANCE_FIELDS

    def _check(self, raw: Mapping[str, Any]) -> OppCheck:
        return check_attendance(raw)

    def _new_id(self, data: Mapping[str, Any], given: str | None) -> str:
        derived = attendance_id(data["session_id"], data["candidate_id"])
        if given is not None and given != derived:
            raise ValueError("an attendance record's id is derived from its session and candidate")
        return derived

    def id_of(self, session_id: str, candidate_id: str) -> str:
        """The id the record of this pair has (or will have), on every desk and at the centre."""
        return attendance_id(session_id, candidate_id)

    def _references(self, conn: Connection, data: Mapping[str, Any], exclude_id: str | None) -> list[Issue]:
        errors = []
        for field, table in (("session_id", OPP_SESSION_T), ("candidate_id", CANDIDATE_T)):
            if not conn.execute(select(table.c.id).where(table.c.id == data[field])).first():
                errors.append(Issue(field, "unknown_reference"))
        t = self.table
        if exclude_id is None and not errors:
            # The pair's one record: the derived id (or, in a store older than derived ids, any
            # record of the pair). Only a create gets here with exclude_id None.
            query = select(t.c.id).where(
                t.c.session_id == data["session_id"], t.c.candidate_id == data["candidate_id"]
            )
            if conn.execute(query.limit(1)).first():
                errors.append(Issue("candidate_id", "attendance_duplicate"))
        elif exclude_id is not None:
            current = conn.execute(
                select(t.c.session_id, t.c.candidate_id).where(t.c.id == exclude_id)
            ).first()
            if current is not None and (current.session_id, current.candidate_id) != (
                data["session_id"],
                data["candidate_id"],
            ):
                errors.append(Issue("candidate_id", "invalid"))  # the pair is the record's identity
        return errors
