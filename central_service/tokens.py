"""Secrets: device tokens and enrolment codes are random, shown once, and stored only as sha256."""

from __future__ import annotations

import hashlib
import secrets

from domain.registration_no import CROCKFORD

CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_enrollment_code() -> str:
    """`XXXX-XXXX-XXXX` in Crockford base 32 (60 bits): easy to read aloud or type."""
    groups = (
        "".join(secrets.choice(CROCKFORD) for _ in range(CODE_GROUP_LENGTH)) for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def normalise_code(text: str) -> str:
    """Typed codes forgive case, spaces and the letters Crockford folds (O→0, I/L→1)."""
    compact = "".join(text.split()).upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return compact.replace("-", "")
