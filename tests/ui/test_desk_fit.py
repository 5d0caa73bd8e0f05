"""The window on the office screens: 1366×768 and 1024×768 (a 40 px task bar below), both
languages. It opens maximised there, and no page scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from local_db.store import Store
from tests.conftest import valid_candidate
from ui.theme import apply_theme
from ui.window_fit import PREFERRED, fit_window

TASK_BAR = 40


@pytest.fixture
def themed(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The application's look (its spacing decides what fits), put back afterwards."""
    style, palette = qapp.style().name(), qapp.palette()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(palette)


def sideways_scrolling(root: QWidget) -> list[str]:
    """Scroll areas under `root` that show a horizontal scroll bar (or would need one)."""
    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            found.append(area.objectName() or type(area).__name__)
    return found


def settle(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    qtbot.wait(50)  # layouts settle in posted events (LayoutRequest)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "screen",
    [
        # The narrower screen is the one that can force sideways scrolling; 1366 runs in `make test`.
        pytest.param((1366, 768), id="1366x768", marks=pytest.mark.slow),
        pytest.param((1024, 768), id="1024x768"),
    ],
)
def test_window_fits_the_screen_without_sideways_scrolling(
    themed, make_window, admin, operator, store: Store, qtbot, screen, lang
) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    window = make_window(admin, lang)
    available = QRect(0, 0, screen[0], screen[1] - TASK_BAR)
    assert fit_window(window, available)  # smaller than it was designed for: maximised
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= available.width() and window.height() <= available.height()
    # What maximising gives on that screen (the offscreen test platform has its own size).
    window.setWindowState(Qt.WindowState.WindowNoState)
    settle(qtbot, window)
    window.resize(available.size())
    settle(qtbot, window)
    assert window.size() == available.size(), window.size()
    assert window.minimumSizeHint().width() <= available.width()
    assert window.minimumSizeHint().height() <= available.height()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle(qtbot, window)
        page = window.pages.currentWidget()
        assert sideways_scrolling(page) == [], (row, sideways_scrolling(page))
        assert page.width() <= available.width()
    window.navigation.setCurrentRow(0)
    settle(qtbot, window)
    form = window.registration.form
    assert form.fields.columns == (1 if screen[0] < 1200 else 2)
    assert window.statusBar().geometry().bottom() <= available.height()
    assert window.registration.print_button.geometry().right() <= window.registration.width()
    # The detail dialog fits too
    window.navigation.setCurrentRow(1)
    with qtbot.waitSignal(window.candidates.results_shown, timeout=5000):
        window.candidates.refresh()
    dialog = window.candidates.open_row(0)
    qtbot.addWidget(dialog)
    dialog.resize(min(dialog.width(), available.width() - 16), min(dialog.height(), available.height() - 48))
    settle(qtbot, dialog)
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    assert sideways_scrolling(dialog) == []


def test_a_large_screen_gets_the_designed_size(make_window, admin) -> None:  # type: ignore[no-untyped-def]
    window = make_window(admin)
    window.setWindowState(Qt.WindowState.WindowNoState)
    assert not fit_window(window, QRect(0, 0, 1920, 1040))
    assert window.size() == PREFERRED
    assert not window.windowState() & Qt.WindowState.WindowMaximized
