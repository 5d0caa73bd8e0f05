"""The Qt binding keeps Python's books straight: a binding that leaks or drops references to
`None` aborts the whole application after enough clicks ("Fatal Python error: none_dealloc").

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method that
returns void (reproduced: 1,000 `QLineEdit.setText` calls lower `sys.getrefcount(None)` by
1,000), so a clerk's window died after roughly 1,500 OPP check-ins. pyproject.toml excludes it;
this test fails on any binding that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit


def test_void_qt_calls_leave_none_refcount_unchanged(qapp: QApplication) -> None:
    line, label = QLineEdit(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        line.setText("3601234567890001")
        label.setText("hadir 08:14")
        line.clear()
    assert abs(sys.getrefcount(None) - before) < 50, sys.getrefcount(None) - before
