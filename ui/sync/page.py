"""The Sync page: what needs a person (first tab) and the connection settings (second tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from domain.actor import Actor
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from ui.sync.attention import AttentionPanel
from ui.sync.connection import ConnectionPanel
from ui.tasks import TaskRunner


class SyncPage(QTabWidget):
    def __init__(
        self,
        store: Store,
        countries: Countries,
        actor: Actor,
        lang: Lang,
        runner: TaskRunner,
        app_version: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_page")
        self.attention = AttentionPanel(store, countries, actor, lang, runner)
        self.connection = ConnectionPanel(store.settings, actor, runner, app_version)
        self.addTab(self.attention, self.tr("Needs attention"))
        self.addTab(self.connection, self.tr("Connection"))
        self.attention.loaded.connect(self.on_attention_loaded)
        self.attention.reload()

    def on_attention_loaded(self, count: int) -> None:
        title = (
            self.tr("Needs attention (%1)").replace("%1", str(count)) if count else self.tr("Needs attention")
        )
        self.setTabText(0, title)

    def show_attention(self) -> None:
        self.setCurrentWidget(self.attention)
        self.attention.reload()
        self.attention.table.setFocus()
