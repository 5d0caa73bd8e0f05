"""The status bar's facts (sync phase, records waiting, needing a person, last sync, next try)
and its widget.

`SyncStatus` is a plain value; a `StatusFeed` holds the latest one and tells the widgets when
it changes. The sync scheduler publishes the phase as a run goes (connecting, syncing with
progress, online or offline with the time of the next try); the feed's own poll only refreshes
the counts the store alone knows, never the phase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QToolButton, QWidget

from domain.dates import parse_utc
from local_db.store import CandidateSearch, Settings
from local_db.values import CandidateFilter, SettingKey, SyncCounts, SyncState

_WAITING = (SyncState.PENDING.value, SyncState.WAITING.value)
_ATTENTION = (SyncState.REJECTED.value, SyncState.CONFLICT.value)

OFFLINE, CONNECTING, SYNCING, ONLINE = "offline", "connecting", "syncing", "online"
# Why the last run did not reach the end (None: it did, or no run yet).
UNREACHABLE, NOT_ENROLLED, REFUSED = "unreachable", "not_enrolled", "refused"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool
    pending: int
    last_sync_at: str | None  # ISO UTC, None = never
    phase: str = OFFLINE
    needs_attention: int = 0
    done: int = 0  # progress of the running phase
    total: int | None = None
    next_try_at: float | None = None  # epoch seconds of the next automatic run
    problem: str | None = None


def local_status(
    search: CandidateSearch, settings: Settings, sync_counts: Callable[[], SyncCounts] | None = None
) -> SyncStatus:
    """What the store alone can say: records waiting or needing a person (of every kind when
    `sync_counts` is given, e.g. `Store.sync_counts`, else candidates), the last sync."""
    if sync_counts is not None:
        counts = sync_counts()
        pending, attention = counts.pending + counts.waiting, counts.needs_attention
    else:
        pending = search.count(filters=CandidateFilter(sync_states=_WAITING))
        attention = search.count(filters=CandidateFilter(sync_states=_ATTENTION))
    return SyncStatus(False, pending, settings.get(SettingKey.LAST_SYNC_AT), needs_attention=attention)


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
        """Counts and last sync from the store; the phase stays what the scheduler said."""
        fresh = self._source()
        self.publish(
            replace(
                self.current,
                pending=fresh.pending,
                needs_attention=fresh.needs_attention,
                last_sync_at=fresh.last_sync_at,
            )
        )

    def publish(self, status: SyncStatus) -> None:
        if status != self.current:
            self.current = status
            self.changed.emit(status)


class ElidedLabel(QLabel):
    """A one-line label that gives up width gracefully: it ends in "…" when the window is
    narrow (1024 px) and shows the whole sentence as its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        )


def clock_text(epoch: float) -> str:
    return QDateTime.fromSecsSinceEpoch(int(epoch)).toLocalTime().toString("HH:mm:ss")


class StatusBar(QStatusBar):
    attention_requested = Signal()  # the clerk clicked the needs-attention count

    def __init__(self, feed: StatusFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("sync_phase")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.sentence_label = ElidedLabel()
        self.sentence_label.setObjectName("sync_sentence")
        self.attention_button = QToolButton()
        self.attention_button.setObjectName("needs_attention")
        self.attention_button.setAutoRaise(True)
        self.attention_button.setStyleSheet("QToolButton { color: #b3261e; font-weight: bold; }")
        self.pending_label = QLabel()
        self.last_sync_label = QLabel()
        self.user_label = QLabel()
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send waiting records and fetch the office's records now"))
        self.addWidget(self.sentence_label, 1)
        for widget in (
            self.connection_label,
            self.progress,
            self.attention_button,
            self.pending_label,
            self.last_sync_label,
            self.user_label,
            self.sync_button,
        ):
            if isinstance(widget, QLabel):
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.addPermanentWidget(widget)
        self.attention_button.clicked.connect(self.attention_requested)
        feed.changed.connect(self.on_feed_changed)
        self.on_feed_changed(feed.current)

    def set_user(self, text: str) -> None:
        self.user_label.setText(text)

    def phase_text(self, status: SyncStatus) -> str:
        if status.phase == CONNECTING:
            return self.tr("◌ Connecting…")
        if status.phase == SYNCING:
            if status.total:
                number = QLocale().toString  # 3.001 in Indonesian, 3,001 in English
                text = self.tr("⟳ Syncing %1 of %2")
                return text.replace("%1", number(status.done)).replace("%2", number(status.total))
            return self.tr("⟳ Syncing…")
        if status.phase == ONLINE:
            return self.tr("● Online")
        if status.next_try_at is not None:
            return self.tr("○ Offline · next try %1").replace("%1", clock_text(status.next_try_at))
        return self.tr("○ Offline")

    def sentence(self, status: SyncStatus) -> str:
        if status.phase in (CONNECTING, SYNCING, ONLINE) or status.problem is None:
            return ""
        if status.problem == NOT_ENROLLED:
            return self.tr(
                "This PC is not connected to a central service: "
                "an administrator connects it under Sync, Connection."
            )
        if status.problem == REFUSED:
            return self.tr(
                "The central service refused this PC: "
                "an administrator must enrol it again under Sync, Connection."
            )
        if status.next_try_at is not None:
            text = self.tr("The central service cannot be reached; records stay saved here. Next try at %1.")
            return text.replace("%1", clock_text(status.next_try_at))
        return self.tr("The central service cannot be reached; records stay saved here.")

    @Slot(object)
    def on_feed_changed(self, status: SyncStatus) -> None:
        self.connection_label.setText(self.phase_text(status))
        syncing = status.phase == SYNCING and bool(status.total)
        self.progress.setVisible(syncing)
        if syncing:
            self.progress.setRange(0, max(1, status.total or 1))
            self.progress.setValue(min(status.done, status.total or 0))
        self.sentence_label.set_full_text(self.sentence(status))
        self.attention_button.setVisible(status.needs_attention > 0)
        # Not a plural form: "Needs attention: 2" reads right in both languages, whatever the count.
        self.attention_button.setText(
            self.tr("⚠ Needs attention: %1").replace("%1", QLocale().toString(status.needs_attention))
        )
        self.attention_button.setToolTip(
            self.tr("Show the records the central service refused or that are in conflict")
        )
        self.pending_label.setText(self.tr("%n record(s) waiting to send", "", status.pending))
        self.pending_label.setVisible(status.pending > 0 or status.phase != ONLINE)  # online + 0: all sent
        moment = parse_utc(status.last_sync_at) if status.last_sync_at else None
        if moment is None:
            self.last_sync_label.setText(self.tr("Not synced yet"))
        else:
            local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
            self.last_sync_label.setText(
                self.tr("Last sync: %1").replace("%1", local.toString("dd-MM-yyyy HH:mm"))
            )
