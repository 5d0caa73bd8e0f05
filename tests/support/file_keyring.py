"""A keyring backend for tests: the OS key store of a pretend office PC, in a JSON file.

Headless Linux has no key store, so the machine slot (local_db/machine_key.py) is tested
through keyring's own backend interface with this file standing in for the Windows Credential
Manager. `PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring` selects it in a
subprocess, `LOKET_TEST_KEYRING` names the file (one per test)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV_FILE = "LOKET_TEST_KEYRING"
BACKEND = "tests.support.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[ENV_FILE])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return dict(json.loads(path.read_text())) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        self._path().write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._save({**self._load(), f"{service}/{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)


def machine_env(keyring_file: Path) -> dict[str, str]:
    """The environment of a `loket` subprocess on a PC whose key store is `keyring_file`."""
    return {"PYTHON_KEYRING_BACKEND": BACKEND, ENV_FILE: str(keyring_file)}


NO_KEY_STORE = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
