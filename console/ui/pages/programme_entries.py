"""The running-order table of the programme editor: it takes items dropped from the library."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget

from ..library.model import ITEM_IDS_MIME


def dropped_ids(mime: QMimeData) -> list[str]:
    """Library item ids carried by a drag (one per line), in order, without repeats."""
    if not mime.hasFormat(ITEM_IDS_MIME):
        return []
    text = bytes(mime.data(ITEM_IDS_MIME).data()).decode("utf-8", "replace")
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


class EntryTable(QTableWidget):
    """Rows are entries; a drop of library items asks for them at the drop position."""

    #: item ids, and the position to insert them at (None: at the end)
    items_dropped = Signal(list, object)

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.drops_allowed = True

    def drop_position(self, point: QPoint) -> int | None:
        """Before the row under the point, after it in its lower half; the end below rows."""
        row = self.rowAt(point.y())
        if row < 0:
            return None
        rect = self.visualRect(self.model().index(row, 0))
        return row + 1 if point.y() > rect.center().y() else row

    def drop_ids(self, mime: QMimeData, position: int | None) -> bool:
        """Handle a drop of `mime` at `position`; False when it carries no library items."""
        ids = dropped_ids(mime)
        if not ids or not self.drops_allowed:
            return False
        self.items_dropped.emit(ids, position)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.drops_allowed and event.mimeData().hasFormat(ITEM_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop_ids(event.mimeData(), self.drop_position(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()
