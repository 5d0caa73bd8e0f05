"""`loket enroll`, `loket sync`, `loket status` as docs/contract/INTERFACES.md fixes them, run as real processes;
and a desktop SIGKILLed during `loket sync` that finishes after a restart."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.datagen import write_csv
from local_db.store import open_store
from tests.central_service.support import free_port, nik
from tests.conftest import cheap_hasher, valid_candidate
from tests.desktop_app.cli_helpers import loket, status
from tests.sync.support import Central
from tests.sync.test_faults import assert_same_records
from tests.sync.workload import OP

SUMMARY = re.compile(r"^sent \d+, duplicate \d+, rejected \d+, conflict \d+, pulled \d+, pending \d+$")
ROOT = Path(__file__).resolve().parents[2]


def enrolled(data_dir: Path, central: Central, office: str) -> None:
    result = loket(data_dir, "enroll", "--server", central.base, "--code", central.new_code(office))
    assert result.code == 0, result.err
    assert office in result.out


def add_candidate(data_dir: Path, **overrides: object) -> None:
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    try:
        store.candidates.create(valid_candidate(**{"nik": nik(), **overrides}), OP)
    finally:
        store.close()


def summary(out: str) -> dict[str, int]:
    last = out.strip().splitlines()[-1]
    assert SUMMARY.match(last), last
    return {k: int(v) for v, k in (part.split(" ")[::-1] for part in last.split(", "))}


@pytest.mark.slow  # the real command several times
def test_enroll_refuses_a_wrong_code_and_reports_an_unreachable_server(
    central: Central, data_dir: Path
) -> None:
    wrong = loket(data_dir, "enroll", "--server", central.base, "--code", "NOT-A-CODE")
    assert wrong.code == 2 and "code" in wrong.err
    dead = f"http://127.0.0.1:{free_port()}"
    office = central.new_office()
    unreachable = loket(data_dir, "enroll", "--server", dead, "--code", central.new_code(office))
    assert unreachable.code == 3 and unreachable.err.strip()
    insecure = loket(data_dir, "enroll", "--server", "http://example.org", "--code", "X")
    assert insecure.code == 2
    not_yet = loket(data_dir, "sync")
    assert not_yet.code == 2 and "loket enroll" in not_yet.err


@pytest.mark.slow  # the real command several times
def test_sync_sends_everything_and_status_reports_it(central: Central, data_dir: Path) -> None:
    office = central.new_office()
    enrolled(data_dir, central, office)
    for _ in range(3):
        add_candidate(data_dir)
    before = status(data_dir)
    assert before["pending"] == 3 and before["last_sync_at"] is None
    result = loket(data_dir, "sync")
    assert result.code == 0, result.err
    assert summary(result.out) == {
        "sent": 3,
        "duplicate": 0,
        "rejected": 0,
        "conflict": 0,
        "pulled": 0,
        "pending": 0,
    }
    after = status(data_dir)
    assert after["pending"] == 0 and after["sent"] == 3
    assert isinstance(after["last_sync_at"], str) and after["last_sync_at"].endswith("Z")
    assert after["rejected"] == 0 and after["conflict"] == 0
    token = open_store(data_dir / "loket.db", data_dir / "backups").settings.get("sync_token")
    assert token and token not in result.out + result.err
    logs = "".join(p.read_text(errors="replace") for p in (data_dir / "logs").glob("*"))
    assert token not in logs


@pytest.mark.slow  # waits out --max-seconds on purpose
def test_unreachable_server_exits_3_and_records_stay_queued(central: Central, data_dir: Path) -> None:
    office = central.new_office()
    enrolled(data_dir, central, office)
    add_candidate(data_dir)
    store = open_store(data_dir / "loket.db", data_dir / "backups")
    store.settings.put("sync_server_url", f"http://127.0.0.1:{free_port()}")
    store.close()
    started = time.monotonic()
    result = loket(data_dir, "sync", "--max-seconds", "1")
    assert result.code == 3, result
    assert time.monotonic() - started < 30
    assert summary(result.out)["pending"] == 1
    assert status(data_dir)["pending"] == 1


@pytest.mark.slow  # the real command several times
def test_records_needing_a_person_exit_4(central: Central, data_dir: Path, tmp_path: Path) -> None:
    shared = nik()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "loket.db").write_bytes((data_dir / "loket.db").read_bytes())
    enrolled(elsewhere, central, central.new_office())
    add_candidate(elsewhere, nik=shared)
    assert loket(elsewhere, "sync").code == 0
    enrolled(data_dir, central, central.new_office())
    add_candidate(data_dir, nik=shared)
    add_candidate(data_dir)
    result = loket(data_dir, "sync")
    assert result.code == 4, result
    assert summary(result.out) | {"pulled": 0} == {
        "sent": 1,
        "duplicate": 0,
        "rejected": 1,
        "conflict": 0,
        "pulled": 0,
        "pending": 0,
    }
    assert status(data_dir)["rejected"] == 1


def start_sync(data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "sync"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def kill_mid_push(process: subprocess.Popen[bytes], central: Central, office: str, total: int) -> int:
    """SIGKILL `process` as soon as the centre holds more records than before but not all of them
    (an observed state, not a moment); returns how many it held. Polls with a deadline."""
    before = central.count(office)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            held = central.count(office)
            if before < held < total:
                process.send_signal(signal.SIGKILL)
                return held
            if process.poll() is not None:
                raise AssertionError(f"sync finished before a push was observed ({held} of {total} held)")
            time.sleep(0.005)
        raise AssertionError(f"no push progress observed within 120 s ({before} of {total} held)")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=60)


@pytest.mark.slow
def test_a_sync_killed_with_sigkill_finishes_after_restart(
    central: Central, data_dir: Path, tmp_path: Path
) -> None:
    total = 6000
    office = central.new_office()
    enrolled(data_dir, central, office)
    imported = loket(data_dir, "import", "candidates", str(write_csv(tmp_path / "c.csv", total, seed=77)))
    assert imported.code == 0, imported.err
    held = [kill_mid_push(start_sync(data_dir), central, office, total) for _ in range(2)]
    assert 0 < held[0] < held[1] < total, held  # both kills landed mid-push, the second after progress
    result = loket(data_dir, "sync")
    assert result.code == 0, result
    store = open_store(data_dir / "loket.db", data_dir / "backups")
    try:
        assert_same_records(central, office, store)
        assert len(central.records(office)) == total
    finally:
        store.close()
