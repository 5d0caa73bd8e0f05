"""Screenshots of the real `loket demo` process, as the X server shows it (docs/screenshots/40-41).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/demo_screenshots.py --lang id

Starts `loket demo` with no QT_QPA_PLATFORM (a user's desktop), waits until the X server lists
its window (xwininfo) and the demo PC's store says the first sync is done (`loket status`),
grabs the whole screen (40: sample data, online). Then it switches the network off with the
window's own shortcut (xdotool), imports a few applicants from the command line into the demo
store, and grabs again once the window had time to notice (41: offline, records queued). The
demo is closed with TERM, as Ctrl+C would, which stops its central service.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
LOKET = [sys.executable, "-m", "desktop_app"]


def wait_until(what: str, check: object, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.5)


def window_ids(title_part: str) -> list[str]:
    done = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in done.stdout.splitlines() if title_part in line and '": (' in line]


def status(desktop: Path) -> dict[str, object]:
    done = subprocess.run(
        [*LOKET, "--data-dir", str(desktop), "status", "--json"], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


def grab(name: str) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    screen = QGuiApplication.primaryScreen()
    assert app is not None and screen is not None
    path = OUT / name
    screen.grabWindow(0).save(str(path))
    print("wrote", path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    lang = parser.parse_args().lang
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    work = Path(tempfile.mkdtemp(prefix="loket-demo-shot-"))
    desktop = work / "demo" / "desktop"
    demo = subprocess.Popen(
        [*LOKET, "--lang", lang, "demo", "--folder", str(work / "demo")],
        env={**env, "LOKET_DATA_DIR": str(work / "real")},
    )
    try:
        wait_until("the demo window", lambda: window_ids("DEMO"))
        synced = lambda: status(desktop)["last_sync_at"] and status(desktop)["pending"] == 0  # noqa: E731
        wait_until("the first sync", synced)
        time.sleep(2)  # the status bar is updated when the sync task reports back
        grab(f"40_demo_online_{lang}.png")
        window = window_ids("DEMO")[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        subprocess.run(["xdotool", "key", "ctrl+shift+j"], check=True)
        from bench.datagen import write_csv

        rows = write_csv(work / "pendaftar.csv", 5, seed=4242)
        subprocess.run([*LOKET, "--data-dir", str(desktop), "import", "candidates", str(rows)], check=True)
        time.sleep(8)  # the window's next sync attempt (a few seconds) fails and counts the queue
        grab(f"41_demo_offline_{lang}.png")
    finally:
        demo.send_signal(signal.SIGTERM)
        demo.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
