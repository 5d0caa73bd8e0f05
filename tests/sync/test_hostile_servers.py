"""`loket sync --max-seconds 10` against servers that drip or flood: it returns in time, within
its memory, and the records stay queued (INTERFACES.md: exit 3, records stay queued)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from local_db.store import open_store
from sync.enrolment import SERVER_URL
from tests.central_service.support import nik
from tests.conftest import cheap_hasher, valid_candidate
from tests.desktop_app.cli_helpers import status
from tests.sync.hostile import HostileServer
from tests.sync.support import Central, attach, make_desktop
from tests.sync.test_cli import add_candidate, enrolled
from tests.sync.workload import OP

ROOT = Path(__file__).resolve().parents[2]
RECORDS = 3


def point_at(data_dir: Path, url: str) -> None:
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    try:
        store.settings.put(SERVER_URL, url)
    finally:
        store.close()


def wait_with_peak(process: subprocess.Popen[bytes], deadline: float) -> int:
    """Wait for the process; its peak resident memory in kB, read from /proc while it runs.

    Not `wait4`'s ru_maxrss: Linux carries the parent's high-water mark across fork and exec,
    so a child of a 400 MB pytest process reports 400 MB however little it uses itself.
    """
    status = Path(f"/proc/{process.pid}/status")
    peak = 0
    while process.poll() is None:
        if time.monotonic() > deadline:
            raise TimeoutError("loket sync did not return")
        try:
            lines = status.read_text().splitlines()
        except OSError:  # gone between poll() and the read
            lines = []
        for line in lines:
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
        time.sleep(0.02)
    return peak


def timed_sync(data_dir: Path, *args: str) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak resident kB, stderr) of `loket sync` run as its own process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "desktop_app",
        "--data-dir",
        str(data_dir),
        "--lang",
        "en",
        "sync",
        *args,
    ]
    started = time.monotonic()
    err_path = data_dir / "sync.err"
    with err_path.open("wb") as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
        try:
            peak_kb = wait_with_peak(process, deadline=started + 60)
        except BaseException:
            process.kill()
            process.wait()
            raise
    return process.returncode, time.monotonic() - started, peak_kb, err_path.read_text()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mode", "health_ok"), [("drip", False), ("drip", True), ("flood", False), ("flood", True)]
)
def test_sync_returns_by_its_deadline_with_records_queued(
    mode: str, health_ok: bool, central: Central, data_dir: Path
) -> None:
    office = central.new_office()
    enrolled(data_dir, central, office)
    for _ in range(RECORDS):
        add_candidate(data_dir)
    server = HostileServer(mode, health_ok=health_ok).start()
    try:
        point_at(data_dir, server.base)
        code, seconds, peak_kb, err = timed_sync(data_dir, "--max-seconds", "10")
    finally:
        server.stop()
    seen = f"exit {code}, {seconds:.1f} s, {peak_kb // 1024} MB, stderr: {err[-2000:]}"
    assert server.connections >= 1
    assert "Traceback" not in err, seen
    assert code == 3, seen
    assert seconds < 20, seen
    assert 10 * 1024 < peak_kb < 300 * 1024, seen  # the lower bound proves it was measured
    assert status(data_dir)["pending"] == RECORDS


def test_a_cancel_cuts_a_request_in_flight(central: Central, tmp_path: Path, template_db: Path) -> None:
    """The GUI's cancel button: a push stuck on a dripping server stops within a second, not
    at the run's deadline."""
    office = central.new_office()
    desk = make_desktop(tmp_path / "desk", template_db, central, office)
    server = HostileServer("drip", health_ok=True).start()
    try:
        desk.store.candidates.create(valid_candidate(nik=nik()), OP)
        slow = attach(desk.store, desk.data_dir, server.base)
        cancel = threading.Event()
        pressed = threading.Timer(1.0, cancel.set)
        pressed.start()
        started = time.monotonic()
        report = slow.engine.run_once(cancelled=cancel.is_set, deadline=started + 60)
        took = time.monotonic() - started
        pressed.join()
    finally:
        server.stop()
        desk.close()
    assert report.cancelled and report.pending == 1, report
    assert took < 5, took
