"""429 and 503 with Retry-After, caused for real: a transaction of the test holds the office's lock.

The server under test runs one database request at a time and lets none wait
(`LOKET_CENTRAL_MAX_INFLIGHT=1`, `LOKET_CENTRAL_MAX_QUEUED=0`) and gives up on a lock after
1.5 s (`LOKET_CENTRAL_LOCK_TIMEOUT_MS`). While the test holds the office's row lock (SQLite:
the write lock), a push waits inside the only slot: the next request is turned away with 429,
and the waiting push itself ends in 503. Neither stored anything: the same changes sent again
are `applied`, not `duplicate`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from central_service import db, feed
from central_service.models import OFFICE
from tests.central_service.support import (
    Device,
    Server,
    admin_engine,
    assert_error_body,
    candidate_data,
    change,
    enroll,
    running_server,
)

LOCK_TIMEOUT_MS = 1500
SHEDDING_ENV = {
    "LOKET_CENTRAL_MAX_INFLIGHT": "1",
    "LOKET_CENTRAL_MAX_QUEUED": "0",
    "LOKET_CENTRAL_LOCK_TIMEOUT_MS": str(LOCK_TIMEOUT_MS),
}


@pytest.fixture(scope="module")
def strict_server(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log: Path = tmp_path_factory.mktemp("shedding") / "server.log"
    with running_server(db_url, log, env=SHEDDING_ENV) as running:
        yield running


def _assert_retry_after(response: requests.Response, status: int, code: str) -> None:
    body = assert_error_body(response, status, code)
    retry_after = response.headers.get("Retry-After", "")
    assert retry_after.isdigit() and int(retry_after) > 0, response.headers
    assert body["error"]["details"]["retry_after"] == int(retry_after)


def _pull(device: Device) -> requests.Response:
    return requests.get(device.server.url("/sync/pull"), headers=device.headers, timeout=30)


def _office_id(server: Server, code: str) -> int:
    with db.read(admin_engine(server.db_url)) as conn:
        return int(conn.execute(select(OFFICE.c.id).where(OFFICE.c.code == code)).scalar_one())


@pytest.mark.slow  # a fault run on a server of its own
def test_busy_server_answers_429_and_a_lock_timeout_503_both_with_retry_after(
    strict_server: Server,
) -> None:
    device = enroll(strict_server)
    batch = [change("candidate", candidate_data()) for _ in range(3)]
    with ThreadPoolExecutor(1) as executor:
        with db.write(admin_engine(strict_server.db_url)) as conn:
            feed.lock_office(conn, _office_id(strict_server, device.office))
            # The push takes the only slot and waits for the lock. Until it has the slot a pull
            # (which needs no lock) goes through; if a pull took the slot first, the push itself
            # was the one turned away and is sent again. A bounded number of tries.
            waiting = executor.submit(device.push_raw, batch)
            refused = None
            for _ in range(200):
                if waiting.done():
                    assert waiting.result().status_code == 429, waiting.result().text
                    waiting = executor.submit(device.push_raw, batch)
                response = _pull(device)
                if response.status_code == 429 and not waiting.done():
                    refused = response
                    break
                time.sleep(0.01)
            assert refused is not None, "the busy server never answered 429"
            _assert_retry_after(refused, 429, "too_many_requests")
            timed_out = waiting.result(timeout=60)
        _assert_retry_after(timed_out, 503, "unavailable")

    # Neither answer stored anything, and the server serves again once the lock is gone.
    assert [r["status"] for r in device.push(*batch)] == ["applied"] * 3
    assert _pull(device).status_code == 200
