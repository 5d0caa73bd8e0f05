"""Key/value settings of this installation: device identity, sync cursor, preferences."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from domain.registration_no import new_device_tag
from local_db.database import Database
from local_db.models import SETTING_T

SETTING = SETTING_T


class SettingKey(StrEnum):
    """Every key of the setting table: the one spelling of each."""

    DEVICE_ID = "device_id"
    DEVICE_TAG = "device_tag"
    REGION_TABLE_VERSION = "region_table_version"
    SYNC_SERVER_URL = "sync_server_url"
    SYNC_TOKEN = "sync_token"  # noqa: S105 - the setting's key, not a secret
    SYNC_OFFICE_CODE = "sync_office_code"
    SYNC_OFFICE_NAME = "sync_office_name"
    SYNC_DEVICE_NAME = "sync_device_name"  # this PC's name as enrolled
    SYNC_ENROLLED_AT = "sync_enrolled_at"  # ISO UTC of the last enrolment
    SYNC_CURSOR = "sync_cursor"  # the pull's position in the office's feed
    LAST_SYNC_AT = "last_sync_at"  # ISO UTC of the last run that reached the server
    UI_LANGUAGE = "ui_language"
    IDLE_LOCK_MINUTES = "idle_lock_minutes"
    OFFICE_NAME = "office_name"  # typed by an administrator; receipts use it until enrolment
    # The audit log (local_db/journal.py, docs/security.md): the chain's HMAC key, its head
    # (entries, newest hash), the head the central service acknowledged, and where the chain
    # was already broken when migration 0004 keyed it.
    AUDIT_CHAIN_KEY = "audit_chain_key"
    AUDIT_HEAD = "audit_head"
    AUDIT_ANCHOR = "audit_anchor"
    AUDIT_LEGACY_BREAK = "audit_legacy_break"
    # Followed by a user name (or "?"): failed sign-ins (local_db/repositories/sign_in.py).
    SIGN_IN_PREFIX = "sign_in:"


def get_value(conn: Connection, key: str) -> str | None:
    return conn.execute(select(SETTING.c.value).where(SETTING.c.key == key)).scalar_one_or_none()


def put_value(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(SETTING).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


class Settings:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.read() as conn:
            value = get_value(conn, key)
        return default if value is None else value

    def put(self, key: str, value: str) -> None:
        with self._db.write() as conn:
            put_value(conn, key, value)

    def device_identity(self) -> tuple[str, str]:
        """(device_id, device_tag), made once when first asked and never changed."""
        with self._db.write() as conn:
            device_id = get_value(conn, SettingKey.DEVICE_ID)
            tag = get_value(conn, SettingKey.DEVICE_TAG)
            if device_id is None:
                device_id = str(uuid.uuid4())
                put_value(conn, SettingKey.DEVICE_ID, device_id)
            if tag is None:
                tag = new_device_tag()
                put_value(conn, SettingKey.DEVICE_TAG, tag)
        return device_id, tag
