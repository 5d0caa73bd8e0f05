"""The window's header (office, signed-in clerk, sync state) and the navigation's decoration.

Kept out of `ui/main_window.py` so that pages added to the navigation need one line there.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.icons import icon
from ui.status import StatusFeed, SyncStatus

NAV_ICON = "nav_icon"  # a page's property naming its icon in ui/icon_files/
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 7
Index = QModelIndex | QPersistentModelIndex


class WindowHeader(QFrame):
    def __init__(self, office: str, clerk: str, feed: StatusFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        size = self.fontMetrics().height() + 4
        office_icon = QLabel()
        office_icon.setPixmap(icon("office").pixmap(QSize(size, size)))
        self.office = QLabel(office or self.tr("Office not set (Settings)"))
        self.office.setObjectName("header_office")
        user_icon = QLabel()
        user_icon.setPixmap(icon("user").pixmap(QSize(size, size)))
        self.clerk = QLabel(clerk)
        self.clerk.setObjectName("header_clerk")
        self.sync = QLabel()
        self.sync.setObjectName("header_sync")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(office_icon)
        layout.addWidget(self.office, 1)
        layout.addWidget(self.sync)
        layout.addSpacing(16)
        layout.addWidget(user_icon)
        layout.addWidget(self.clerk)
        feed.changed.connect(self.on_feed_changed)
        self.on_feed_changed(feed.current)

    def set_office(self, office: str) -> None:
        self.office.setText(office or self.tr("Office not set (Settings)"))

    @Slot(object)
    def on_feed_changed(self, status: SyncStatus) -> None:
        state = self.tr("Online") if status.online else self.tr("Offline")
        waiting = self.tr("%n waiting to send", "", status.pending) if status.pending else self.tr("all sent")
        colour = "#15803d" if status.online else "#8a5300"
        self.sync.setText(f"<span style='color:{colour}'>●</span> {state} · {waiting}")
        self.sync.setTextFormat(Qt.TextFormat.RichText)


class NavigationDelegate(QStyledItemDelegate):
    """An entry's title as usual, its shortcut in small grey type under it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shifted = QStyleOptionViewItem(option)
        line = option.fontMetrics.height()
        shifted.rect = option.rect.adjusted(0, -line // 2, 0, -line // 2)
        super().paint(painter, shifted, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if not shortcut:
            return
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.setFont(font)
        painter.setPen(QColor("#5b6475"))
        left = option.rect.left() + option.decorationSize.width() + 14
        text_rect = QRect(left, option.rect.center().y() + 2, option.rect.right() - left, line)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), str(shortcut)
        )
        painter.restore()


def decorate_navigation(navigation: QListWidget, pages: QStackedWidget) -> None:
    """Each entry: its page's icon, its title and its shortcut (Ctrl+1, Ctrl+2…)."""
    side = navigation.fontMetrics().height() + 6
    navigation.setIconSize(QSize(side, side))
    navigation.setItemDelegate(NavigationDelegate(navigation))
    for row in range(navigation.count()):
        item = navigation.item(row)
        page = pages.widget(row)
        name = page.property(NAV_ICON) if page is not None else None
        if name:
            item.setIcon(icon(str(name)))
        shortcut = f"Ctrl+{row + 1}"
        item.setData(SHORTCUT_ROLE, shortcut)
        item.setToolTip(f"{item.text()} ({shortcut})")
    width = max(navigation.sizeHintForColumn(0), 120) + 24
    navigation.setFixedWidth(width)
