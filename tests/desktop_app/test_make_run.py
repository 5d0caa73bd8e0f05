"""`make run` opens the first-run window on the user's display (issue 13).

The Makefile used to export QT_QPA_PLATFORM=offscreen for every target, so the window opened
on no screen. Here a real X server (Xvfb) is the user's display, the environment has no
QT_QPA_PLATFORM, and the X server itself is asked which windows it shows.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.desktop_app.xserver import gui_env, xvfb

ROOT = Path(__file__).resolve().parents[2]
FIRST_RUN_TITLE = "Loket PMI — penggunaan pertama"  # ui/auth.py FirstRunDialog, in Indonesian


@pytest.mark.slow
def test_make_run_shows_the_first_run_window_on_the_display(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.skip("needs make")
    with xvfb() as display:
        env = gui_env(display, LOKET_DATA_DIR=str(tmp_path / "data"))
        # `-o install`: the virtualenv exists already; installing again is not what is tested.
        process = subprocess.Popen(
            ["make", "--no-print-directory", "-o", "install", "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            titles = display.wait_for_title(FIRST_RUN_TITLE, 60, process)
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            output = process.communicate(timeout=30)[0].decode(errors="replace")
    assert FIRST_RUN_TITLE in titles, output
    assert "offscreen" not in output
