"""Registration numbers: issued offline, never changed, unique across an office's devices.

Format `YY-TTTTTT-NNNNN`: the two-digit year of registration, the device's tag (six Crockford
base-32 characters drawn at random when the store is created, 30 bits) and a per-device,
per-year serial. No network is needed, so numbers work before the PC is enrolled. Two devices
of one office collide only if they draw the same tag: with 100 devices, about 1 in 200,000.
Crockford's alphabet has no I, L, O or U, so a number read aloud or copied by hand survives.
"""

from __future__ import annotations

import re
import secrets

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TAG_LENGTH = 6
PATTERN = re.compile(r"\d{2}-[0-9A-HJKMNP-TV-Z]{6}-\d{5,}")


def new_device_tag() -> str:
    return "".join(secrets.choice(CROCKFORD) for _ in range(TAG_LENGTH))


def format_registration_no(year: int, tag: str, serial: int) -> str:
    return registration_numbers(year, tag, serial, 1)[0]


def registration_numbers(year: int, tag: str, first: int, count: int) -> list[str]:
    """`count` consecutive numbers from serial `first` (bulk import issues 5,000 at a time)."""
    prefix = f"{year % 100:02d}-{tag}-"
    return [f"{prefix}{serial:05d}" for serial in range(first, first + count)]


def looks_like_registration_no(text: str) -> bool:
    return bool(PATTERN.fullmatch(text.strip().upper()))
