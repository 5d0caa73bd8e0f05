"""Enrolment: this PC gets a token from the central service, kept in the store's setting table.

The store is an owner-only file (`local_db.database.secure_file`), read only by this app; the
token is never printed, logged or exported. A lost answer is safe to retry: the server accepts
the same code with the same device id again and issues a fresh token.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from domain.dates import format_utc
from local_db.repositories.settings import SettingKey, Settings
from sync.client import CentralClient

SERVER_URL = SettingKey.SYNC_SERVER_URL
TOKEN = SettingKey.SYNC_TOKEN
OFFICE_CODE = SettingKey.SYNC_OFFICE_CODE
OFFICE_NAME = SettingKey.SYNC_OFFICE_NAME
DEVICE_NAME = SettingKey.SYNC_DEVICE_NAME
ENROLLED_AT = SettingKey.SYNC_ENROLLED_AT


@dataclass(frozen=True)
class Credentials:
    server_url: str
    device_id: str
    token: str
    office_code: str
    office_name: str

    def __repr__(self) -> str:  # the token stays out of logs and tracebacks
        return f"Credentials({self.server_url!r}, device_id={self.device_id!r}, office={self.office_code!r})"


class NotEnrolled(Exception):
    """This PC has no token yet: `loket enroll` first."""


class UnusableUrl(ValueError):
    """Not https://, and not http:// to this computer: a token must never travel in clear."""


@dataclass(frozen=True)
class Enrolment:
    """What the window shows about this PC's enrolment (never the token)."""

    server_url: str
    office_code: str
    office_name: str
    device_name: str
    enrolled_at: str | None


def usable_url(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return True
    if parts.scheme != "http" or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def enrolment(settings: Settings) -> Enrolment | None:
    try:
        creds = load_credentials(settings)
    except NotEnrolled:
        return None
    return Enrolment(
        creds.server_url,
        creds.office_code,
        creds.office_name,
        settings.get(DEVICE_NAME) or "",
        settings.get(ENROLLED_AT),
    )


def enroll_pc(
    settings: Settings, server_url: str, code: str, device_name: str, app_version: str
) -> Credentials:
    """The one enrolment path of `loket enroll` and the window's connection settings.

    Raises `UnusableUrl`, or the client's `ServerRefused`/`AuthFailed` (code refused) and
    `Unreachable` unchanged."""
    url = server_url.strip()
    if not usable_url(url):
        raise UnusableUrl(url)
    client = CentralClient(url, app_version=app_version)
    try:
        creds = enroll(settings, client, code, device_name)
    finally:
        client.close()
    return creds


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def reachable(server_url: str, app_version: str) -> bool:
    """Test connection: the central service answers its own /health JSON at this address."""
    url = server_url.strip()
    if not usable_url(url):
        raise UnusableUrl(url)
    client = CentralClient(url, app_version=app_version)
    try:
        return client.health()
    finally:
        client.close()


def load_credentials(settings: Settings) -> Credentials:
    url, token = settings.get(SERVER_URL), settings.get(TOKEN)
    if not url or not token:
        raise NotEnrolled
    device_id, _ = settings.device_identity()
    return Credentials(
        url, device_id, token, settings.get(OFFICE_CODE) or "", settings.get(OFFICE_NAME) or ""
    )


def clean_device_name(name: str) -> str:
    """One line of printable text, as the server requires: whitespace runs become one space,
    other control and format characters go."""
    spaced = " ".join("".join(ch if ch.isprintable() or ch.isspace() else "" for ch in name).split())
    return spaced[:100] or "PC"


def enroll(settings: Settings, client: CentralClient, code: str, device_name: str) -> Credentials:
    """Enrol with the server `client` speaks to; raises the client's errors unchanged.

    A PC enrolled with this server before proves it with its current token (the server lets a
    fresh code enrol an existing device id only so); the token never goes to another server."""
    device_id, _ = settings.device_identity()
    current = settings.get(TOKEN)
    if current and settings.get(SERVER_URL) == client.base_url:
        client.use_token(current)
    answer = client.enroll(code.strip(), device_id, clean_device_name(device_name))
    if str(answer.device_id) != device_id:
        raise ValueError("the central service answered for another device")
    for key, value in (
        (SERVER_URL, client.base_url),
        (TOKEN, answer.token),
        (OFFICE_CODE, answer.office.code),
        (OFFICE_NAME, answer.office.name),
        (DEVICE_NAME, device_name),
        (ENROLLED_AT, format_utc(_now())),
    ):
        settings.put(key, value)
    client.use_token(answer.token)
    return load_credentials(settings)
