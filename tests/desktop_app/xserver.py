"""A private Xvfb display for tests that must ask the X server, not Qt, what is on screen."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

_TITLE = re.compile(r'^\s*0x[0-9a-f]+ "(.*)": \(', re.MULTILINE)  # 0x400007 "title": ("class" "Class")
TOOLS = ("Xvfb", "xwininfo")  # Debian: xvfb, x11-utils (.ci/run installs both)


@dataclass(frozen=True)
class XDisplay:
    name: str  # ":N"

    def window_titles(self) -> list[str]:
        """The names of every window the X server holds (`xwininfo -root -tree`)."""
        done = subprocess.run(
            ["xwininfo", "-root", "-tree", "-display", self.name],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        return _TITLE.findall(done.stdout)

    def wait_for_title(self, wanted: str, timeout_s: float, alive: subprocess.Popen[bytes]) -> list[str]:
        deadline = time.monotonic() + timeout_s
        while True:
            titles = self.window_titles()
            if wanted in titles:
                return titles
            if alive.poll() is not None:
                raise AssertionError(f"the program exited ({alive.returncode}) before {wanted!r} appeared")
            if time.monotonic() > deadline:
                raise AssertionError(f"no window {wanted!r} within {timeout_s} s; the server shows {titles}")
            time.sleep(0.2)


def gui_env(display: XDisplay, **extra: str) -> dict[str, str]:
    """The environment of a desktop session on `display`: no QT_QPA_PLATFORM, no Wayland."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.pop("XDG_SESSION_TYPE", None)
    env.update(DISPLAY=display.name, **extra)
    return env


@contextmanager
def xvfb(size: str = "1366x768x24") -> Iterator[XDisplay]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb x11-utils)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start")
        yield XDisplay(f":{number}")
    finally:
        server.terminate()
        server.wait(timeout=20)
