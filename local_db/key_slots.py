"""Key slots: the store's data key, wrapped once per key holder, in `loket.keys.json`.

The SQLCipher data key (local_db/cipher.py) is random. Each key holder gets a slot that wraps
it under a secret only that holder has:

- `staff`: a staff account's password, stretched with argon2id (t=3, 64 MiB, p=1 in
  production; tests pass cheaper costs through the same code);
- `recovery`: the one-time recovery key printed for the head of office (160 random bits);
- `machine`: 256 random bits kept in the operating system's key store (local_db/machine_key.py).

Wrapping needs no cipher library: the derivation gives 64 bytes; the first 32 are XORed with
the data key (`wrapped`), the last 32 key an HMAC-SHA256 over the slot's kind, name and
wrapped bytes (`tag`). Every wrap draws a new salt, so no pad is ever used twice, and a wrong
secret fails the tag (a constant-time compare) before anything reaches SQLCipher. The random
secrets (recovery, machine) need no stretching: their derivation is one HMAC-SHA512.

The file also keeps what must be known before the store opens: the unlock failures per
account (the sign-in throttle, local_db/repositories/sign_in.py) and the failed unlocks not
yet written to the audit log. It is written atomically (a partial file, fsync, rename) and
owner-only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from domain.private_files import open_private
from local_db.throttle import Failures

FORMAT = 1
CIPHER = "sqlcipher4"
STAFF, RECOVERY, MACHINE = "staff", "recovery", "machine"
ARGON2ID, HMAC_SHA512 = "argon2id", "hmac-sha512"
_KEY_BYTES = 32
_CHECK_LABEL = b"loket key check"
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, printed in 8 groups of 4


class KeyFileDamaged(Exception):
    """`loket.keys.json` exists but cannot be read as a key file."""


@dataclass(frozen=True, slots=True)
class KdfCost:
    """argon2id's costs for staff slots: time (passes), memory (KiB), parallelism."""

    t: int = 3
    m: int = 65_536
    p: int = 1


PRODUCTION_COST = KdfCost()


@dataclass(frozen=True, slots=True)
class Slot:
    kind: str
    name: str  # the username of a staff slot; "" for recovery and machine
    kdf: str
    salt: str
    wrapped: str
    tag: str
    created_at: str
    cost: KdfCost | None = None  # argon2id slots only


@dataclass(frozen=True, slots=True)
class KeyFile:
    key_check: str
    slots: tuple[Slot, ...] = ()
    failures: dict[str, Failures] = field(default_factory=dict)
    # failed unlocks waiting for the audit log: {"at", "key", "failures", "locked"}
    pending_audit: tuple[dict[str, Any], ...] = ()

    def staff(self, username: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == STAFF and s.name == username), None)

    def of_kind(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def without(self, kind: str, name: str = "") -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if (s.kind, s.name) != (kind, name)))

    def with_slot(self, slot: Slot) -> KeyFile:
        """This file with `slot` added, replacing the holder's previous slot."""
        rest = self.without(slot.kind, slot.name)
        return replace(rest, slots=(*rest.slots, slot))

    def staff_names(self) -> list[str]:
        return sorted(s.name for s in self.slots if s.kind == STAFF)


def key_check(data_key: bytes) -> str:
    return hmac.digest(data_key, _CHECK_LABEL, "sha256").hex()


def _pad(slot_kdf: str, secret: bytes, salt: bytes, cost: KdfCost | None) -> bytes:
    if slot_kdf == ARGON2ID:
        assert cost is not None
        return hash_secret_raw(secret, salt, cost.t, cost.m, cost.p, 2 * _KEY_BYTES, Type.ID)
    return hmac.digest(secret, salt, "sha512")


def _tag(pad: bytes, kind: str, name: str, wrapped: bytes) -> str:
    return hmac.digest(pad[_KEY_BYTES:], f"{kind}\x1f{name}\x1f".encode() + wrapped, "sha256").hex()


def wrap(data_key: bytes, kind: str, name: str, secret: bytes, at: str, cost: KdfCost | None = None) -> Slot:
    """A new slot holding `data_key` under `secret` (argon2id when `cost` is given)."""
    kdf = ARGON2ID if cost is not None else HMAC_SHA512
    salt = secrets.token_bytes(16)
    pad = _pad(kdf, secret, salt, cost)
    wrapped = bytes(a ^ b for a, b in zip(data_key, pad[:_KEY_BYTES], strict=True))
    return Slot(kind, name, kdf, salt.hex(), wrapped.hex(), _tag(pad, kind, name, wrapped), at, cost)


def unwrap(slot: Slot, secret: bytes) -> bytes | None:
    """The data key, or None when `secret` is not this slot's."""
    wrapped = bytes.fromhex(slot.wrapped)
    pad = _pad(slot.kdf, secret, bytes.fromhex(slot.salt), slot.cost)
    if not hmac.compare_digest(_tag(pad, slot.kind, slot.name, wrapped), slot.tag):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, pad[:_KEY_BYTES], strict=True))


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 base32 characters (no 0/1/8/9 to misread)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def recovery_secret(typed: str) -> bytes:
    """What a typed recovery key unwraps with: case, spaces and dashes do not matter, and the
    digits base32 lacks are read as the letters they look like (0 O, 1 I, 8 B)."""
    text = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(str.maketrans("018", "OIB"))
    return text.encode("ascii", "ignore")


def password_secret(password: str) -> bytes:
    return password.encode("utf-8")


def machine_account(data_dir: Path) -> str:
    """The machine secret's name in the OS key store: one per data folder."""
    return hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:32]


# -- the file ---------------------------------------------------------------------------------


def _slot_from(data: dict[str, Any]) -> Slot:
    cost = data.get("cost")
    return Slot(
        data["kind"],
        data.get("name", ""),
        data["kdf"],
        data["salt"],
        data["wrapped"],
        data["tag"],
        data.get("created_at", ""),
        KdfCost(**cost) if cost else None,
    )


def load(path: Path) -> KeyFile | None:
    """The key file, or None when there is none."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise KeyFileDamaged(path)
        return KeyFile(
            data["key_check"],
            tuple(_slot_from(s) for s in data["slots"]),
            {k: Failures(**v) for k, v in data.get("failures", {}).items()},
            tuple(data.get("pending_audit", ())),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyFileDamaged(path) from exc


def _slots_json(slots: Iterable[Slot]) -> list[dict[str, Any]]:
    out = []
    for slot in slots:
        data = asdict(slot)
        if slot.cost is None:
            del data["cost"]
        out.append(data)
    return out


def save(path: Path, keys: KeyFile) -> None:
    """Replace the key file atomically (a crash leaves the old one or the new one)."""
    data = {
        "format": FORMAT,
        "cipher": CIPHER,
        "key_check": keys.key_check,
        "slots": _slots_json(keys.slots),
        "failures": {k: asdict(v) for k, v in sorted(keys.failures.items())},
        "pending_audit": list(keys.pending_audit),
    }
    partial = path.with_name(path.name + ".partial")
    with open_private(partial, "wb") as f:
        f.write(json.dumps(data, indent=1).encode("utf-8") + b"\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, path)
