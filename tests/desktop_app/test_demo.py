"""`loket demo` without the window: the sample world on a real demo centre, and the network switch."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from bench.datagen import form_candidate
from desktop_app.demo.central import DemoCentral
from desktop_app.demo.relay import Relay
from desktop_app.demo.seed import (
    CANDIDATES,
    ELSEWHERE_EVERY,
    FROM_OTHER_PC,
    TODAY_ENROLLED,
    DemoWorld,
    build_world,
    demo_folder_problem,
)
from desktop_app.paths import AppPaths, prepare
from domain.countries import Countries
from local_db.models import OPP_ATTENDANCE_T, OPP_SESSION_T, P3MI_T
from local_db.repositories.sync_counts import sync_counts
from sync.client import CentralClient
from sync.engine import SyncEngine, SyncReport
from sync.enrolment import load_credentials

pytestmark = pytest.mark.slow
ELSEWHERE = CANDIDATES // ELSEWHERE_EVERY


@dataclass
class Demo:
    central: DemoCentral
    relay: Relay
    world: DemoWorld

    def sync(self) -> SyncReport:
        creds = load_credentials(self.world.store.settings)
        client = CentralClient(creds.server_url, app_version="0.1.0", token=creds.token)
        try:
            return SyncEngine(self.world.store, client, creds.device_id).run_once()
        finally:
            client.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, countries: Countries) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("demo")
    central = DemoCentral(folder / "central").start()
    relay = Relay(central.port)
    paths = AppPaths(folder / "desktop")
    prepare(paths)
    try:
        world = build_world(central, relay.url, paths, countries, "0.1.0")
        yield Demo(central, relay, world)
        world.store.close()
    finally:
        relay.close()
        central.stop()


def test_the_sample_world_is_in_the_demo_folder_only(demo: Demo, tmp_path: Path) -> None:
    store = demo.world.store
    assert demo.world.candidates == CANDIDATES
    assert demo.world.pulled >= FROM_OTHER_PC  # the other PC's applicants, and the P3MI list
    assert store.search.count() == CANDIDATES + FROM_OTHER_PC
    with store.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(P3MI_T)).scalar_one() == 6
        sessions = conn.execute(select(OPP_SESSION_T.c.id, OPP_SESSION_T.c.status)).all()
        enrolled = conn.execute(select(func.count()).select_from(OPP_ATTENDANCE_T)).scalar_one()
    assert sorted(status for _, status in sessions) == ["open", "planned"]
    assert enrolled == TODAY_ENROLLED
    creds = load_credentials(store.settings)
    assert creds.server_url == demo.relay.url and creds.office_code == "3600"
    assert demo.world.paths.data_dir.is_relative_to(demo.central.folder.parent)
    real = Path(os.environ.get("LOKET_DATA_DIR", tmp_path / "real"))
    assert demo_folder_problem(real, real) == "real_folder"
    assert demo_folder_problem(real / "demo", real) == "real_folder"
    assert demo_folder_problem(tmp_path / "new", tmp_path / "elsewhere") is None


def test_the_first_push_leaves_the_neighbours_niks_needing_attention(demo: Demo) -> None:
    report = demo.sync()
    assert report.online and report.finished
    assert report.pushed.rejected == ELSEWHERE
    assert report.pending == 0
    counts = sync_counts(demo.world.store.db)
    assert counts.rejected == ELSEWHERE and counts.pending == 0
    attention = demo.world.store.sync_records.needs_attention()
    assert {s.errors[0].code for s in attention} == {"nik_registered_elsewhere"}
    niks = {demo.world.store.candidates.get(s.id).data["nik"] for s in attention}
    assert niks == set(demo.world.elsewhere_niks)


def test_switched_off_new_records_queue_switched_on_they_drain(demo: Demo) -> None:
    store, clerk = demo.world.store, demo.world.clerk
    demo.relay.set_online(False)
    saved = store.candidates.create(form_candidate(nik="3601015505990001"), clerk.actor()).record
    offline = demo.sync()
    assert not offline.online and offline.pending >= 1
    assert sync_counts(store.db).pending >= 1
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{demo.relay.url}/api/v1/health", timeout=5)
    demo.relay.set_online(True)
    online = demo.sync()
    assert online.online and online.pending == 0 and online.pushed.sent >= 1
    assert store.candidates.get(saved.id).sync_state == "sent"


def test_stopping_the_demo_stops_its_service(tmp_path: Path) -> None:
    central = DemoCentral(tmp_path / "central").start()
    relay = Relay(central.port)
    assert requests.get(f"{relay.url}/api/v1/health", timeout=5).status_code == 200
    relay.close()
    central.stop()
    assert central.process is not None and central.process.poll() is not None
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{central.url}/api/v1/health", timeout=5)
