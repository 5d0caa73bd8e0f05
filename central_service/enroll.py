"""Device enrolment and bearer-token authentication.

A code is single-use and expires. Because the 201 can be lost, the same code with the same
`device_id` may be used again while the code lives: the device gets a fresh token and its
previous token stops working (only the newest token's hash is stored). A device revoked since
cannot come back with the old code. A fresh code enrols a `device_id` that already exists only
when the request carries that device's current token (`Authorization: Bearer`): re-enrolment
of this PC, never taking over another. Everything else is 401 `invalid_enrollment_code`, the
same answer whether the id exists or not, in this office or another; only the holder of the
device's token learns that it belongs to another office (409 `device_exists`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, and_, insert, select, update

from central_service import db
from central_service.models import DEVICE, ENROLLMENT_CODE, OFFICE
from central_service.push import DeviceInfo
from central_service.tokens import digest, new_token, normalise_code
from domain.dates import format_utc
from sync.protocol import EnrollRequest


class EnrollRefused(Exception):
    def __init__(self, code: str, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class AuthFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Enrolled:
    device_id: str
    token: str
    office_code: str
    office_name: str


_BAD_CODE = "The enrolment code is wrong, expired or already used; ask the central operator for a new one."


def _holds_token(device_token_hash: str, authorization: str | None) -> bool:
    scheme, _, token = (authorization or "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip()) and digest(token.strip()) == device_token_hash


def enroll(
    engine: Engine, request: EnrollRequest, now: dt.datetime, authorization: str | None = None
) -> Enrolled:
    device_id = str(request.device_id)
    token = new_token()
    stamp = format_utc(now)
    with db.write(engine) as conn:
        code = conn.execute(
            select(ENROLLMENT_CODE)
            .where(ENROLLMENT_CODE.c.code_hash == digest(normalise_code(request.enrollment_code)))
            .with_for_update()
        ).one_or_none()
        if code is None or code.expires_at <= stamp:
            raise EnrollRefused("invalid_enrollment_code", _BAD_CODE)
        device = conn.execute(select(DEVICE).where(DEVICE.c.id == device_id)).one_or_none()
        if code.used_at is not None:
            if code.device_id != device_id or device is None or device.revoked_at is not None:
                raise EnrollRefused("invalid_enrollment_code", _BAD_CODE)
        elif device is not None:
            if not _holds_token(device.token_hash, authorization):
                raise EnrollRefused("invalid_enrollment_code", _BAD_CODE)
            if device.office_id != code.office_id:
                raise EnrollRefused("device_exists", "This device is enrolled with another office.", 409)
        conn.execute(
            update(ENROLLMENT_CODE)
            .where(ENROLLMENT_CODE.c.id == code.id)
            .values(used_at=code.used_at or stamp, device_id=device_id)
        )
        values = {
            "name": request.device_name.strip(),
            "app_version": request.app_version.strip()[:200],
            "token_hash": digest(token),
            "revoked_at": None,
        }
        if device is None:
            conn.execute(
                insert(DEVICE).values(id=device_id, office_id=code.office_id, enrolled_at=stamp, **values)
            )
        else:
            conn.execute(update(DEVICE).where(DEVICE.c.id == device_id).values(**values))
        office = conn.execute(select(OFFICE.c.code, OFFICE.c.name).where(OFFICE.c.id == code.office_id)).one()
    return Enrolled(device_id, token, office.code, office.name)


def authenticate(engine: Engine, authorization: str | None) -> DeviceInfo:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthFailed("unauthorized", "A device token is required (Authorization: Bearer <token>).")
    query = (
        select(DEVICE.c.id, DEVICE.c.office_id, DEVICE.c.revoked_at, OFFICE.c.code)
        .join(OFFICE, OFFICE.c.id == DEVICE.c.office_id)
        .where(and_(DEVICE.c.token_hash == digest(token.strip())))
    )
    with db.read(engine) as conn:
        row = conn.execute(query).one_or_none()
    if row is None:
        raise AuthFailed("unauthorized", "The device token is not valid; enrol the device again.")
    if row.revoked_at is not None:
        raise AuthFailed("device_revoked", "This device has been revoked by the central operator.")
    return DeviceInfo(row.id, row.office_id, row.code)
