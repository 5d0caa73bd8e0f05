"""Fixtures: a fresh database per backend and one real server per backend for the session.

Each test makes its own offices (random codes), so tests sharing a server cannot see each
other's records: that is the isolation the service promises anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.central_service.support import Server, require_pg, running_server


def fresh_pg_database(admin_url: str) -> tuple[str, str]:
    name = f"loket_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), name


def drop_pg_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    admin = require_pg()
    url, name = fresh_pg_database(admin)
    yield url
    drop_pg_database(admin, name)


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('central') / 'central.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def server(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log: Path = tmp_path_factory.mktemp("server") / "server.log"
    with running_server(db_url, log) as running:
        yield running
