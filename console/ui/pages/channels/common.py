"""What the tabs of the Plan and team page share: a table, a message line, a button row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...flow_layout import flow_row
from ...widgets import set_text_role, text_label

SPARE = 32  # pixels a last column keeps beyond its hint when others are widened
CUT_FLOOR = 160  # the narrowest a cut column gets to keep the table from scrolling sideways


def table(columns: int, name: str) -> QTableWidget:
    widget = QTableWidget(0, columns)
    widget.setObjectName(name)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.verticalHeader().hide()
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[Any]], keys: Sequence[Any], *,
         widest: int = 280) -> None:
    """Plain text cells; each row's key in UserRole of its first cell; no column wider than
    `widest` pixels while the table lacks the room (long titles show in full in their
    tooltip), else as wide as its words."""
    widget.setRowCount(len(rows))
    for r, (values, key) in enumerate(zip(rows, keys, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, str) and len(value) > 30:
                item.setToolTip(value)
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            widget.setItem(r, c, item)
    # Every column but the last to its contents: the last keeps stretching to the table's
    # right edge (sized to its contents too, it stopped short and left the header cut off).
    last = widget.columnCount() - 1
    cut: dict[int, int] = {}  # column -> the width its words need
    for column in range(last):
        widget.resizeColumnToContents(column)
        if widget.columnWidth(column) > widest:
            cut[column] = widget.columnWidth(column)
    fitter = widget.findChild(_CutColumns)
    if fitter is None:
        fitter = _CutColumns(widget)
    fitter.fit(cut, widest)


class _CutColumns(QObject):
    """Columns wider than `widest` are cut to it while the table lacks the room (to
    CUT_FLOOR when even that does not fit); the room the last column does not need goes to
    them (left first, each up to the width of its words), again whenever the table changes
    width."""

    def __init__(self, widget: QTableWidget) -> None:
        super().__init__(widget)
        self._table = widget
        self._cut: dict[int, int] = {}
        self._widest = 0
        widget.viewport().installEventFilter(self)

    def fit(self, cut: dict[int, int], widest: int) -> None:
        self._cut, self._widest = cut, widest
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._cut:
            self._apply()
        return False

    def _apply(self) -> None:
        widget = self._table
        for column in self._cut:
            widget.setColumnWidth(column, self._widest)
        last = widget.columnCount() - 1
        used = sum(widget.columnWidth(c) for c in range(last))
        # The heading's hint leaves out the style's padding: some to spare, or the last
        # column is pushed past the edge and the whole table scrolls sideways.
        header = widget.horizontalHeader()
        needed_last = max(widget.sizeHintForColumn(last), header.sectionSizeHint(last),
                          header.minimumSectionSize()) + SPARE
        room = widget.viewport().width() - used - needed_last
        for column, natural in sorted(self._cut.items()):
            if room <= 0:
                break
            grow = min(room, natural - self._widest)
            widget.setColumnWidth(column, self._widest + grow)
            room -= grow
        # Wider than the table (the stretched last column keeps a least width of its own,
        # Qt's, beyond the estimate above; or the other columns are wide): the cut columns
        # give back what they took, then down to CUT_FLOOR, rather than the whole table
        # scrolling sideways (their words stay whole in their tooltips).
        over = header.length() - widget.viewport().width()
        floor = min(self._widest, CUT_FLOOR)
        for column in sorted(self._cut, reverse=True):
            if over <= 0:
                return
            back = max(0, min(over, widget.columnWidth(column) - floor))
            widget.setColumnWidth(column, widget.columnWidth(column) - back)
            over -= back


def selected_key(widget: QTableWidget) -> Any:
    rows = widget.selectionModel().selectedRows()
    if not rows:
        return None
    item = widget.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def enabled_with_a_row(widget: QTableWidget, chosen_buttons: Sequence[QPushButton],
                       allowed: bool) -> None:
    """Buttons that act on the chosen row ("Change…", "Delete"): enabled only while a row
    is chosen, and only for someone who may use them (with none chosen, "Change…" opened
    an empty form and "Delete" did nothing)."""
    def follow() -> None:
        chosen = widget.selectionModel().hasSelection()
        for button in chosen_buttons:
            button.setEnabled(allowed and chosen)

    widget.itemSelectionChanged.connect(follow)
    follow()


def buttons(*names: str) -> tuple[QWidget, list[QPushButton]]:
    """A row of buttons named so, left-aligned; in a narrow window they wrap onto more
    lines rather than cut their words ("ɔ từ Ex" for "Nhập từ Excel…" at 900 px)."""
    made = []
    for name in names:
        button = QPushButton()
        button.setObjectName(name)
        made.append(button)
    return flow_row(*made, None), made


def message_label(name: str) -> QLabel:
    label = text_label("muted")
    label.setObjectName(name)
    return label


def empty_line(name: str) -> QLabel:
    """The line over an empty table that says what belongs there and how to add it (a
    blank grid told a new station nothing); shown with `show_when_empty`."""
    label = text_label("muted")
    label.setObjectName(name)
    label.hide()
    return label


def show_when_empty(label: QLabel, rows: Sequence[Any], said: str, how_to: str,
                    allowed: bool) -> None:
    """`said` while there are no `rows`, and `how_to` fill them for someone `allowed` to
    (the others' buttons are greyed: not where to send them)."""
    label.setText(f"{said} {how_to}" if allowed else said)
    label.setVisible(not rows)


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    set_text_role(label, "error" if error else "muted")
    label.setText(text)


def pair(actual: int, planned: int) -> str:
    """'done / planned' as the plan's cells show it."""
    return f"{actual} / {planned}"
