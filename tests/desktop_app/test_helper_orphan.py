"""A killed `loket import` leaves no helper process behind: the helper watches its parent and
exits the moment the parent dies (here: SIGKILL to the parent alone, not its group)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.datagen import write_csv

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc")


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow  # a kill run
def test_the_helper_exits_when_its_parent_is_killed(data_dir: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "big.csv", 15_000)  # ~3 MB: prepared by the helper process
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    parent = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--data-dir",
            str(data_dir),
            "import",
            "candidates",
            str(source),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    helpers: set[int] = set()
    try:
        deadline = time.monotonic() + 30
        while not helpers and time.monotonic() < deadline and parent.poll() is None:
            # The spawn start method runs a resource tracker too; the helper is the one running
            # multiprocessing's spawn_main.
            helpers = {
                c for c in children(parent.pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()
            }
            time.sleep(0.01)
        assert helpers, "the import did not start its helper"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(alive(h) for h in helpers) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not any(alive(h) for h in helpers), "the helper outlived its parent"
    finally:
        for pid in helpers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
