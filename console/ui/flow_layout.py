"""A row of buttons that wraps onto more lines rather than squeezing them.

In a QHBoxLayout too narrow for its buttons Qt shrinks each below its text, which then
reads "ư viện" and "ếp sóng": the programme editor's rows did that as soon as the text was
made larger (Settings › Cỡ chữ) at 1366 px. Here every item keeps its size hint, and what
does not fit on a line starts the next one. A stretch (addStretch()) pushes what follows it
on its line to the right, as in a box layout.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self) -> None:
        """What follows goes to the right end of its line, when the line has room."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding,
                                 QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one line: what the row asks for when there is room."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """One item a line: the widest item."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ----------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # hidden widgets: empty

    def _placed(self) -> list[QLayoutItem]:
        """The shown items and the stretches between them."""
        return [item for item in self._items
                if not item.isEmpty() or item.spacerItem() is not None]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                   QSizePolicy.ControlType.PushButton,
                                   Qt.Orientation.Horizontal)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, int, QSize]] = []
        lines: list[tuple[list[tuple[QLayoutItem, int, QSize]], int, int]] = []
        for item in self._placed():
            if item.spacerItem() is not None:  # a stretch: no room of its own
                line.append((item, x, QSize(0, 0)))
                continue
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), area.width()))
            if any(i.widget() is not None for i, _x, _s in line) \
                    and x + size.width() > area.right() + 1:
                lines.append((line, y, line_height))
                x, y = area.x(), y + line_height + gap
                line, line_height = [], 0
            line.append((item, x, size))
            x += size.width() + gap
            line_height = max(line_height, size.height())
        if line:
            lines.append((line, y, line_height))
        if place:
            for items, top, height in lines:
                shift = 0
                for item, left, size in items:
                    if item.spacerItem() is not None:
                        # What follows moves right by what the line has left over.
                        end = max((x + s.width() for _i, x, s in items), default=left)
                        shift = max(shift, area.right() + 1 - end)
                        continue
                    offset = (height - size.height()) // 2  # centred in the line's height
                    item.setGeometry(QRect(QPoint(left + shift, top + offset), size))
        used = (lines[-1][1] + lines[-1][2] - area.y()) if lines else 0
        return used + margins.top() + margins.bottom()


def flow_row(*widgets: QWidget | None) -> QWidget:
    """The widgets in a FlowLayout of their own widget, ready for a vertical layout; None
    stands for a stretch."""
    holder = QWidget()
    layout = FlowLayout(holder)
    for widget in widgets:
        if widget is None:
            layout.addStretch()
        else:
            layout.addWidget(widget)
    policy = holder.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    holder.setSizePolicy(policy)
    return holder


def kept_together(*widgets: QWidget) -> QWidget:
    """Widgets that go onto a flow row's lines as one (a caption and its field, a "from …
    to …" pair), so a wrap never parts them."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
