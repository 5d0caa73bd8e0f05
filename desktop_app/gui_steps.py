"""The steps `desktop_app.gui.run_gui` calls, one function each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.gui_keys import VaultKeys
from desktop_app.gui_sync import make_sync_job
from desktop_app.paths import AppPaths
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store, utc_clock
from local_db.values import SettingKey, StaffAccount
from local_db.vault import Vault
from sync.scheduler import RunPacer
from ui.i18n import install_translators, normalise_lang, remove_translators
from ui.idle import IdleWatcher
from ui.main_window import MainWindow
from ui.status import StatusFeed, local_status
from ui.sync_scheduler import AFTER_SAVE_MS, SyncScheduler
from ui.tasks import TaskRunner


def install_language(app: QApplication, lang: str | None) -> list[QTranslator]:
    """`lang` from the command line wins; until the store is open, Indonesian."""
    return install_translators(app, lang or "id")


def saved_language(app: QApplication, store: Store, lang: str | None, translators: list[QTranslator]) -> Lang:
    """The language to use from now on: the command line's, else the one saved in settings."""
    chosen = normalise_lang(lang or store.settings.get(SettingKey.UI_LANGUAGE) or "id")
    if normalise_lang(lang or "id") != chosen:
        remove_translators(app, translators)
        translators[:] = install_translators(app, chosen)
    return chosen


def latest_backup(folder: Path) -> Path | None:
    files = sorted(folder.glob("*"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    return files[-1] if files else None


def damaged_message(paths: AppPaths) -> QMessageBox:
    backup = latest_backup(paths.backups)
    text = QCoreApplication.translate(
        "Startup", "The database file {path} cannot be opened: it is damaged or not a Loket PMI database."
    ).format(path=paths.database)
    if backup is not None:
        more = QCoreApplication.translate(
            "Startup",
            "The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, "
            "and copy the backup in its place as loket.db.",
        ).format(backup=backup)
    else:
        more = QCoreApplication.translate(
            "Startup", "No backup was found in {folder}. Ask your administrator for help."
        ).format(folder=paths.backups)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Loket PMI"), text)
    box.setInformativeText(more)
    return box


def build_window(
    app: QApplication, store: Store, countries: Countries, account: StaffAccount, paths: AppPaths, lang: Lang
) -> tuple[MainWindow, TaskRunner]:
    runner = TaskRunner(app)
    feed = StatusFeed(lambda: local_status(store.search, store.settings, store.sync_counts), parent=app)
    idle = IdleWatcher(app)
    app.installEventFilter(idle)
    window = MainWindow(store, countries, account, lang, runner, feed, idle, paths.data_dir)
    window.settings.show_store_keys(VaultKeys(Vault(paths.database, utc_clock), store.db.key))
    add_background_sync(window, store, runner, feed)
    return window, runner


def add_background_sync(
    window: MainWindow,
    store: Store,
    runner: TaskRunner,
    feed: StatusFeed,
    pacer: RunPacer | None = None,
    first_run_ms: int = 2_000,
    after_save_ms: int = AFTER_SAVE_MS,
) -> SyncScheduler:
    """The window's one sync loop (first run two seconds after start-up), wired to the status
    bar's "Sync now", the connection settings (a new enrolment syncs at once) and the window's
    `records_changed` (what a run changed refreshes the open list and detail)."""
    from desktop_app.cli import app_version

    scheduler = SyncScheduler(
        make_sync_job(store, app_version()),
        runner,
        feed,
        lambda: store.settings.get(SettingKey.LAST_SYNC_AT),
        pacer=pacer,
        first_run_ms=first_run_ms,
        parent=window,
        after_save_ms=after_save_ms,
    )
    bar = window.status
    bar.sync_button.clicked.connect(scheduler.sync_now)
    scheduler.already_running.connect(
        lambda: bar.showMessage(QCoreApplication.translate("Sync", "A sync is already running."), 5_000)
    )
    scheduler.records_changed.connect(window.records_changed)
    scheduler.finished.connect(lambda _report: window.sync_page.attention.reload())
    window.sync_page.connection.enrolled.connect(lambda _creds: scheduler.sync_now())
    window.registration.saved.connect(scheduler.soon)
    window.candidates.record_saved.connect(scheduler.soon)
    return scheduler
