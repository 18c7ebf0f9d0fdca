"""A list and the thing chosen in it side by side; in a narrow window, one at a time.

Chương trình keeps its list of programmes beside the one being edited, Cài đặt its list of
sections beside the section. In a window narrower than both need (the smallest is 900×560)
the editor was left a strip of 220 px, its buttons three to a row, and the settings were cut
at the right. There the list shows alone until something in it is opened; that then has the
width, and a "back to the list" button above it shows the list again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget


class ListOrDetail(QObject):
    """`holder` (a splitter, or any widget laid out so) holds `master` and `detail`;
    narrower than `needed` it shows one of them, and `back` (shown only then) goes from the
    detail to the list."""

    def __init__(self, holder: QWidget, master: QWidget, detail: QWidget,
                 back: QAbstractButton, needed: int) -> None:
        super().__init__(holder)
        self._holder, self._master, self._detail = holder, master, detail
        self._back, self._needed = back, needed
        self.narrow = False
        self.detail_shown = False  # in a narrow window: the detail rather than the list
        back.hide()
        back.clicked.connect(self.show_list)
        holder.installEventFilter(self)

    def show_detail(self) -> None:
        """Something was chosen: in a narrow window it takes the list's place."""
        self.detail_shown = True
        self._apply()

    def show_list(self) -> None:
        self.detail_shown = False
        self._apply()
        if self.narrow:
            self._master.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._holder and event.type() == QEvent.Type.Resize:
            narrow = self._holder.width() < self._needed
            if narrow != self.narrow:
                self.narrow = narrow
                self._apply()
        return super().eventFilter(watched, event)

    def _apply(self) -> None:
        self._back.setVisible(self.narrow)
        self._master.setVisible(not self.narrow or not self.detail_shown)
        self._detail.setVisible(not self.narrow or self.detail_shown)
