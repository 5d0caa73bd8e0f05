"""The candidate list's sync column as a coloured chip with an icon."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui import labels
from ui.sync.texts import CHIPS

Index = QModelIndex | QPersistentModelIndex


class SyncChipDelegate(QStyledItemDelegate):
    """Paints the model's sync label (its display text) as a chip in the state's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state_of = {text: state for state, text in labels.sync_states().items()}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        look = CHIPS.get(self._state_of.get(str(text), ""))
        if not text or look is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        label = f"{look.icon}  {text}"
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        width = min(rect.width() - 6, metrics.horizontalAdvance(label) + 16)
        height = min(rect.height() - 6, metrics.height() + 4)  # a pill, even in a tall row
        chip = QRect(rect.x() + 3, rect.y() + (rect.height() - height) // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.background))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(look.foreground))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height())
