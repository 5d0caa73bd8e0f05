"""`loket demo` as a user runs it: the window on an X display, and the service gone when it closes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from desktop_app.demo.central import free_port
from tests.desktop_app.xserver import gui_env, xvfb

DEMO_TITLE = "Loket PMI — pendaftaran CPMI — MODE DEMO"


def loket(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", *args]


@pytest.mark.slow
def test_loket_demo_opens_the_window_and_closing_it_stops_the_service(tmp_path: Path) -> None:
    port = free_port()
    real = tmp_path / "real"
    with xvfb() as display:
        process = subprocess.Popen(
            loket("--lang", "id", "demo", "--port", str(port), "--folder", str(tmp_path / "demo")),
            env=gui_env(display, LOKET_DATA_DIR=str(real)),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            display.wait_for_title(DEMO_TITLE, 120, process)
            assert requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).status_code == 200
        finally:
            process.send_signal(signal.SIGTERM)  # as Ctrl+C would: the window closes
            output = process.communicate(timeout=60)[0].decode()
    assert process.returncode == 0, output
    assert "Demo siap: 200 calon PMI contoh (8 NIK sudah terdaftar di kantor lain)" in output
    assert output.rstrip().endswith("Demo selesai; layanan pusat demo dihentikan.")
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5)
    assert not real.exists()  # the real data folder was never created, let alone used
    assert (tmp_path / "demo" / "desktop" / "loket.db").is_file()


def test_the_demo_refuses_the_real_data_folder_and_a_bad_port(tmp_path: Path) -> None:
    real = tmp_path / "real"
    env = {**os.environ, "LOKET_DATA_DIR": str(real), "QT_QPA_PLATFORM": "offscreen"}
    inside = subprocess.run(
        loket("--lang", "en", "demo", "--folder", str(real / "demo")),
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert inside.returncode == 2
    assert inside.stderr.strip().endswith(
        "is (or is inside) the real data folder; the demo uses a folder of its own."
    )
    port = subprocess.run(
        loket("--lang", "en", "demo", "--port", "80"),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert port.returncode == 2 and "Port 80 cannot be used" in port.stderr
    assert not real.exists()
