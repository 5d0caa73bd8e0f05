"""The application's icon (ui/brand/, made from loket.svg by scripts/make_icon.py).

Set on the QApplication, so every window and dialog carries it in the title bar and the task
bar; the Windows executable carries the same picture as its .ico (build.spec).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

BRAND = Path(__file__).with_name("brand")
SIZES = (16, 32, 48, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(BRAND / f"loket-{size}.png"))
    return icon
