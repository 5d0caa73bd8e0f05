"""The look: Qt's Fusion style in a light palette, one accent colour for the primary action.

Light on purpose: screenshots and printed pages stay legible in grey. Spacing follows one
scale (4 / 8 / 12 px). Sizes are in points or follow the font, so 125 % and 150 % scaling
enlarge everything together.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1d4ed8"  # buttons with the `primary` property, selection, focus
ACCENT_DARK = "#1e3a8a"
SURFACE = "#f5f7fb"
BORDER = "#cfd6e4"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {SURFACE}; }}
QGroupBox {{
    background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px;
    margin-top: 1.2em; padding: 8px 8px 4px 8px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT_DARK}; }}
QPushButton {{ padding: 4px 12px; border: 1px solid {BORDER}; border-radius: 4px; background: #ffffff; }}
QPushButton:hover {{ background: #eef2fb; }}
QPushButton:disabled {{ color: #9aa3b2; background: #f1f3f7; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: #ffffff; border-color: {ACCENT}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[primary="true"]:disabled {{ background: #9db3ea; border-color: #9db3ea; }}
QListWidget#navigation {{
    background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; padding: 4px;
}}
QListWidget#navigation::item {{ padding: 8px 6px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: #e0e9ff; color: {ACCENT_DARK}; }}
QFrame#header {{ background: #ffffff; border-bottom: 1px solid {BORDER}; }}
QLabel#header_office {{ font-size: 12pt; font-weight: 600; color: {ACCENT_DARK}; }}
QTableView {{ background: #ffffff; gridline-color: #e5e9f2; selection-background-color: #cfe0ff;
    selection-color: #111827; }}
QHeaderView::section {{ background: #eef1f7; padding: 4px; border: none;
    border-right: 1px solid {BORDER}; border-bottom: 1px solid {BORDER}; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
