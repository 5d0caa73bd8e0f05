"""Fixtures for driving the real widgets: a store with staff accounts, the window's collaborators."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from domain.codes import Role
from domain.countries import Countries
from local_db.repositories.users import StaffAccount
from local_db.store import Store
from ui.gc_guard import UiThreadGarbageCollector
from ui.idle import IdleWatcher
from ui.main_window import MainWindow
from ui.status import StatusFeed, local_status
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.paths import AppPaths
    from tests.ui.encrypted_support import Clock

PASSWORD = "rahasia-123"


@pytest.fixture(autouse=True, scope="session")
def gc_on_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the application: cycles are collected on the UI thread only (see ui/gc_guard.py)."""
    collector = UiThreadGarbageCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def admin(store: Store) -> StaffAccount:
    return store.users.add("admin", PASSWORD, Role.ADMIN, "Admin Kantor", "test")


@pytest.fixture
def clerk(store: Store) -> StaffAccount:
    return store.users.add("clerk", PASSWORD, Role.OPERATOR, "Clerk Satu", "test")


@pytest.fixture
def viewer(store: Store) -> StaffAccount:
    return store.users.add("viewer", PASSWORD, Role.VIEWER, "Viewer Satu", "test")


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    assert r.wait()


@pytest.fixture
def make_window(qtbot, store: Store, countries: Countries, runner: TaskRunner, data_dir: Path):  # type: ignore[no-untyped-def]
    def make(account: StaffAccount, lang: str = "en") -> MainWindow:
        feed = StatusFeed(lambda: local_status(store.search, store.settings))
        idle = IdleWatcher()
        window = MainWindow(store, countries, account, lang, runner, feed, idle, data_dir)  # type: ignore[arg-type]
        window.registration.open_receipts = False
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        # Focus inside this window: a dialog another test left open, or a closed window of an
        # earlier test, may hold it meanwhile.
        qtbot.waitUntil(
            lambda: (
                window.isActiveWindow()
                and (w := QApplication.focusWidget()) is not None
                and w.window() is window
            )
        )
        return window

    return make


# -- encrypted stores (tests/ui/encrypted_support.py) ----------------------------------------


@pytest.fixture
def clock() -> Clock:
    from tests.ui.encrypted_support import Clock

    return Clock()


@pytest.fixture
def paths(tmp_path: Path, template_db: Path) -> AppPaths:
    """An empty data folder (`template_db`: the migrated store tests copy in when they need one)."""
    from desktop_app.paths import AppPaths, prepare

    paths = AppPaths(tmp_path / "data")
    prepare(paths)
    return paths


@pytest.fixture
def os_key_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This PC's key store: tests/support/file_keyring.py, in process; the null one after."""
    import keyring
    from keyring.backends import null

    from tests.support.file_keyring import ENV_FILE, FileKeyring

    file = tmp_path / "os-keyring.json"
    monkeypatch.setenv(ENV_FILE, str(file))
    keyring.set_keyring(FileKeyring())
    yield file
    keyring.set_keyring(null.Keyring())


# The offscreen platform plugin says "This plugin does not support propagateSizeHints() /
# raise() / grabbing the keyboard" when windows and combo-box popups are shown; it is about the
# test platform, not our code (xcb under Xvfb does not say it).
OFFSCREEN_NOISE = "This plugin does not support "


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
