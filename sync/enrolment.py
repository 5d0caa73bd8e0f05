"""Enrolment: this PC gets a token from the central service, kept in the store's setting table.

The store is an owner-only file (`local_db.database.secure_file`), read only by this app; the
token is never printed, logged or exported. A lost answer is safe to retry: the server accepts
the same code with the same device id again and issues a fresh token.
"""

from __future__ import annotations

from dataclasses import dataclass

from local_db.repositories.settings import SettingKey, Settings
from sync.client import CentralClient

SERVER_URL = SettingKey.SYNC_SERVER_URL
TOKEN = SettingKey.SYNC_TOKEN
OFFICE_CODE = SettingKey.SYNC_OFFICE_CODE
OFFICE_NAME = SettingKey.SYNC_OFFICE_NAME


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
    ):
        settings.put(key, value)
    client.use_token(answer.token)
    return load_credentials(settings)
