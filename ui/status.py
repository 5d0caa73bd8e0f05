"""The status bar's facts (online, records waiting, last sync, who is signed in) and its widget.

`SyncStatus` is a plain value; a `StatusFeed` holds the latest one and tells the widget when
it changes. Until the sync engine exists the feed polls `local_status`, which reads the store
and says honestly that this PC is offline and has not synced. The sync engine will call
`StatusFeed.publish` (through a queued signal from its worker) instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from domain.dates import parse_utc
from local_db.repositories.candidate_search import CandidateFilter, CandidateSearch
from local_db.repositories.settings import SettingKey, Settings
from local_db.states import SyncState

_WAITING = (SyncState.PENDING.value, SyncState.WAITING.value)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool
    pending: int
    last_sync_at: str | None  # ISO UTC, None = never


def local_status(search: CandidateSearch, settings: Settings) -> SyncStatus:
    """What the store alone can say: records waiting, the last sync the engine recorded."""
    pending = search.count(filters=CandidateFilter(sync_states=_WAITING))
    return SyncStatus(online=False, pending=pending, last_sync_at=settings.get(SettingKey.LAST_SYNC_AT))


class StatusFeed(QObject):
    changed = Signal(object)  # SyncStatus

    def __init__(
        self, source: Callable[[], SyncStatus], poll_ms: int = 30_000, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._source = source
        self.current = source()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        self.publish(self._source())

    def publish(self, status: SyncStatus) -> None:
        if status != self.current:
            self.current = status
            self.changed.emit(status)


class StatusBar(QStatusBar):
    def __init__(self, feed: StatusFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.connection_label = QLabel()
        self.pending_label = QLabel()
        self.last_sync_label = QLabel()
        self.user_label = QLabel()
        for label in (self.connection_label, self.pending_label, self.last_sync_label, self.user_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.addPermanentWidget(label)
        feed.changed.connect(self.on_feed_changed)
        self.on_feed_changed(feed.current)

    def set_user(self, text: str) -> None:
        self.user_label.setText(text)

    @Slot(object)
    def on_feed_changed(self, status: SyncStatus) -> None:
        self.connection_label.setText(self.tr("● Online") if status.online else self.tr("○ Offline"))
        self.pending_label.setText(self.tr("%n record(s) waiting to send", "", status.pending))
        moment = parse_utc(status.last_sync_at) if status.last_sync_at else None
        if moment is None:
            self.last_sync_label.setText(self.tr("Not synced yet"))
        else:
            local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
            self.last_sync_label.setText(
                self.tr("Last sync: %1").replace("%1", local.toString("dd-MM-yyyy HH:mm"))
            )
