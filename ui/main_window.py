"""The main window: navigation on the left, one page at a time, the status bar below.

Pages get their collaborators through their constructors; the window only wires their signals
(a save refreshes the list and the status bar) and handles the idle lock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import SettingKey, StaffAccount
from ui import labels
from ui.auth import SignInDialog
from ui.candidates.page import CandidateListPage
from ui.header import NAV_ICON, WindowHeader, decorate_navigation
from ui.idle import IdleWatcher, parse_minutes
from ui.opp.page import OppPage
from ui.opp.sheet_actions import SheetActions
from ui.registration.page import RegistrationPage
from ui.registration.receipt_content import office_name
from ui.settings_page import SettingsPage
from ui.status import StatusBar, StatusFeed
from ui.sync.page import SyncPage
from ui.tasks import TaskRunner
from ui.window_fit import fit_window


class MainWindow(QMainWindow):
    records_changed = Signal(object)  # frozenset[str] | None (None: anything may have changed)

    def __init__(
        self,
        store: Store,
        countries: Countries,
        account: StaffAccount,
        lang: Lang,
        runner: TaskRunner,
        feed: StatusFeed,
        idle: IdleWatcher,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._account = account
        self._feed = feed
        self.status_feed = feed  # background sync publishes here
        self._idle = idle
        self.locked = False
        actor = account.actor()
        self.setWindowTitle(self.tr("Loket PMI — CPMI registration"))

        self.registration = RegistrationPage(store, countries, actor, lang, runner, data_dir / "exports")
        self.candidates = CandidateListPage(store, countries, actor, lang, runner)
        self.settings = SettingsPage(store.settings, store.users, store.sign_in, actor, data_dir)
        self.opp = OppPage(store.opp_desk(), store.search, actor, lang, runner)
        self.opp.add_sheet(SheetActions(store, runner, self.opp, self.opp.current_code))
        version = QCoreApplication.applicationVersion() or "0.1.0"
        self.sync_page = SyncPage(store, countries, actor, lang, runner, version)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget()
        for title, page in (
            (self.tr("Registration"), self.registration),
            (self.tr("Candidates"), self.candidates),
            (self.tr("OPP"), self.opp),
            (self.tr("Sync"), self.sync_page),
            (self.tr("Settings"), self.settings),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.opp.setProperty(NAV_ICON, "opp")
        self.sync_page.setProperty(NAV_ICON, "sync")
        decorate_navigation(self.navigation, self.pages)
        role = labels.roles()[account.role.value]
        signed_in = self.tr("Signed in: {name} ({role})").format(name=account.full_name, role=role)
        self.header = WindowHeader(office_name(store.settings), signed_in, feed)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        layout = QHBoxLayout()
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.status = StatusBar(feed)
        self.status.set_user(signed_in)
        self.setStatusBar(self.status)
        self._page_shortcuts = [
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self) for i in range(self.pages.count())
        ]
        self._connect_signals()
        self.navigation.setCurrentRow(0 if actor.can_write else 1)
        self.set_idle_minutes(parse_minutes(store.settings.get(SettingKey.IDLE_LOCK_MINUTES)))
        fit_window(self)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self.on_navigation_current_row_changed)
        for i, shortcut in enumerate(self._page_shortcuts):
            shortcut.activated.connect(lambda i=i: self.navigation.setCurrentRow(i))
        self.registration.saved.connect(self.on_record_saved)
        self.registration.open_requested.connect(self.on_registration_open_requested)
        self.candidates.receipt_requested.connect(self.registration.receipts.print_dialog)
        self.candidates.record_saved.connect(self.on_record_saved)
        self.candidates.records_changed.connect(self.on_candidates_records_changed)
        self.settings.idle_minutes_changed.connect(self.set_idle_minutes)
        self.settings.office_name_changed.connect(
            lambda: self.header.set_office(office_name(self._store.settings))
        )
        self.status.attention_requested.connect(self.show_attention)
        self.sync_page.attention.records_changed.connect(self.records_changed)
        self.records_changed.connect(self.candidates.on_records_changed)
        self.records_changed.connect(self.on_records_changed)
        self._idle.idle.connect(self.on_idle_idle)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_page()

    @Slot(int)
    def on_navigation_current_row_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self._focus_page()

    def _focus_page(self) -> None:
        if self.pages.currentWidget() is self.registration:
            self.registration.form.fields.line("nik").setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.pages.currentWidget() is self.candidates:
            self.candidates.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.pages.currentWidget() is self.opp:
            self.opp.focus_default()

    @Slot(str)
    def on_registration_open_requested(self, candidate_id: str) -> None:
        """The existing record, over the list: "Open record" beside a duplicate NIK."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.candidates))
        self.candidates.open_record(candidate_id)

    @Slot(object)
    def on_record_saved(self, _result: object) -> None:
        self.candidates.refresh()
        self._feed.refresh()

    @Slot()
    def on_candidates_records_changed(self) -> None:
        self.records_changed.emit(None)  # an import: rows were added, anything may have changed

    @Slot(object)
    def on_records_changed(self, _ids: object) -> None:
        self._feed.refresh()
        if self.pages.currentWidget() is self.sync_page:
            self.sync_page.attention.reload()

    @Slot()
    def show_attention(self) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(self.sync_page))
        self.sync_page.show_attention()

    @Slot(int)
    def set_idle_minutes(self, minutes: int) -> None:
        self._idle.set_timeout_ms(minutes * 60_000)

    @Slot()
    def on_idle_idle(self) -> None:
        self.lock()

    def lock(self, dialog: SignInDialog | None = None) -> SignInDialog:
        """Hide the data and ask for the signed-in user's password again."""
        self.locked = True
        self._idle.pause()
        self.centralWidget().setVisible(False)
        dialog = dialog or SignInDialog(self._store.sign_in, locked_user=self._account.username, parent=self)
        dialog.finished.connect(self.on_lock_dialog_finished)
        dialog.open()
        return dialog

    @Slot(int)
    def on_lock_dialog_finished(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.close()  # leaving the lock screen without the password ends the session
            return
        self.locked = False
        self.centralWidget().setVisible(True)
        self._idle.resume()
