"""Shared fixtures. A migrated store with the region table is built once per test session and
copied for each test: loading 91,599 regions costs about a second."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the real OS key store; tests/support/file_keyring.py stands in for it.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import pytest
from argon2 import PasswordHasher

from bench.datagen import form_candidate
from domain.actor import Actor
from domain.codes import Role
from domain.countries import Countries
from local_db.store import Store, open_store

if TYPE_CHECKING:
    from tests.sync.support import Central

FIXED_NOW = dt.datetime(2026, 11, 27, 3, 4, 5, tzinfo=dt.UTC)


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


def cheap_hasher() -> PasswordHasher:
    """argon2 with test-sized costs (the default verify takes ~0.15 s)."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session")
def countries() -> Countries:
    return Countries()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    store = open_store(folder / "loket.db", folder / "backups", hasher=cheap_hasher())
    store.close()
    return folder / "loket.db"


@pytest.fixture
def data_dir(tmp_path: Path, template_db: Path) -> Path:
    """A data folder whose loket.db is already migrated and holds the region table."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copy(template_db, folder / "loket.db")
    return folder


@pytest.fixture
def store(data_dir: Path, countries: Countries) -> Iterator[Store]:
    s = open_store(
        data_dir / "loket.db",
        data_dir / "backups",
        clock=fixed_clock,
        countries=countries,
        hasher=cheap_hasher(),
    )
    yield s
    s.close()


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """One real central service (SQLite file) per test module; each test makes its own office."""
    from tests.sync.support import Central as RunningCentral

    folder = tmp_path_factory.mktemp("central")
    running = RunningCentral(f"sqlite:///{folder / 'central.db'}", folder / "server.log").start()
    yield running
    running.stop()


@pytest.fixture
def operator() -> Actor:
    return Actor("operator1", Role.OPERATOR)


def valid_candidate(**overrides: object) -> dict[str, object]:
    """A registration that passes every rule on FIXED_NOW."""
    return form_candidate(**overrides)
