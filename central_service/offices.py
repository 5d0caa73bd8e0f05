"""Offices, enrolment codes and devices: the operator's side (`loket-central` commands) and the
look-ups the API needs (token → device, code → office)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from central_service import db
from central_service.feed import append, lock_office
from central_service.models import DEVICE, ENROLLMENT_CODE, OFFICE, P3MI
from central_service.tokens import digest, new_enrollment_code, normalise_code
from domain.dates import format_utc


class AdminError(Exception):
    """Something the operator asked for cannot be done; the message says why, in one sentence."""


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    office_code: str
    name: str
    app_version: str
    enrolled_at: str
    last_push_at: str | None
    revoked_at: str | None


def office_id(conn: Connection, code: str) -> int:
    found = conn.execute(select(OFFICE.c.id).where(OFFICE.c.code == code)).scalar_one_or_none()
    if found is None:
        raise AdminError(f"There is no office with code {code!r}; create it with 'offices add'.")
    return int(found)


def add_office(engine: Engine, code: str, name: str, now: dt.datetime) -> int:
    code, name = code.strip(), name.strip()
    if not code or not name or len(code) > 20 or len(name) > 200:
        raise AdminError("An office needs a code of at most 20 characters and a name of at most 200.")
    try:
        with db.write(engine) as conn:
            new_id = conn.execute(
                insert(OFFICE).values(code=code, name=name, last_seq=0, created_at=format_utc(now))
            ).inserted_primary_key
            assert new_id is not None
            seed_reference_list(conn, int(new_id[0]))
    except IntegrityError:
        raise AdminError(f"An office with code {code!r} already exists.") from None
    return int(new_id[0])


def seed_reference_list(conn: Connection, office: int) -> None:
    """A new office's feed starts with the current placement-company list."""
    from central_service.p3mi import feed_row

    last = lock_office(conn, office)
    rows = conn.execute(select(P3MI).order_by(P3MI.c.licence_no)).all()
    append(conn, office, [feed_row(office, last + i, r) for i, r in enumerate(rows, 1)], last)


def create_enrollment_code(engine: Engine, office_code: str, ttl_hours: float, now: dt.datetime) -> str:
    if not 0 < ttl_hours <= 24 * 30:
        raise AdminError("The lifetime of a code must be more than 0 and at most 720 hours.")
    code = new_enrollment_code()
    with db.write(engine) as conn:
        conn.execute(
            insert(ENROLLMENT_CODE).values(
                office_id=office_id(conn, office_code),
                code_hash=digest(normalise_code(code)),
                created_at=format_utc(now),
                expires_at=format_utc(now + dt.timedelta(hours=ttl_hours)),
            )
        )
    return code


def list_devices(engine: Engine) -> list[DeviceRow]:
    query = (
        select(DEVICE, OFFICE.c.code.label("office_code"))
        .join(OFFICE, OFFICE.c.id == DEVICE.c.office_id)
        .order_by(OFFICE.c.code, DEVICE.c.enrolled_at)
    )
    with db.read(engine) as conn:
        return [
            DeviceRow(r.id, r.office_code, r.name, r.app_version, r.enrolled_at, r.last_push_at, r.revoked_at)
            for r in conn.execute(query)
        ]


def revoke_device(engine: Engine, device_id: str, now: dt.datetime) -> bool:
    """True when revoked now, False when it already was; AdminError when unknown."""
    try:
        key = str(uuid.UUID(device_id))
    except ValueError:
        raise AdminError(f"{device_id!r} is not a device id (a UUID).") from None
    with db.write(engine) as conn:
        revoked = conn.execute(select(DEVICE.c.revoked_at).where(DEVICE.c.id == key)).one_or_none()
        if revoked is None:
            raise AdminError(f"There is no device {key}; see 'devices list'.")
        if revoked.revoked_at is not None:
            return False
        conn.execute(update(DEVICE).where(DEVICE.c.id == key).values(revoked_at=format_utc(now)))
    return True
