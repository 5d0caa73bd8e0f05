"""The demo's central service: the real `loket-central serve` as a child process on loopback.

Its SQLite database lives in the demo folder. Office administration (offices, enrolment codes,
the placement-company list) runs in this process through `central_service`'s own functions, the
same ones `loket-central offices add` and friends call.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

log = logging.getLogger("loket.demo.central")
START_SECONDS = 60


class DemoUnavailable(Exception):
    """The central service cannot run here: `code` names the reason for the user's sentence."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def server_parts_installed() -> bool:
    """The demo needs the `central` extra (FastAPI, uvicorn), which the desktop bundle leaves out."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("central_service", "fastapi", "uvicorn"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class DemoCentral:
    folder: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def db_url(self) -> str:
        return f"sqlite:///{(self.folder / 'central.db').as_posix()}"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.folder / "central.log"

    def start(self) -> DemoCentral:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.port = self.port or free_port()
        if not _port_free(self.port):
            raise DemoUnavailable("port_taken", str(self.port))
        command = [sys.executable, "-m", "central_service.cli", "--db", self.db_url]
        command += ["serve", "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        with self.log_path.open("ab") as out:
            self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=dict(os.environ)
            )
        self._wait_healthy()
        log.info("demo central service on port %s (pid %s)", self.port, self.process.pid)
        return self

    def _wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_SECONDS
        while True:
            if self.process.poll() is not None:
                raise DemoUnavailable("server_failed", str(self.log_path))
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise DemoUnavailable("server_failed", str(self.log_path))
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
        log.info("demo central service stopped")

    # Office administration, as `loket-central` does it -----------------------------------------

    def _engine(self) -> Any:
        from central_service.db import make_engine

        return make_engine(self.db_url)

    def add_office(self, code: str, name: str) -> None:
        from central_service.offices import add_office
        from domain.dates import utc_now

        engine = self._engine()
        try:
            add_office(engine, code, name, utc_now())
        finally:
            engine.dispose()

    def enrolment_code(self, office: str) -> str:
        from central_service.offices import create_enrollment_code
        from domain.dates import utc_now

        engine = self._engine()
        try:
            return str(create_enrollment_code(engine, office, 1.0, utc_now()))
        finally:
            engine.dispose()

    def import_p3mi(self, csv_file: Path) -> int:
        from central_service.p3mi import import_list

        engine = self._engine()
        try:
            added, _changed = import_list(engine, csv_file)
        finally:
            engine.dispose()
        return added


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
