"""Encrypted test stores for the window's tests: cheap argon2 costs, a clock to move, this PC's
key store (tests/support/file_keyring.py) in process."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from desktop_app.paths import AppPaths
from domain.codes import Role
from local_db.key_slots import KdfCost
from local_db.store import open_store
from local_db.throttle import SignInPolicy
from local_db.unlocking import encrypt_plain
from local_db.vault import Vault
from tests.conftest import FIXED_NOW, cheap_hasher
from tests.ui.conftest import PASSWORD

CHEAP = KdfCost(t=1, m=8, p=1)


class Clock:
    def __init__(self) -> None:
        self.now = FIXED_NOW

    def __call__(self) -> dt.datetime:
        return self.now


def vault_of(paths: AppPaths, clock: Clock, policy: SignInPolicy | None = None) -> Vault:
    return Vault(paths.database, clock, cost=CHEAP, policy=policy)


def options(clock: Clock) -> dict[str, object]:
    return {"hasher": cheap_hasher(), "clock": clock}


def plain_store_with_staff(paths: AppPaths, template_db: Path) -> None:
    shutil.copy(template_db, paths.database)
    store = open_store(paths.database, paths.backups, hasher=cheap_hasher())
    store.users.add("kepala", PASSWORD, Role.ADMIN, "Kepala Kantor", "test")
    store.users.add("petugas", PASSWORD, Role.OPERATOR, "Petugas Loket", "test")
    store.close()


def encrypted_store(paths: AppPaths, template_db: Path, vault: Vault, *, machine: bool = False) -> bytes:
    """kepala (admin) holds a slot; petugas (operator) too, after one sign-in."""
    plain_store_with_staff(paths, template_db)
    new = vault.new_keys("kepala", PASSWORD, machine=machine)
    store, _ = encrypt_plain(paths.database, paths.backups, vault, new, "test", hasher=cheap_hasher())
    assert store.users.authenticate("petugas", PASSWORD) is not None  # adds petugas's slot
    store.close()
    return new.data_key
