"""The main window's first size: what it was designed for, but never more than the screen.

On a screen smaller than that (the 1366×768 and 1024×768 office PCs) it opens maximised, so
the status bar and the buttons at the bottom are on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 820)


def needs_maximising(available: QRect) -> bool:
    return available.width() < PREFERRED.width() or available.height() < PREFERRED.height()


def fit_window(window: QWidget, available: QRect | None = None) -> bool:
    """Size and place `window` in `available` (its screen's free area); True if maximised."""
    room = available if available is not None else window.screen().availableGeometry()
    size = PREFERRED.boundedTo(room.size())
    window.resize(size)
    window.move(
        room.x() + (room.width() - size.width()) // 2, room.y() + (room.height() - size.height()) // 2
    )
    if needs_maximising(room):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return True
    return False
