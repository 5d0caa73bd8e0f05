"""Before the window: will Qt be able to open it? One plain sentence instead of Qt's abort.

On Linux with X11, Qt loads its `xcb` platform plugin, which links against a dozen small
system libraries. When one is missing, Qt prints a misleading message (since 6.5 it always
blames `libxcb-cursor0`, even when `libxcb-icccm4` or `libxcb-keysyms1` are the missing ones)
and aborts the process with SIGABRT. So, before a QApplication exists, we ask the dynamic
loader (`ldd` on the plugin, which follows the plugin's own dependencies too) which libraries
it cannot find, and name the Debian/Ubuntu packages that provide them.

Only Linux with the `xcb` platform is checked: offscreen tests, Wayland sessions, Windows and
macOS go straight on. Where the check itself cannot run (no `ldd`, plugin not found) it says
nothing and Qt decides, as before.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop_app.cli_text import Messages

# The shared libraries Qt's xcb plugin (Qt 6.5+) needs, and the Debian/Ubuntu package of each
# (the list in ARCHITECTURE.md "What CI needs", and `.ci/run`'s apt-get line).
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will try the xcb plugin first (Linux, and no other platform chosen)."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Qt 6 prefers its Wayland plugin in a Wayland session (and falls back to xcb itself).
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def xcb_plugin(env: Mapping[str, str]) -> Path | None:
    """The xcb plugin file Qt will load: from QT_PLUGIN_PATH, else Qt's own plugin folder."""
    from PySide6.QtCore import QLibraryInfo  # loads QtCore only; no application is created

    folders = [Path(p) for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    for folder in folders:
        candidate = folder / "platforms" / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries the dynamic loader cannot find for `library` (and what it needs)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        done = subprocess.run(  # noqa: S603 - a fixed tool on a file path, no shell
            [ldd, str(library)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))


def explain_missing(libraries: Sequence[str], lang: str, apt: bool) -> str:
    """One sentence naming the missing libraries and, where known, the packages to install."""
    msg = Messages(lang)
    packages = list(dict.fromkeys(PACKAGES[name] for name in libraries if name in PACKAGES))
    names = ", ".join(libraries)
    if not packages:  # only Qt's own libraries are missing: the installation is damaged
        return msg("display_missing_bundle", libraries=names)
    key = "display_missing_apt" if apt else "display_missing_other"
    return msg(key, libraries=names, packages=" ".join(packages))


def window_problem(lang: str, env: Mapping[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """The sentence to print instead of starting Qt, or None when the window can be tried."""
    env = os.environ if env is None else env
    if not uses_xcb(env):
        return None
    if not env.get("DISPLAY"):
        return Messages(lang)("display_no_display")
    plugin = plugin or xcb_plugin(env)
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    return explain_missing(missing, lang, apt=shutil.which("apt-get") is not None)
