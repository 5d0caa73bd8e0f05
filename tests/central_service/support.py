"""Running the real `loket-central` and speaking to it: the helpers every test module uses."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine

from bench.datagen import wire_candidate
from central_service import offices
from central_service.db import make_engine
from domain.attendance import attendance_id
from domain.dates import utc_now

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "central_service.cli"]
RECORDED_AT = "2026-11-27T03:04:05Z"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(db_url: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*CLI, "--db", db_url, *args], check=False, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    if check and done.returncode != 0:
        raise AssertionError(f"loket-central {args} failed: {done.stderr}")
    return done


@dataclass
class Server:
    db_url: str
    base: str
    process: subprocess.Popen[bytes]
    log: Path

    def url(self, path: str) -> str:
        return f"{self.base}/api/v1{path}"


@contextmanager
def running_server(
    db_url: str,
    log: Path,
    *extra: str,
    env: dict[str, str] | None = None,
    preexec_fn: Callable[[], None] | None = None,
) -> Iterator[Server]:
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*CLI, "--db", db_url, "serve", "--port", str(port), *extra],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            preexec_fn=preexec_fn,  # noqa: PLW1509 - only sets resource limits, no locks taken
        )
    server = Server(db_url, f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise AssertionError(f"server exited: {log.read_text()[-2000:]}")
            try:
                if requests.get(server.url("/health"), timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("server did not start within 60 s")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_engines: dict[str, Engine] = {}


def admin_engine(db_url: str) -> Engine:
    """Operator actions run in-process on the server's database (the CLI has its own tests)."""
    if db_url not in _engines:
        _engines[db_url] = make_engine(db_url)
    return _engines[db_url]


def new_office(server: Server, name: str = "Kantor Uji") -> str:
    code = uuid.uuid4().hex[:12]
    offices.add_office(admin_engine(server.db_url), code, name, utc_now())
    return code


def new_code(
    server: Server, office: str, ttl_hours: float = 1.0, issued_at: dt.datetime | None = None
) -> str:
    """A code issued now, or at `issued_at` (a code issued in the past expires without waiting)."""
    now = issued_at or utc_now()
    return offices.create_enrollment_code(admin_engine(server.db_url), office, ttl_hours, now)


@dataclass
class Device:
    server: Server
    device_id: str
    token: str
    office: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "User-Agent": "LoketPMI/test"}

    def push_raw(self, changes: list[dict[str, Any]], **kwargs: Any) -> requests.Response:
        body = {"device_id": self.device_id, "changes": changes}
        return requests.post(
            self.server.url("/sync/push"), json=body, headers=self.headers, timeout=60, **kwargs
        )

    def push(self, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(changes))
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull_all(self, since: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit}
            if since is not None:
                params["since"] = since
            r = requests.get(self.server.url("/sync/pull"), params=params, headers=self.headers, timeout=60)
            assert r.status_code == 200, r.text
            body = r.json()
            out.extend(body["changes"])
            since = body["next"]
            if not body["more"]:
                return out


def enroll(server: Server, office: str | None = None) -> Device:
    office = office or new_office(server)
    device_id = str(uuid.uuid4())
    body = {
        "enrollment_code": new_code(server, office),
        "device_id": device_id,
        "device_name": "PC loket 1",
        "app_version": "0.1.0",
    }
    r = requests.post(server.url("/devices/enroll"), json=body, timeout=30)
    assert r.status_code == 201, r.text
    return Device(server, device_id, r.json()["token"], office)


# Serials for `nik()` start above the small fixed ones tests use on purpose (`form_candidate`'s
# ...0001, `add_people`'s 1, 2, 3...): a session shares one central service, where a NIK claim
# holds across offices.
_serial = iter(range(1000, 10**9))


def serial_block(count: int) -> int:
    """The first of `count` consecutive serials no other `nik()` of this session returns."""
    first = next(_serial)
    for _ in range(count - 1):
        next(_serial)
    return first


def nik(birth: str = "990515", female: bool = True, serial: int | None = None) -> str:
    """A valid NIK (Kab. Pandeglang, Banten) with a unique serial."""
    dd, mm, yy = int(birth[4:6]), birth[2:4], birth[0:2]
    day = dd + 40 if female else dd
    number = serial if serial is not None else next(_serial)
    return f"360101{day:02d}{mm}{yy}{number % 10000 or 1:04d}"


def candidate_data(**overrides: Any) -> dict[str, Any]:
    return wire_candidate(**{"nik": nik(), **overrides})


def session_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": "OPP-2026-11",
        "title": "OPP Malaysia",
        "organiser": "BP3MI Banten",
        "venue": "Aula Disnakertrans",
        "starts_at": "2026-12-01T01:00:00Z",
        "ends_at": "2026-12-01T09:00:00Z",
        "lesson_hours": 8,
        "capacity": 2,
        "status": "open",
    }
    data.update(overrides)
    return data


def attendance_data(session_id: str, candidate_id: str, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "session_id": session_id,
        "candidate_id": candidate_id,
        "status": "present",
        "checked_in_at": "2026-12-01T01:05:00Z",
        "method": "nik",
        "recorded_by": "operator1",
    }
    data.update(overrides)
    return data


def derived_attendance_id(data: dict[str, Any]) -> str | None:
    """The protocol's id of an attendance record, when its data names a session and a candidate."""
    try:
        return attendance_id(str(data["session_id"]), str(data["candidate_id"]))
    except (KeyError, ValueError):
        return None


def change(
    entity: str,
    data: dict[str, Any] | None = None,
    *,
    entity_id: str | None = None,
    base_version: int | None = None,
    op: str = "upsert",
) -> dict[str, Any]:
    if entity_id is None and entity == "opp_attendance":
        entity_id = derived_attendance_id(data or {})
    return {
        "change_id": str(uuid.uuid4()),
        "entity": entity,
        "entity_id": entity_id or str(uuid.uuid4()),
        "op": op,
        "base_version": base_version,
        "recorded_at": RECORDED_AT,
        "data": data or {},
    }


def assert_error_body(response: requests.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.text[:500])
    body = response.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    if code is not None:
        assert body["error"]["code"] == code, body
    return body


def require_pg() -> str:
    url = os.environ.get("LOKET_TEST_PG_URL")
    if not url:
        if os.environ.get("LOKET_REQUIRE_PG") == "1":
            pytest.fail("LOKET_TEST_PG_URL is not set but LOKET_REQUIRE_PG=1")
        pytest.skip("PostgreSQL tests need LOKET_TEST_PG_URL")
    return url
