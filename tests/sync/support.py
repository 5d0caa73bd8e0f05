"""The real central service as a restartable process, and desktops enrolled with it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import requests
from sqlalchemy import text

from local_db.store import Store, open_store
from sync.client import CentralClient, Timeouts
from sync.engine import SyncEngine, SyncReport
from sync.enrolment import enroll
from sync.retry import RetryPolicy
from tests.central_service.support import CLI, ROOT, Server, admin_engine, free_port, new_code, new_office
from tests.conftest import cheap_hasher, fixed_clock


@dataclass
class Central:
    """`loket-central serve` on a fixed port, so it can be killed and started again."""

    db_url: str
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)  # on top of this process's environment

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def server(self) -> Server:
        assert self.process is not None
        return Server(self.db_url, self.base, self.process, self.log)

    def start(self) -> Central:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [*CLI, "--db", self.db_url, "serve", "--port", str(self.port)],
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, **self.env},
            )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(f"{self.base}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("server did not start within 60 s")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def new_office(self) -> str:
        return new_office(self.server)

    def new_code(self, office: str) -> str:
        return new_code(self.server, office)

    def count(self, office: str) -> int:
        """How many live records the centre holds for the office (cheap enough to poll)."""
        with admin_engine(self.db_url).connect() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT count(*) FROM record r JOIN office o ON o.id = r.office_id "
                        "WHERE o.code = :code AND NOT r.deleted"
                    ),
                    {"code": office},
                ).scalar_one()
            )

    def records(self, office: str) -> dict[str, tuple[str, int, dict[str, Any]]]:
        """entity_id -> (entity, version, data) of the office's live records, as the centre holds them."""
        with admin_engine(self.db_url).connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT r.entity_id, r.entity, r.version, r.data FROM record r JOIN office o "
                    "ON o.id = r.office_id WHERE o.code = :code AND NOT r.deleted"
                ),
                {"code": office},
            ).all()
        return {r.entity_id: (r.entity, r.version, orjson.loads(r.data)) for r in rows}


FAST = RetryPolicy(base=0.02, cap=0.3, max_tries=400, rng=random.Random(5))


def closing_session() -> requests.Session:
    """One request per connection, so the proxy can draw one fault per request."""
    session = requests.Session()
    session.headers["Connection"] = "close"
    return session


@dataclass
class Desktop:
    store: Store
    client: CentralClient
    engine: SyncEngine
    data_dir: Path

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.engine.run_once(**kwargs)

    def close(self) -> None:
        self.client.close()
        self.store.close()


def new_store(folder: Path, template_db: Path) -> Store:
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    shutil.copy(template_db, folder / "loket.db")
    return open_store(folder / "loket.db", folder / "backups", clock=fixed_clock, hasher=cheap_hasher())


def make_desktop(
    folder: Path,
    template_db: Path,
    central: Central,
    office: str,
    *,
    base_url: str | None = None,
    policy: RetryPolicy = FAST,
    timeouts: Timeouts | None = None,
    **engine_options: Any,
) -> Desktop:
    """A fresh store enrolled (directly, not through the proxy) with `office`."""
    store = new_store(folder, template_db)
    enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC uji")
    return attach(store, folder, base_url or central.base, policy, timeouts, **engine_options)


def attach(
    store: Store,
    folder: Path,
    base_url: str,
    policy: RetryPolicy = FAST,
    timeouts: Timeouts | None = None,
    **engine_options: Any,
) -> Desktop:
    from sync.enrolment import load_credentials

    creds = load_credentials(store.settings)
    client = CentralClient(
        base_url,
        token=creds.token,
        timeouts=timeouts or Timeouts(connect=2, read=20, probe=2),
        session=closing_session(),
    )
    engine = SyncEngine(store, client, creds.device_id, clock=fixed_clock, policy=policy, **engine_options)
    return Desktop(store, client, engine, folder)
