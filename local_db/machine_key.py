"""The machine slot's secret in the operating system's key store (`keyring`).

On Windows that is the Credential Manager (DPAPI: only this Windows account on this PC reads
it), so scheduled `loket sync` and `loket backup` open the store without a password. Where no
key store exists (headless Linux, a locked-down account) every call answers "not available"
and the caller goes on without the machine slot: never an error.

Which backend is used follows keyring's own rules (`PYTHON_KEYRING_BACKEND` chooses one; the
tests point it at a file backend of their own, tests/support/file_keyring.py).
"""

from __future__ import annotations

import logging
import secrets

log = logging.getLogger(__name__)

SERVICE = "Loket PMI"
SECRET_BYTES = 32


class MachineKeyStore:
    """The OS key store, as the three operations the machine slot needs."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def _keyring(self) -> object | None:
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
        except Exception:  # noqa: BLE001 - a broken backend is an absent one
            log.info("no usable OS key store")
            return None
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return backend

    def available(self) -> bool:
        return self._keyring() is not None

    def read(self, account: str) -> bytes | None:
        backend = self._keyring()
        if backend is None:
            return None
        try:
            value = backend.get_password(self._service, account)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - e.g. the Credential Manager refusing: go on without
            log.info("the OS key store did not answer")
            return None
        try:
            return bytes.fromhex(value) if value else None
        except ValueError:
            return None

    def create(self, account: str) -> bytes | None:
        """A new machine secret stored under `account`; None where no key store takes it."""
        backend = self._keyring()
        if backend is None:
            return None
        secret = secrets.token_bytes(SECRET_BYTES)
        try:
            backend.set_password(self._service, account, secret.hex())  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001
            log.warning("the OS key store refused the machine key")
            return None
        return secret

    def delete(self, account: str) -> None:
        backend = self._keyring()
        if backend is None:
            return
        try:
            backend.delete_password(self._service, account)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - already gone, or the store refused: the slot is gone anyway
            log.info("the machine key was not removed from the OS key store")
