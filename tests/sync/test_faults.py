"""Whatever the network does, the centre ends up holding exactly the desktop's records.

20 randomized runs of 2,000 registrations (plus OPP sessions, attendance and edits made before
and during the sync) go through the fault-injecting proxy to the real central service; in some
runs the server is SIGKILLed and restarted mid-sync. Afterwards the centre holds exactly the
desktop's records, each at the version the desktop recorded, and the outbox is empty.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from local_db.store import Store
from sync.engine import SyncProgress
from tests.conftest import start_central
from tests.sync.proxy import FaultProxy
from tests.sync.support import Central, make_desktop
from tests.sync.workload import edit_phone, import_candidates, opp_records

RUNS = 20
RECORDS = 2000


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """A central service of this module's own: these runs SIGKILL and restart it."""
    yield from start_central(tmp_path_factory)


def local_records(store: Store) -> dict[str, tuple[str, int | None, str, str]]:
    out = {}
    with store.db.read() as conn:
        for table in ("candidate", "opp_session", "opp_attendance"):
            extra = "phone" if table == "candidate" else "status"
            for r in conn.exec_driver_sql(f"SELECT id, server_version, sync_state, {extra} FROM {table}"):
                out[r[0]] = (table, r[1], r[2], r[3])
    return out


def assert_same_records(central: Central, office: str, store: Store) -> None:
    held = central.records(office)
    local = local_records(store)
    assert set(held) == set(local), (len(set(held) - set(local)), len(set(local) - set(held)))
    for record_id, (entity, server_version, state, value) in local.items():
        entity_c, version, data = held[record_id]
        assert (entity_c, version, state) == (entity, server_version, "sent"), record_id
        assert data["phone" if entity == "candidate" else "status"] == value, record_id
    with store.db.read() as conn:
        left = conn.exec_driver_sql(
            "SELECT state, count(*) FROM outbox_change WHERE state IN ('pending','rejected','conflict') GROUP BY 1"
        ).all()
    assert left == []


def _restart(central: Central, killed: list[bool]) -> None:
    central.kill()
    killed.append(True)
    time.sleep(0.2)
    central.start()


@pytest.mark.slow
@pytest.mark.parametrize("run", range(RUNS))
def test_randomized_faults_lose_and_duplicate_nothing(
    run: int, central: Central, tmp_path: Path, template_db: Path
) -> None:
    rnd = random.Random(1000 + run)
    proxy = FaultProxy(central.port, fault_rate=rnd.uniform(0.15, 0.4), seed=run).start()
    office = central.new_office()
    desk = make_desktop(tmp_path / "desk", template_db, central, office, base_url=proxy.base)
    try:
        candidates = import_candidates(desk.store, tmp_path, RECORDS, seed=run + 1)
        opp_records(desk.store, candidates, rnd, f"R{run}", 40)
        for candidate_id in rnd.sample(candidates, 40):  # offline edits, some twice: coalesced
            edit_phone(desk.store, candidate_id, rnd)
            if rnd.random() < 0.5:
                edit_phone(desk.store, candidate_id, rnd)

        killed: list[bool] = []
        killers: list[threading.Thread] = []
        kill_at = rnd.randint(1, 2) if run % 4 == 3 else -1  # the push tick at which the server dies

        def during_sync(p: SyncProgress) -> None:  # a clerk keeps working while sync runs
            if p.phase != "push":
                return
            if rnd.random() < 0.3:
                edit_phone(desk.store, rnd.choice(candidates), rnd)
            if p.done > 0 and not killers and kill_at > 0 and p.done >= kill_at * 500:
                killers.append(threading.Thread(target=_restart, args=(central, killed)))
                killers[0].start()

        try:
            for _ in range(40):
                report = desk.sync(progress=during_sync, deadline=time.monotonic() + 60)
                if report.finished and report.pending == 0:
                    break
        finally:
            for killer in killers:
                killer.join()
        proxy.fault_rate = 0.0
        final = desk.sync()  # nothing edited since: pushes nothing new, pulls the echo
        assert final.finished and final.pending == 0 and final.needs_attention == 0, final
        assert_same_records(central, office, desk.store)
        assert sum(n for k, n in proxy.seen.items() if k != "pass") > 0
        assert killed or run % 4 != 3, "the server was to be killed mid-sync"
    finally:
        desk.close()
        proxy.stop()


CUT_RECORDS = 5000


@pytest.mark.slow
@pytest.mark.parametrize("share", [0.5, 1.0])
def test_first_pull_completes_through_a_link_that_cuts_large_answers(
    share: float, central: Central, tmp_path: Path, template_db: Path
) -> None:
    """Half (or all) of the connections lose every answer above 64 KiB: pages shrink until they
    pass. A page asked again unchanged would never arrive on the second link."""
    office = central.new_office()
    first = make_desktop(tmp_path / "first", template_db, central, office)
    try:
        import_candidates(first.store, tmp_path, CUT_RECORDS, seed=77 + int(share * 10))  # own NIKs
        pushed = first.sync()
        assert pushed.pushed.sent == CUT_RECORDS and pushed.pending == 0, pushed
    finally:
        first.close()
    proxy = FaultProxy(central.port, seed=14, cut_above=64 * 1024, cut_share=share).start()
    new = make_desktop(tmp_path / "new", template_db, central, office, base_url=proxy.base)
    try:
        report = new.sync(deadline=time.monotonic() + 300)
        assert report.finished and report.pulled == CUT_RECORDS, report
        assert proxy.seen["cut_done"] > 0  # the link did lose large answers
        assert_same_records(central, office, new.store)
    finally:
        new.close()
        proxy.stop()
