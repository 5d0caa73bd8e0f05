"""The settings page's view of the key file (ui/store_keys_box.py `StoreKeys`), over `Vault`."""

from __future__ import annotations

from local_db.machine_key import MachineKeyStore
from local_db.vault import Vault


class VaultKeys:
    """`data_key`: the open store's key (None for a plain store: nothing to change)."""

    def __init__(self, vault: Vault, data_key: bytes | None, machine: MachineKeyStore | None = None) -> None:
        self._vault = vault
        self._data_key = data_key
        self._machine = machine or MachineKeyStore()

    def encrypted(self) -> bool:
        return self._data_key is not None

    def machine_available(self) -> bool:
        return self._machine.available()

    def machine_on(self) -> bool:
        return self._vault.has_machine_slot()

    def set_machine(self, on: bool) -> bool:
        if self._data_key is None:
            return False
        return self._vault.set_machine(self._data_key, on)

    def is_locked(self, username: str) -> bool:
        keys = self._vault.keys() if self._data_key is not None else None
        failures = keys.failures.get(username.strip().lower()) if keys is not None else None
        return failures is not None and failures.locked

    def lift_lockout(self, username: str) -> bool:
        return self._data_key is not None and self._vault.lift_lockout(username)
