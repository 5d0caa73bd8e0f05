"""One real central service (SQLite file) for the sync tests; each test makes its own office."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.support import Central


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    folder = tmp_path_factory.mktemp("central")
    running = Central(f"sqlite:///{folder / 'central.db'}", folder / "server.log").start()
    yield running
    running.stop()
