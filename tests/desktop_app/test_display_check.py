"""Before Qt starts: a missing display library is named with its package, not Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.display_check import explain_missing, missing_libraries, uses_xcb, window_problem, xcb_plugin

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="ldd")


def test_the_missing_libraries_are_named_with_the_command_that_installs_them() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    sentence = explain_missing(missing, "en", apt=True)
    assert sentence.endswith("install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in sentence
    assert "pasang dengan: sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in explain_missing(
        missing, "id", apt=True
    )
    assert "package manager" in explain_missing(missing, "en", apt=False)
    assert "\n" not in sentence


def test_only_linux_with_xcb_is_checked() -> None:
    assert uses_xcb({}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "win32")
    assert window_problem("en", {"QT_QPA_PLATFORM": "offscreen"}) is None


@linux_only
def test_the_check_finds_a_library_the_loader_cannot(tmp_path: Path) -> None:
    """The real plugin copied away from Qt's libraries: the loader cannot find libQt6XcbQpa."""
    plugin = xcb_plugin({})
    assert plugin is not None
    copy = tmp_path / "platforms" / "libqxcb.so"
    copy.parent.mkdir()
    shutil.copy(plugin, copy)
    missing = missing_libraries(copy)
    assert "libQt6XcbQpa.so.6" in missing
    sentence = window_problem("en", {"DISPLAY": ":0"}, plugin=copy)
    assert sentence is not None
    assert "libQt6XcbQpa.so.6" in sentence and sentence.endswith("reinstall Loket PMI.")


@linux_only
def test_the_installed_plugin_has_what_it_needs() -> None:
    """CI installs the packages of .ci/run's apt line: nothing is missing there."""
    plugin = xcb_plugin({})
    assert plugin is not None
    assert missing_libraries(plugin) == []
    assert window_problem("en", {"DISPLAY": ":0"}) is None


@linux_only
def test_loket_without_a_display_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path), "--lang", "en", "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("No graphical display was found (DISPLAY is not set)")
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
