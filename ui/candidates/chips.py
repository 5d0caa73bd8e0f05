"""A coloured chip with an icon for a candidate's status in the list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.icons import status_colours, status_icon

STATUS_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the status text on a rounded tint of its colour, its icon in front."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        code = index.data(STATUS_CODE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not code or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        foreground, background = status_colours(str(code))
        metrics = option.fontMetrics
        size = metrics.height()
        pad = max(2, size // 4)
        width = min(option.rect.width() - 2 * pad, size + 4 * pad + metrics.horizontalAdvance(str(text)) + 2)
        chip = QRect(option.rect.x() + pad, option.rect.y() + 2, width, option.rect.height() - 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        icon_rect = QRect(chip.x() + pad, chip.center().y() - size // 2 + 1, size - 2, size - 2)
        status_icon(str(code)).paint(painter, icon_rect)
        painter.setPen(foreground)
        text_rect = chip.adjusted(size + 2 * pad, 0, -pad, 0)
        elided = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()
