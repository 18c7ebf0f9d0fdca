"""The library's three panes in a narrow window: two at a time.

Filters, list and preview side by side need some 850 px. In a narrower window (the
smallest is 900×560, which leaves the page some 590) the list was squeezed to a column and
a half. There the filters step aside: the list and the preview share the width, and the
"Filters" button brings the filters back in the preview's place until it is pressed again.
In a wide window the button shows or hides the filters as before, and what it was left at
there is what a widened window comes back to.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

LIST_AT_LEAST = 280  # px of the list beside a pane, before one of the panes steps aside


class NarrowPanes(QObject):
    """Shows the filters and the preview as `splitter`'s width allows; `button` is the
    checkable "Filters" button (its toggles come here instead of straight to the filters)."""

    def __init__(self, splitter: QSplitter, filters: QWidget, preview: QWidget,
                 button: QPushButton, filters_width: int) -> None:
        super().__init__(splitter)
        self._splitter, self._filters, self._preview = splitter, filters, preview
        self._button, self._filters_width = button, filters_width
        self.narrow = False
        self._filters_wanted = button.isChecked()   # in a wide window
        self._filters_asked = False                 # in a narrow one
        button.toggled.connect(self._toggled)
        splitter.installEventFilter(self)

    def needed(self) -> int:
        """The splitter width that holds the three panes."""
        handles = 2 * self._splitter.handleWidth()
        return self._filters_width + LIST_AT_LEAST + self._preview.minimumWidth() + handles

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            narrow = self._splitter.width() < self.needed()
            if narrow != self.narrow:
                self.narrow = narrow
                self._filters_asked = False  # a window made narrow starts with the list
                self._apply()
        return super().eventFilter(watched, event)

    def _toggled(self, checked: bool) -> None:
        if self.narrow:
            self._filters_asked = checked
        else:
            self._filters_wanted = checked
        self._apply()

    def _apply(self) -> None:
        filters = self._filters_asked if self.narrow else self._filters_wanted
        if self._button.isChecked() != filters:
            self._button.blockSignals(True)
            self._button.setChecked(filters)
            self._button.blockSignals(False)
        self._filters.setVisible(filters)
        self._preview.setVisible(not (self.narrow and filters))
