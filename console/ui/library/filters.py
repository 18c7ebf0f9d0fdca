"""The library's filters: saved filters, publication dates, and a tree of filters with counts.

The panel holds the filter being applied (without the search text, which the page owns)
and says when it changed; counts come from the page (read in the background).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.library_query import (
    PRESETS,
    CacheState,
    CategoryNode,
    FacetCounts,
    LibraryFilter,
    Preset,
    SavedFilterRow,
    Validity,
)
from ..flow_layout import flow_row
from ..labels import priority_label
from ..widgets import text_label
from .labels import (
    cache_label,
    kind_label,
    language_label,
    origin_label,
    reviewed_label,
    used_label,
    validity_label,
)

FacetRole = Qt.ItemDataRole.UserRole + 10  # facet key of a tree item
ValueRole = Qt.ItemDataRole.UserRole + 11  # value of a tree item
LabelRole = Qt.ItemDataRole.UserRole + 12  # its label without the count
SavedRole = Qt.ItemDataRole.UserRole + 20  # ("preset", value) or ("saved", id)

NO_DATE = QDate(2000, 1, 1)

# Facets whose choice is a set of values in LibraryFilter.
_SET_FIELDS = {
    "kind": "kinds",
    "category": "categories",
    "priority": "priorities",
    "origin": "origins",
    "language": "languages",
    "validity": "validity",
    "cache": "cache",
}
_FLAG_FIELDS = {"reviewed": "reviewed", "used": "used"}


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def preset_label(preset: Preset) -> str:
    return {
        Preset.ALL: translate("Filters", "Everything"),
        Preset.NEW_TODAY: translate("Filters", "New bulletins today"),
        Preset.EMERGENCY: translate("Filters", "Emergencies in force"),
        Preset.UNSEEN: translate("Filters", "Not opened yet"),
        Preset.NOT_CACHED: translate("Filters", "Not downloaded yet"),
        Preset.LOCAL: translate("Filters", "Made in the commune"),
    }[preset]


def facet_title(facet: str) -> str:
    return {
        "priority": translate("Filters", "Priority"),
        "kind": translate("Filters", "Kind"),
        "category": translate("Filters", "Category"),
        "origin": translate("Filters", "Comes from"),
        "language": translate("Filters", "Language"),
        "validity": translate("Filters", "Validity"),
        "cache": translate("Filters", "Files"),
        "reviewed": translate("Filters", "Review"),
        "used": translate("Filters", "Use"),
    }[facet]


def _value_label(facet: str, value: str) -> str:
    if facet == "priority":
        return priority_label(value)
    if facet == "kind":
        return kind_label(value)
    if facet == "origin":
        return origin_label(value)
    if facet == "language":
        return language_label(value)
    if facet == "validity":
        return validity_label(value)
    if facet == "cache":
        return cache_label(value)
    if facet == "reviewed":
        return reviewed_label(value == "yes")
    if facet == "used":
        return used_label(value == "yes")
    return value


_OPEN_AT_FIRST = ("priority", "kind")  # the tree's facets shown open
FIXED_VALUES: dict[str, list[str]] = {
    "priority": ["emergency", "priority", "normal"],
    "kind": ["audio", "video", "image", "text", "stream"],
    "origin": ["central", "province", "district", "commune"],
    "validity": [v.value for v in Validity],
    "cache": [c.value for c in CacheState],
    "reviewed": ["yes", "no"],
    "used": ["yes", "no"],
}
FACET_ORDER = [
    "priority",
    "kind",
    "category",
    "origin",
    "language",
    "validity",
    "cache",
    "reviewed",
    "used",
]


def _date(value: QDate) -> dt.date | None:
    if value <= NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


class FilterPanel(QWidget):
    #: the filter changed (read it with current())
    changed = Signal()
    #: the operator wants to save the current filter under a name
    save_requested = Signal()
    #: the operator wants to delete a saved filter (its id)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = LibraryFilter()
        self._counts: FacetCounts | None = None
        self._preset_counts: dict[str, int] = {}
        self._saved: list[SavedFilterRow] = []
        self._categories: list[CategoryNode] = []
        self._languages: list[str] = ["vi"]
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._expanded = set(_OPEN_AT_FIRST)
        self.setMinimumWidth(170)

        self.saved_heading = text_label("subtitle", wrap=False)
        self.saved_list = QListWidget()
        self.saved_list.setObjectName("savedFilters")
        self.saved_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(False)
        buttons = flow_row(self.save_button, self.delete_button)  # wraps with larger text

        self.dates_heading = text_label("subtitle", wrap=False)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        dates = QGridLayout()
        dates.setHorizontalSpacing(6)
        dates.addWidget(self.from_label, 0, 0)
        dates.addWidget(self.from_edit, 0, 1)
        dates.addWidget(self.to_label, 1, 0)
        dates.addWidget(self.to_edit, 1, 1)
        dates.setColumnStretch(1, 1)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)

        self.tree = QTreeWidget()
        self.tree.setObjectName("facetTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.saved_heading)
        layout.addWidget(self.saved_list)
        layout.addWidget(buttons)
        layout.addWidget(self.dates_heading)
        layout.addLayout(dates)
        layout.addWidget(self.tree, 1)

        self.saved_list.itemClicked.connect(self._saved_clicked)
        self.saved_list.itemActivated.connect(self._saved_clicked)
        self.saved_list.currentItemChanged.connect(self._saved_current)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)
        self.tree.itemChanged.connect(self._item_changed)
        self._rebuild_saved()
        self._rebuild_tree()
        self.retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.saved_heading.setText(translate("Filters", "Saved filters"))
        self.saved_list.setAccessibleName(translate("Filters", "Saved filters"))
        self.save_button.setText(translate("Filters", "Save…"))
        self.save_button.setToolTip(
            translate("Filters", "Save the filters chosen now under a name")
        )
        self.delete_button.setText(translate("Filters", "Delete"))
        self.delete_button.setToolTip(
            translate("Filters", "Delete the saved filter chosen in the list")
        )
        self.dates_heading.setText(translate("Filters", "Published"))
        self.from_label.setText(translate("Filters", "From"))
        self.to_label.setText(translate("Filters", "To"))
        self.tree.setAccessibleName(translate("Filters", "Filters"))
        self._rebuild_saved()
        self._rebuild_tree()

    # --- the filter ------------------------------------------------------------------------

    def current(self) -> LibraryFilter:
        return self._filter

    def set_filter(self, f: LibraryFilter) -> None:
        """Show `f` (its text is ignored) and apply it."""
        self._filter = replace(f, text="")
        self._sync_widgets()
        self.changed.emit()

    def clear(self) -> None:
        self.set_filter(LibraryFilter())

    def _sync_widgets(self) -> None:
        f = self._filter
        with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
            self.from_edit.setDate(self._qdate(f.published_from))
            self.to_edit.setDate(self._qdate(f.published_to))
        with QSignalBlocker(self.tree):
            for (facet, value), item in self._items.items():
                item.setCheckState(
                    0,
                    Qt.CheckState.Checked
                    if self._chosen(facet, value)
                    else Qt.CheckState.Unchecked,
                )

    @staticmethod
    def _qdate(day: dt.date | None) -> QDate:
        return NO_DATE if day is None else QDate(day.year, day.month, day.day)

    def _chosen(self, facet: str, value: str) -> bool:
        f = self._filter
        if facet in _SET_FIELDS:
            return value in getattr(f, _SET_FIELDS[facet])
        flag = getattr(f, _FLAG_FIELDS[facet])
        return flag is not None and (value == "yes") == flag

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        facet, value = item.data(0, FacetRole), item.data(0, ValueRole)
        if facet is None or value is None:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        f = self._filter
        if facet in _SET_FIELDS:
            field = _SET_FIELDS[facet]
            values = set(getattr(f, field))
            (values.add if checked else values.discard)(value)
            f = replace(f, **{field: frozenset(values)})
        else:
            others = [it for (fc, _v), it in self._items.items() if fc == facet]
            on = {
                it.data(0, ValueRole) for it in others if it.checkState(0) == Qt.CheckState.Checked
            }
            flag = None if len(on) != 1 else on == {"yes"}
            f = replace(f, **{_FLAG_FIELDS[facet]: flag})
        self._filter = f
        self.saved_list.clearSelection()
        self.changed.emit()

    def _dates_changed(self) -> None:
        self._filter = replace(
            self._filter,
            published_from=_date(self.from_edit.date()),
            published_to=_date(self.to_edit.date()),
            published_days=None,
        )
        self.saved_list.clearSelection()
        self.changed.emit()

    # --- saved filters ---------------------------------------------------------------------

    def set_saved(self, saved: list[SavedFilterRow]) -> None:
        self._saved = list(saved)
        self._rebuild_saved()

    def set_preset_counts(self, counts: dict[str, int]) -> None:
        self._preset_counts = dict(counts)
        self._rebuild_saved()

    @property
    def saved(self) -> list[SavedFilterRow]:
        return list(self._saved)

    def saved_filter(self, filter_id: int) -> SavedFilterRow | None:
        return next((s for s in self._saved if s.id == filter_id), None)

    def choose_preset(self, preset: Preset) -> None:
        for row in range(self.saved_list.count()):
            item = self.saved_list.item(row)
            if item.data(SavedRole) == ("preset", preset.value):
                self.saved_list.setCurrentItem(item)
        self.set_filter(PRESETS[preset])

    def _rebuild_saved(self) -> None:
        current = self.saved_list.currentItem()
        key = current.data(SavedRole) if current is not None else None
        with QSignalBlocker(self.saved_list):
            self.saved_list.clear()
            for preset in Preset:
                self._add_saved(
                    preset_label(preset),
                    ("preset", preset.value),
                    self._preset_counts.get(preset.value),
                )
            for saved in self._saved:
                self._add_saved(
                    saved.name, ("saved", saved.id), self._preset_counts.get(f"saved:{saved.id}")
                )
            for row in range(self.saved_list.count()):
                if self.saved_list.item(row).data(SavedRole) == key:
                    self.saved_list.setCurrentRow(row)
        rows = min(self.saved_list.count(), 7)
        height = self.saved_list.sizeHintForRow(0) * rows + 2 * self.saved_list.frameWidth()
        self.saved_list.setFixedHeight(max(height, 40))
        self._saved_current(self.saved_list.currentItem(), None)

    def _add_saved(self, label: str, key: tuple[str, Any], count: int | None) -> None:
        text = label if count is None else f"{label} ({QLocale().toString(count)})"
        item = QListWidgetItem(text)
        item.setData(SavedRole, key)
        item.setData(LabelRole, label)
        if key == ("preset", Preset.EMERGENCY.value):
            item.setForeground(Qt.GlobalColor.darkRed)
        self.saved_list.addItem(item)

    def _saved_clicked(self, item: QListWidgetItem) -> None:
        kind, value = item.data(SavedRole)
        if kind == "preset":
            self.set_filter(PRESETS[Preset(value)])
        else:
            saved = self.saved_filter(int(value))
            if saved is not None:
                self.set_filter(saved.filter)

    def _saved_current(self, item: QListWidgetItem | None, _previous: Any) -> None:
        self.delete_button.setEnabled(item is not None and item.data(SavedRole)[0] == "saved")

    def _delete_clicked(self) -> None:
        item = self.saved_list.currentItem()
        if item is not None and item.data(SavedRole)[0] == "saved":
            self.delete_requested.emit(int(item.data(SavedRole)[1]))

    # --- the tree of filters ---------------------------------------------------------------

    def preferred_width(self) -> int:
        """A width that shows the choices open at first (priority and kind) with a
        four-digit count ("Thông thường (1.234)") beside their boxes; longer ones, opened
        later, show theirs in a tooltip."""
        style, tree = self.tree.style(), self.tree
        widest = max(tree.fontMetrics().horizontalAdvance(
            f"{_value_label(facet, value)} ({QLocale().toString(9999)})")
            for facet in _OPEN_AT_FIRST for value in FIXED_VALUES[facet])
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        chrome = (2 * tree.indentation() + style.pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * tree.frameWidth() + 12)
        return max(self.minimumWidth(), min(widest + box + chrome, 320))

    def set_categories(self, categories: list[CategoryNode]) -> None:
        self._categories = list(categories)
        self._rebuild_tree()

    def set_languages(self, languages: list[str]) -> None:
        self._languages = sorted(set(languages) | {"vi"}, key=lambda c: (c != "vi", c))
        self._rebuild_tree()

    def set_counts(self, counts: FacetCounts | None) -> None:
        self._counts = counts
        with QSignalBlocker(self.tree):
            for (facet, value), item in self._items.items():
                self._label_item(item, facet, value)

    def _count(self, facet: str, value: str) -> int | None:
        if self._counts is None:
            return None
        if facet == "category":
            return sum(self._counts.get("category", code) for code in self._subtree(value))
        return self._counts.get(facet, value)

    def _subtree(self, code: str) -> set[str]:
        children: dict[str | None, list[str]] = {}
        for c in self._categories:
            children.setdefault(c.parent_code, []).append(c.code)
        found, todo = set(), [code]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(children.get(current, ()))
        return found

    def _label_item(self, item: QTreeWidgetItem, facet: str, value: str) -> None:
        label = item.data(0, LabelRole)
        count = self._count(facet, value)
        text = label if count is None else f"{label} ({QLocale().toString(count)})"
        item.setText(0, text)
        item.setToolTip(0, text)  # a long category's name is cut short in the panel
        item.setForeground(0, Qt.GlobalColor.gray if count == 0 else Qt.GlobalColor.black)

    def _rebuild_tree(self) -> None:
        if self.tree.topLevelItemCount():
            self._expanded = {
                self.tree.topLevelItem(i).data(0, ValueRole)
                for i in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(i).isExpanded()
            }
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._items.clear()
            for facet in FACET_ORDER:
                top = QTreeWidgetItem([facet_title(facet)])
                top.setData(0, FacetRole, None)
                top.setData(0, ValueRole, facet)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(top)
                if facet == "category":
                    self._add_categories(top)
                else:
                    values = self._languages if facet == "language" else FIXED_VALUES[facet]
                    for value in values:
                        self._add_value(top, facet, value, _value_label(facet, value))
                top.setExpanded(facet in self._expanded)
        self._sync_widgets()

    def _add_categories(self, top: QTreeWidgetItem) -> None:
        by_parent: dict[str | None, list[CategoryNode]] = {}
        codes = {c.code for c in self._categories}
        for c in self._categories:
            parent = c.parent_code if c.parent_code in codes else None
            by_parent.setdefault(parent, []).append(c)

        def add(parent_item: QTreeWidgetItem, parent_code: str | None) -> None:
            from ...text.collation import vi_key

            for c in sorted(by_parent.get(parent_code, []), key=lambda c: vi_key(c.name) or ""):
                item = self._add_value(parent_item, "category", c.code, c.name)
                add(item, c.code)

        add(top, None)

    def _add_value(
        self, parent: QTreeWidgetItem, facet: str, value: str, label: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, FacetRole, facet)
        item.setData(0, ValueRole, value)
        item.setData(0, LabelRole, label)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        self._label_item(item, facet, value)
        parent.addChild(item)
        self._items[(facet, value)] = item
        return item

    def describe(self) -> list[str]:
        """The filters chosen, in words (for the line above the list)."""
        f = self._filter
        words: list[str] = []
        for facet in FACET_ORDER:
            chosen = [
                self._items[(facet, v)].data(0, LabelRole)
                for (fc, v) in self._items
                if fc == facet and self._chosen(fc, v)
            ]
            if chosen:
                words.append(", ".join(chosen))
        if f.published_days is not None:
            words.append(
                translate("Filters", "published today")
                if f.published_days == 0
                else translate("Filters", "published in the last {n} days").format(
                    n=f.published_days + 1
                )
            )
        if f.published_from or f.published_to:
            start = f.published_from.strftime("%d/%m/%Y") if f.published_from else "…"
            end = f.published_to.strftime("%d/%m/%Y") if f.published_to else "…"
            words.append(
                translate("Filters", "published {start} – {end}").format(start=start, end=end)
            )
        if f.unseen:
            words.append(translate("Filters", "not opened yet"))
        return words
