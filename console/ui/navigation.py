"""The left navigation list: large entries, icons, the emergency entry in red."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .theme import Colors

EMERGENCY_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_MARGIN_X, _MARGIN_Y = 8, 3     # around each entry's background
_PAD = 12                       # inside the background


def _entry_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(1.0, base.pointSizeF()) * 1.05)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class NavDelegate(QStyledItemDelegate):
    """Draws entries itself so the emergency entry can be red whatever the style does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_height: int | None = None  # set by the list when the comfortable one is too tall

    def comfortable_height(self, option: QStyleOptionViewItem) -> int:
        _font, text_height, icon = self._metrics(option)
        return 2 * _MARGIN_Y + max(round(text_height * 2.1), icon + 2 * _PAD)

    def smallest_height(self, option: QStyleOptionViewItem) -> int:
        """An entry still readable and easy to click: its icon with a little room."""
        _font, text_height, icon = self._metrics(option)
        return 2 * _MARGIN_Y + max(text_height, icon) + 10

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFont, int, int]:
        font = _entry_font(option.font)
        height = QFontMetrics(font).height()
        icon = round(height * 1.35)
        return font, height, icon

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        font, _text_height, icon = self._metrics(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = (2 * _MARGIN_X + 3 * _PAD + icon
                 + QFontMetrics(font).horizontalAdvance(text) + 4)
        height = self.row_height or self.comfortable_height(option)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        font, _text_height, icon_size = self._metrics(option)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        emergency = bool(index.data(EMERGENCY_ROLE))
        if selected:
            background, foreground = (Colors.EMERGENCY if emergency else Colors.ACCENT), "#ffffff"
        elif emergency:
            background, foreground = Colors.EMERGENCY_SOFT, Colors.EMERGENCY
        elif hovered:
            background, foreground = "#d5dee8", Colors.TEXT
        else:
            background, foreground = None, Colors.TEXT

        rect = option.rect.adjusted(_MARGIN_X, _MARGIN_Y, -_MARGIN_X, -_MARGIN_Y)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if background:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, 6, 6)
        if emergency and not selected:
            painter.setPen(QPen(QColor(Colors.EMERGENCY), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        # A visible keyboard focus ring: many operators navigate with the keys.
        view = option.widget
        if state & QStyle.StateFlag.State_HasFocus and view is not None and view.hasFocus():
            painter.setPen(QPen(QColor(Colors.TEXT), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)

        icon = index.data(Qt.ItemDataRole.DecorationRole)
        icon_rect = QRect(rect.left() + _PAD, rect.center().y() - icon_size // 2 + 1,
                          icon_size, icon_size)
        if isinstance(icon, QIcon):
            icon.paint(painter, icon_rect)

        text_rect = rect.adjusted(2 * _PAD + icon_size, 0, -_PAD, 0)
        painter.setFont(font)
        painter.setPen(QColor(foreground))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       text_rect.width()))
        painter.restore()


class NavigationList(QListWidget):
    """One entry per page; as wide as its longest entry so no text is ever cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(NavDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setSpacing(0)
        self.setUniformItemSizes(False)

    def add_entry(self, key: str, title: str, icon: QIcon, *, emergency: bool = False) -> None:
        item = QListWidgetItem(icon, title)
        item.setData(KEY_ROLE, key)
        item.setData(EMERGENCY_ROLE, emergency)
        self.addItem(item)
        self.fit_height()  # the pages a person may see change at sign-in

    def set_entry_text(self, row: int, title: str, hint: str) -> None:
        item = self.item(row)
        item.setText(title)
        item.setToolTip(hint)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, hint)
        self.fit_width()

    def fit_width(self) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        delegate = self.itemDelegate()
        widest = max((delegate.sizeHint(option, self.indexFromItem(self.item(row))).width()
                      for row in range(self.count())), default=160)
        # Room for a scroll bar too: at large text sizes the list can get taller than the window.
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setFixedWidth(widest + 2 * self.frameWidth() + scroll)
        self.doItemsLayout()

    def fit_height(self) -> None:
        """Entries as tall as is comfortable when there is room, shorter (down to a
        readable height) when there is not: a maximised window on a 1366x768 screen, with
        the taskbar and a provincial emergency banner, leaves the list some 560 pixels."""
        delegate = self.itemDelegate()
        if not isinstance(delegate, NavDelegate) or not self.count():
            return
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        comfortable = delegate.comfortable_height(option)
        fits = self.viewport().height() // self.count()
        height = None if fits >= comfortable else max(fits, delegate.smallest_height(option))
        if height != delegate.row_height:
            delegate.row_height = height
            self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_width()
            self.fit_height()
