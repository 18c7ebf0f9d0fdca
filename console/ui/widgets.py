"""Small building blocks shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def text_label(role: str | None = None, *, wrap: bool = True,
               parent: QWidget | None = None) -> QLabel:
    """A label styled by role: title, subtitle, muted, big, error, notice (see theme)."""
    label = QLabel(parent)
    if role:
        label.setProperty("textRole", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class NoticeLabel(QLabel):
    """A wrapped plain-text label that takes room only while it says something: under a
    page's buttons, an empty line would otherwise cost the list above it a row."""

    def __init__(self, role: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if role:
            self.setProperty("textRole", role)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def confirmed(parent: QWidget, title: str, text: str) -> bool:
    """Yes to a question asked before something that cannot be taken back (No is the
    default: Enter does not delete)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def grow_to_fit(window: QWidget) -> None:
    """Taller when words wrap onto more lines or a row appears: a dialog does not grow by
    itself for wrapped words, and would cut them or squeeze its fields."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    wanted = layout.totalHeightForWidth(window.width())
    if wanted > window.height():
        window.resize(window.width(), wanted)


def set_text_role(label: QLabel, role: str) -> None:
    """Change a label's role at run time (the style sheet must be re-applied to it)."""
    label.setProperty("textRole", role)
    label.style().unpolish(label)
    label.style().polish(label)


class Card(QFrame):
    """A white panel with a heading, for the Today page and similar overviews."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("frameRole", "card")
        self.heading = text_label("subtitle")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 14)
        self.layout_.setSpacing(8)
        self.head_row = QHBoxLayout()  # the heading, and a link to where its matters are
        self.head_row.addWidget(self.heading, 1)
        self.layout_.addLayout(self.head_row)
        # What the card says, under the heading (add(), clear()); held at the top by a
        # stretch. Not by aligning the layout to the top: an aligned layout gets the height
        # its lines need at its preferred width, so in a narrow window wrapped lines were
        # cut off.
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        self.layout_.addLayout(self.content)
        self.layout_.addStretch(1)

    def add(self, widget: QWidget) -> None:
        self.content.addWidget(widget)

    def clear(self) -> None:
        """Remove everything under the heading."""
        while self.content.count():
            item = self.content.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def set_link(self, button: QPushButton) -> None:
        """A button beside the heading, opening the page where the card's matters are
        handled."""
        button.setProperty("buttonRole", "compact")
        self.head_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)


def elide_in_the_middle(table: QAbstractItemView) -> None:
    """Texts cut in the middle on one line: names that share their start ("Chương trình
    phát thanh buổi sáng/chiều") keep the end that tells them apart. (Word wrap would cut
    them at their end whatever the elide mode.)"""
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    if isinstance(table, QTableView):
        table.setWordWrap(False)


class _CutAtTheEnd(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight  # type: ignore[attr-defined]


def elide_at_the_end(table: QAbstractItemView, *columns: int) -> None:
    """These columns cut at their end whatever the table's mode: a sentence or a list of
    changes reads from its start ("số người nghe: 45 → 62; thôn: …")."""
    delegate = _CutAtTheEnd(table)
    for column in columns:
        table.setItemDelegateForColumn(column, delegate)


def field_grid(rows: list[tuple[QLabel, QWidget]]) -> QGridLayout:
    """Caption and field side by side, captions centred on their field (QFormLayout is not)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(10)
    for row, (caption, field) in enumerate(rows):
        caption.setBuddy(field)
        if isinstance(field, QLineEdit) and field.placeholderText():
            # The hint in an empty field is read in full, not cut to "thẻ của các tin th…".
            field.setMinimumWidth(max(field.minimumWidth(), field.fontMetrics(
                ).horizontalAdvance(field.placeholderText()) + 24))
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(field, row, 1)
    grid.setColumnStretch(1, 1)
    return grid


def list_table(model: QAbstractItemModel, *, multi_select: bool = False) -> QTableView:
    """A read-only table of whole rows: alternating colours, no row numbers, no wrapping,
    columns the user can resize and the last one stretched."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if multi_select:
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class VerticalScroll(QScrollArea):
    """Scrolls its content up and down when the window is short, never sideways: it is as
    wide as the content needs, so nothing is cut at the right."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        width = (content.minimumSizeHint().width() if content is not None else 0) + bar
        return QSize(width, super().minimumSizeHint().height())


def scrolling(widget: QWidget, *, sideways: bool = False) -> QScrollArea:
    """`widget` in a frameless scroll area that gives it the area's width, and scrolls
    down when it needs more height (sideways too when `sideways`)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if sideways
                                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class TabContent(QWidget):
    """A tab's content for a scrolling page: it asks for the height it cannot do without,
    and that only while it is the tab shown.

    A scroll area gives its page the height the page prefers for its width, and Qt makes
    a tab widget as tall as its tallest tab, shown or not: a short tab then scrolled as far
    as the tallest, and a tab preferring more than the window has scrolled when it could
    have fitted. size_to_shown_tab() marks the tabs not shown (size policy Ignored); those
    ask for no height here, and the one shown prefers its minimum (it grows into the room
    there is)."""

    def _shown(self) -> bool:
        return self.sizePolicy().verticalPolicy() != QSizePolicy.Policy.Ignored

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height() if self._shown() else 0)

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height()


class TextScroll(QScrollArea):
    """A wrapped text under something that takes the rest (a map): as tall as the text
    when there is room, shorter and scrolled when there is not. (A wrapped label straight in
    a box layout asks for its whole height and, short of it, is laid over its neighbour.)"""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(label.fontMetrics().lineSpacing() * 2)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()  # its height follows the text's

    def sizeHint(self) -> QSize:
        width = max(1, self.viewport().width())
        return QSize(super().sizeHint().width(), self.label.heightForWidth(width) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width_changed = event.size().width() != event.oldSize().width()
        super().resizeEvent(event)
        if width_changed:  # narrower, the text takes more lines
            self.updateGeometry()


def size_to_shown_tab(tabs: QTabWidget) -> None:
    """The tab widget sized by the tab shown (its TabContent tabs; call on currentChanged)."""
    shown = tabs.currentIndex()
    for n in range(tabs.count()):
        policy = QSizePolicy.Policy.Preferred if n == shown else QSizePolicy.Policy.Ignored
        tabs.widget(n).setSizePolicy(policy, policy)
    tabs.updateGeometry()
