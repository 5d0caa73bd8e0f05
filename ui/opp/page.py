"""The OPP page: three tabs over one chosen session — sessions (list and editor), enrolment, check-in.

Tabs rather than side-by-side panes keep every part at full width on a 1024×768 screen; the
session chosen in the list is the one the other two tabs work on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from domain.actor import Actor
from domain.issues import Lang
from local_db.store import CandidateSearch, OppDesk
from local_db.values import SessionSummary
from ui.opp.checkin import CheckinPanel
from ui.opp.editor import SessionEditor
from ui.opp.enrolment import EnrolmentPanel
from ui.opp.sessions import SessionList
from ui.opp.sheet_actions import SheetActions
from ui.tasks import TaskRunner


class OppPage(QWidget):
    records_changed = Signal()  # attendance or sessions were written: the status bar may refresh

    def __init__(
        self,
        desk: OppDesk,
        search: CandidateSearch,
        actor: Actor,
        lang: Lang,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._session: SessionSummary | None = None
        self._stale: set[int] = set()  # tabs to refresh when next shown
        self.sessions = SessionList(desk)
        self.editor = SessionEditor(desk, actor, lang)
        self.enrolment = EnrolmentPanel(desk, search, actor, runner)
        self.checkin = CheckinPanel(desk, actor)
        self.current = QLabel()
        self.current.setObjectName("current_session")
        sessions_tab = QWidget()
        row = QHBoxLayout(sessions_tab)
        row.addWidget(self.sessions, 3)
        row.addWidget(self.editor, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(sessions_tab, self.tr("&Sessions"))
        self.tabs.addTab(self.enrolment, self.tr("&Enrolment"))
        self.tabs.addTab(self.checkin, self.tr("Check-&in"))
        self.sheet_actions: SheetActions | None = None
        self.top = QHBoxLayout()
        self.top.addWidget(self.current, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.tabs, 1)
        self._connect_signals()
        self.sessions.refresh()
        self._choose(None)

    def _connect_signals(self) -> None:
        self.sessions.chosen.connect(self.on_sessions_chosen)
        self.sessions.new_requested.connect(self.on_sessions_new_requested)
        self.editor.saved.connect(self.on_editor_saved)
        self.enrolment.changed.connect(self.on_panel_changed)
        self.checkin.changed.connect(self.on_panel_changed)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def _choose(self, session: SessionSummary | None) -> None:
        self._session = session
        self.current.setText(
            self.tr("Session: {code} — {title}").format(code=session.code, title=session.title)
            if session
            else self.tr("Choose a session in the list, or make a new one.")
        )
        for index in (1, 2):
            self.tabs.setTabEnabled(index, session is not None)
        self.enrolment.show_session(session)
        self.checkin.show_session(session)

    def current_code(self) -> str | None:
        """The chosen session's code (the attendance sheet's)."""
        return self._session.code if self._session else None

    def add_sheet(self, actions: SheetActions) -> None:
        """The attendance sheet (daftar hadir) of the chosen session: print (Ctrl+P) and save as PDF."""
        self.sheet_actions = actions
        for action in actions.actions():
            # Ctrl+P on this page only: the registration page prints its receipt with it.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            self.top.addWidget(button)

    def focus_default(self) -> None:
        """Where typing goes when the page is shown: the scanner input on the check-in tab."""
        widget = self.tabs.currentWidget()
        if widget is self.checkin:
            self.checkin.input.setFocus(Qt.FocusReason.OtherFocusReason)
        elif widget is self.enrolment:
            self.enrolment.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.sessions.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_checkin(self) -> None:
        self.tabs.setCurrentWidget(self.checkin)
        self.focus_default()

    @Slot(str)
    def on_sessions_chosen(self, session_id: str) -> None:
        session = self._desk.session(session_id)
        self.editor.show_session(session)
        self._choose(session)

    @Slot()
    def on_sessions_new_requested(self) -> None:
        self.sessions.table.clearSelection()
        self.editor.start_new()
        self._choose(None)

    @Slot(str)
    def on_editor_saved(self, session_id: str) -> None:
        self.sessions.refresh(keep=session_id)
        self._choose(self._desk.session(session_id))
        self.records_changed.emit()

    @Slot()
    def on_panel_changed(self) -> None:
        """A panel wrote: the other tabs are refreshed when shown, not now (a check-in stays fast)."""
        self._stale = {
            self.tabs.indexOf(w) for w in (self.sessions.parentWidget(), self.enrolment, self.checkin)
        }
        self._stale.discard(self.tabs.indexOf(self.sender()))  # type: ignore[arg-type]
        self.records_changed.emit()

    def _refresh_tab(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        if self._session is not None:
            self._session = self._desk.session(self._session.id)
        widget = self.tabs.widget(index)
        if widget is self.enrolment:
            self.enrolment.show_session(self._session)
        elif widget is self.checkin:
            self.checkin.show_session(self._session)
        else:
            self.sessions.refresh()

    @Slot(int)
    def on_tabs_current_changed(self, index: int) -> None:
        self._refresh_tab(index)
        self.focus_default()
