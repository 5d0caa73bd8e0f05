"""Icons bundled as SVG (`ui/icon_files/`): drawn at whatever size the screen scaling asks,
so they stay sharp at 125 % and 150 %. Status colours live here too, one place for each."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QColor, QIcon

ICONS = Path(__file__).with_name("icon_files")

# Candidate status: (icon colour / text, chip background). Light tints that print as grey.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "registered": ("#1d4ed8", "#e0e9ff"),
    "verified": ("#15803d", "#dcfce7"),
    "opp_scheduled": ("#6d28d9", "#ede9fe"),
    "opp_completed": ("#0f766e", "#ccfbf1"),
    "departed": ("#374151", "#e5e7eb"),
    "withdrawn": ("#b91c1c", "#fee2e2"),
}


@functools.cache
def icon(name: str) -> QIcon:
    """An icon by file name (without `.svg`); a null icon if it is missing. One object per name:
    the list paints a status icon in every visible row, and QIcon keeps its rendered sizes."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def status_icon(status: str) -> QIcon:
    return icon(f"status_{status}")


def status_colours(status: str) -> tuple[QColor, QColor]:
    text, background = STATUS_COLOURS.get(status, ("#374151", "#f3f4f6"))
    return QColor(text), QColor(background)
