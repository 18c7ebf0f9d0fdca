"""Which library item to put on air: for Phát ngay… (play now) and for Khẩn cấp (the
emergency's item). Words typed are searched in the whole library (with or without accents,
best matches first) among the items that may go on air now; with nothing typed,
emergencies first, then the newest. Searching runs off the UI thread; each new word waits a
moment so that typing is not slowed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.device_overview import ItemChoice, items_to_broadcast
from ...station import StationContext
from ..errors import error_text
from ..labels import priority_label
from ..tasks import TaskRunner
from ..timefmt import format_moment
from ..widgets import set_text_role, text_label

SEARCH_DELAY_MS = 250
SHOWN = 50


class ItemPicker(QDialog):
    """`purpose` "play": OK plays now (after its confirmation); "emergency": OK only chooses
    the item for the Khẩn cấp page, whose own button broadcasts it."""

    def __init__(self, ctx: StationContext, tasks: TaskRunner, devices: int,
                 parent: QWidget | None = None, *, purpose: str = "play") -> None:
        super().__init__(parent)
        self.setObjectName("itemPicker")
        self.setMinimumSize(560, 420)
        self.ctx, self.tasks, self.devices = ctx, tasks, devices
        self.purpose = purpose
        self._asked = ""      # the words of the search running or last done
        self._found_items: dict[str, ItemChoice] = {}
        self.explain = text_label()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("itemPickerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("itemPickerResults")
        self.status = text_label("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._enter)
        self.results.currentItemChanged.connect(
            lambda item, _old: self.ok_button.setEnabled(item is not None))
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.retranslate()
        self._search()

    def retranslate(self) -> None:
        if self.purpose == "emergency":
            self.setWindowTitle(self.tr("Item for the emergency"))
            self.explain.setText(self.tr("Item to broadcast as an emergency:"))
            self.ok_button.setText(self.tr("Choose"))
        else:
            self.setWindowTitle(self.tr("Play now"))
            self.explain.setText(self.tr("Item to play now on {count} device(s):").format(
                count=self.devices))
            self.ok_button.setText(self.tr("Play now…"))
        self.search_edit.setPlaceholderText(self.tr(
            "Words of the title or text — with or without accents"))

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def chosen_item(self) -> ItemChoice | None:
        """The chosen item with its title and priority."""
        chosen = self.chosen()
        return self._found_items.get(chosen) if chosen is not None else None

    # -- searching --------------------------------------------------------------------------

    def _search(self) -> None:
        text = self.search_edit.text()
        self._asked = text
        self.status.setText(self.tr("Searching…"))
        set_text_role(self.status, "muted")
        ctx = self.ctx
        self.tasks.submit(lambda: items_to_broadcast(ctx.db, text, SHOWN),
                          on_done=lambda found: self._found(text, found),
                          on_error=lambda exc: self._failed(text, exc),
                          context=self, name="items to play now")

    def _found(self, text: str, found: list[ItemChoice]) -> None:
        if text != self._asked:  # an answer to words typed before
            return
        self.results.clear()
        self._found_items = {choice.id: choice for choice in found}
        for choice in found:
            mark = "⚠ " if choice.priority == "emergency" else ""
            label = (f"{mark}{choice.title}" if choice.priority == "normal" else
                     f"{mark}[{priority_label(choice.priority)}] {choice.title}")
            row = QListWidgetItem(f"{label} · {format_moment(choice.published_at)}")
            row.setData(Qt.ItemDataRole.UserRole, choice.id)
            row.setToolTip(choice.title)
            self.results.addItem(row)
        if found:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("{count} item(s) that may go on air now{more}.").format(
                count=len(found), more=self.tr(" (the first ones: type more words)")
                if len(found) >= SHOWN else ""))
        else:
            self.status.setText(self.tr("Nothing that may go on air now matches these words.")
                                if text.strip() else self.tr("The library has no item to play."))
        self.ok_button.setEnabled(bool(found))

    def _failed(self, text: str, exc: BaseException) -> None:
        if text != self._asked:
            return
        self.status.setText(error_text(exc))
        set_text_role(self.status, "error")

    def _enter(self) -> None:
        """Enter in the search field plays the first match (once the search is done)."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()
            return
        if self.results.currentItem() is not None:
            self.accept()
