"""Helpers for driving the desk by keyboard: a keystroke counter and a pulled P3MI list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from local_db.repositories.inbox import Pulled
from local_db.store import Store

COMPANY_ID = "7d1f5a52-3c1e-4a43-9a57-0c6b1f0e5a11"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


class Keys:
    """Types into whatever has the focus, as a person would, and counts every key pressed."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self._qtbot = qtbot
        self.count = 0

    def type(self, text: str) -> None:
        if text:
            self._qtbot.keyClicks(focused(), text)
            self.count += len(text)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self._qtbot.keyClick(focused(), key, modifier)
        self.count += 1

    def enter(self, text: str = "") -> None:
        self.type(text)
        self.press(Qt.Key.Key_Return)


def pull_companies(store: Store) -> None:
    """Two placement companies arrive from the centre, as a pull stores them."""
    store.inbox.apply(
        [
            Pulled(
                1,
                "p3mi",
                COMPANY_ID,
                "upsert",
                1,
                {
                    "name": "PT Maju Bersama",
                    "licence_no": "KEP-123/2024",
                    "address": "Serang",
                    "active": True,
                },
            ),
            Pulled(
                2,
                "p3mi",
                "9a0c8c5e-1f7b-4d57-8a7f-2f4c1d3e9b22",
                "upsert",
                1,
                {
                    "name": "PT Karya Mandiri",
                    "licence_no": "KEP-456/2023",
                    "address": "Cilegon",
                    "active": True,
                },
            ),
        ],
        cursor="2",
        at="2026-11-27T03:04:05Z",
    )
