"""The key file of one data folder: who may unlock the store, and with what.

`Vault` reads and changes `loket.keys.json` (local_db/key_slots.py) beside the database:
unlocking with a staff account's password (throttled and audited like signing in, with the
count kept in the key file because the store cannot be read yet), with the machine key, or with
the recovery key; adding, re-wrapping and removing slots. It never opens the database itself
(local_db/unlocking.py does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from domain.dates import format_utc
from local_db import key_slots
from local_db.key_slots import MACHINE, RECOVERY, STAFF, KdfCost, KeyFile, Slot
from local_db.machine_key import MachineKeyStore
from local_db.throttle import Failures, SignInPolicy, Verdict, after_failure, remaining

KEYS_NAME = "loket.keys.json"
UNKNOWN = "?"  # failures for names that hold no slot count under one key, never the typed name


@dataclass(frozen=True, slots=True)
class UnlockOutcome:
    verdict: Verdict
    data_key: bytes | None = None
    wait_seconds: float = 0.0
    failures: int = 0


@dataclass(frozen=True, slots=True)
class NewKeys:
    """A data key with its first slots, not yet saved."""

    data_key: bytes
    recovery_key: str
    keys: KeyFile


def keys_path(database: Path) -> Path:
    return database.with_name(KEYS_NAME)


class Vault:
    def __init__(
        self,
        database: Path,
        clock: Callable[[], dt.datetime],
        *,
        cost: KdfCost = key_slots.PRODUCTION_COST,
        policy: SignInPolicy | None = None,
        machine: MachineKeyStore | None = None,
    ) -> None:
        self.path = keys_path(database)
        self._account = key_slots.machine_account(database.parent)
        self._clock = clock
        self._cost = cost
        self.policy = policy or SignInPolicy()
        self._machine = machine or MachineKeyStore()

    # -- reading ----------------------------------------------------------------------------

    def keys(self) -> KeyFile | None:
        return key_slots.load(self.path)

    def _required(self) -> KeyFile:
        keys = self.keys()
        if keys is None:
            raise key_slots.KeyFileDamaged(self.path)
        return keys

    def _checked(self, keys: KeyFile, data_key: bytes | None) -> bytes | None:
        if data_key is None or key_slots.key_check(data_key) != keys.key_check:
            return None
        return data_key

    def machine_key(self) -> bytes | None:
        """The data key through the machine slot, where there is one and the OS key store answers."""
        keys = self.keys()
        slot = keys.of_kind(MACHINE) if keys else None
        if keys is None or slot is None:
            return None
        secret = self._machine.read(self._account)
        return self._checked(keys, key_slots.unwrap(slot, secret)) if secret else None

    def has_machine_slot(self) -> bool:
        keys = self.keys()
        return keys is not None and keys.of_kind(MACHINE) is not None

    def recover(self, recovery_key: str) -> bytes | None:
        keys = self._required()
        slot = keys.of_kind(RECOVERY)
        if slot is None:
            return None
        return self._checked(keys, key_slots.unwrap(slot, key_slots.recovery_secret(recovery_key)))

    # -- unlocking with a password (throttled) ----------------------------------------------

    def _throttle_key(self, keys: KeyFile, username: str) -> str:
        name = username.strip().lower()
        return name if keys.staff(name) is not None else UNKNOWN

    def wait_seconds(self, username: str) -> float:
        keys = self._required()
        state = keys.failures.get(self._throttle_key(keys, username), Failures())
        return remaining(self.policy, state, self._clock())

    def unlock(self, username: str, password: str) -> UnlockOutcome:
        """The data key through `username`'s slot; every failure counted, slowed and queued for
        the audit log (origin "unlock")."""
        keys = self._required()
        key = self._throttle_key(keys, username)
        state = keys.failures.get(key, Failures())
        now = self._clock()
        if state.locked:
            self._record_failure(keys, key, state, now)
            return UnlockOutcome(Verdict.LOCKED, failures=state.failures)
        if (wait := remaining(self.policy, state, now)) > 0:
            return UnlockOutcome(Verdict.WAIT, wait_seconds=wait, failures=state.failures)
        slot = keys.staff(key)
        secret = key_slots.password_secret(password)
        if slot is None:  # as long as a real unwrap, so the time does not tell which names exist
            key_slots.wrap(bytes(32), STAFF, "", secret, "", self._cost)
            data_key = None
        else:
            data_key = self._checked(keys, key_slots.unwrap(slot, secret))
        if data_key is not None:
            if key in keys.failures:
                self._save(replace(keys, failures={k: v for k, v in keys.failures.items() if k != key}))
            return UnlockOutcome(Verdict.OK, data_key)
        state = after_failure(self.policy, state, now)
        self._record_failure(keys, key, state, now)
        verdict = Verdict.LOCKED if state.locked else Verdict.WRONG
        return UnlockOutcome(
            verdict, wait_seconds=self.policy.delay_after(state.failures), failures=state.failures
        )

    def unlock_after_wait(
        self, username: str, password: str, sleep: Callable[[float], None]
    ) -> UnlockOutcome:
        """`unlock`, first waiting out the delay a previous failure set (the command line)."""
        if (wait := self.wait_seconds(username)) > 0:
            sleep(wait)
        return self.unlock(username, password)

    def _record_failure(self, keys: KeyFile, key: str, state: Failures, now: dt.datetime) -> None:
        entry = {"at": format_utc(now), "key": key, "failures": state.failures, "locked": state.locked}
        self._save(
            replace(keys, failures={**keys.failures, key: state}, pending_audit=(*keys.pending_audit, entry))
        )

    def lift_lockout(self, username: str) -> bool:
        """Forget `username`'s unlock failures; True if the account was locked."""
        keys = self.keys()
        name = username.strip().lower()
        if keys is None or name not in keys.failures:
            return False
        self._save(replace(keys, failures={k: v for k, v in keys.failures.items() if k != name}))
        return keys.failures[name].locked

    def take_pending_audit(self) -> tuple[dict[str, object], ...]:
        """The failed unlocks not yet in the audit log, removed from the key file."""
        keys = self.keys()
        if keys is None or not keys.pending_audit:
            return ()
        self._save(replace(keys, pending_audit=()))
        return keys.pending_audit

    # -- changing slots ---------------------------------------------------------------------

    def _now(self) -> str:
        return format_utc(self._clock())

    def _save(self, keys: KeyFile) -> None:
        key_slots.save(self.path, keys)

    def _staff_slot(self, data_key: bytes, username: str, password: str) -> Slot:
        name = username.strip().lower()
        return key_slots.wrap(
            data_key, STAFF, name, key_slots.password_secret(password), self._now(), self._cost
        )

    def new_keys(self, username: str, password: str, *, machine: bool = True) -> NewKeys:
        """A new data key wrapped for its first account and a new recovery key (plus the machine
        slot when asked and an OS key store takes it). Nothing is written: `save` it."""
        from local_db.cipher import new_data_key

        data_key = new_data_key()
        recovery, recovery_slot = self._recovery_slot(data_key)
        slots = (self._staff_slot(data_key, username, password), recovery_slot)
        keys = KeyFile(key_slots.key_check(data_key), slots)
        if machine and (slot := self._new_machine_slot(data_key)) is not None:
            keys = keys.with_slot(slot)
        return NewKeys(data_key, recovery, keys)

    def save(self, keys: KeyFile) -> None:
        self._save(keys)

    def set_staff(self, data_key: bytes, username: str, password: str) -> None:
        """Add `username`'s slot, or re-wrap it under a new password (only that slot changes)."""
        self._save(self._required().with_slot(self._staff_slot(data_key, username, password)))

    def has_staff(self, username: str) -> bool:
        keys = self.keys()
        return keys is not None and keys.staff(username.strip().lower()) is not None

    def remove_staff(self, username: str) -> bool:
        keys = self._required()
        name = username.strip().lower()
        if keys.staff(name) is None:
            return False
        self._save(keys.without(STAFF, name))
        return True

    def _new_machine_slot(self, data_key: bytes) -> Slot | None:
        secret = self._machine.create(self._account)
        return key_slots.wrap(data_key, MACHINE, "", secret, self._now()) if secret else None

    def _recovery_slot(self, data_key: bytes) -> tuple[str, Slot]:
        """A new recovery key and the slot it opens."""
        recovery = key_slots.new_recovery_key()
        secret = key_slots.recovery_secret(recovery)
        return recovery, key_slots.wrap(data_key, RECOVERY, "", secret, self._now())

    def new_recovery_key(self, data_key: bytes) -> str:
        """A new recovery key replacing the old one (lost, or known to someone who left): only
        the recovery slot changes; the old key opens nothing from now on."""
        recovery, slot = self._recovery_slot(data_key)
        self._save(self._required().with_slot(slot))
        return recovery

    def set_machine(self, data_key: bytes, on: bool) -> bool:
        """Turn the machine slot on or off; False when on was asked and no OS key store exists."""
        keys = self._required()
        if not on:
            self._machine.delete(self._account)
            self._save(keys.without(MACHINE))
            return True
        slot = self._new_machine_slot(data_key)
        if slot is None:
            return False
        self._save(keys.with_slot(slot))
        return True


@dataclass(frozen=True, slots=True)
class KeyHolders:
    """The open store's link to its key file: accounts gain, change and lose their slots as
    they are added, change their password or are deactivated (local_db/repositories/users.py)."""

    vault: Vault
    data_key: bytes = field(repr=False)

    def set(self, username: str, password: str) -> None:
        self.vault.set_staff(self.data_key, username, password)

    def has(self, username: str) -> bool:
        return self.vault.has_staff(username)

    def remove(self, username: str) -> None:
        self.vault.remove_staff(username)
