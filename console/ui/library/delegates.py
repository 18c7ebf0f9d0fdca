"""How list cells are drawn beyond plain text: the priority badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..theme import Colors
from .model import PriorityRole

BADGES = {  # priority: (background, text)
    "emergency": (Colors.EMERGENCY, "#ffffff"),
    "priority": ("#b07800", "#ffffff"),
}


class PriorityDelegate(QStyledItemDelegate):
    """Emergency and priority items carry a coloured badge; normal ones nothing."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        priority = index.data(PriorityRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if priority not in BADGES or not text:
            super().paint(painter, option, index)
            return
        # The selection background first, then the badge on top of it.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                              option.widget)
        fill, ink = BADGES[priority]
        metrics = QFontMetrics(option.font)
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 14)
        height = min(option.rect.height() - 6, metrics.height() + 4)
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1,
                      width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor(ink))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 16, size.height())
