"""The board slides of an item, page by page, scaled to the panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..widgets import text_label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class SlideView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QImage] = []
        self.page = 0
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(QSize(160, 90))
        self.message = text_label("muted")
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.page_label = text_label(wrap=False)
        self.size_label = text_label("muted", wrap=False)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.size_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.message)
        layout.addWidget(self.picture, 1)
        layout.addLayout(row)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(translate("Preview", "◀ Previous"))
        self.next_button.setText(translate("Preview", "Next ▶"))
        self._update_labels()

    def set_message(self, text: str) -> None:
        self.pages = []
        self.message.setText(text)
        self.message.show()
        self.picture.clear()
        self._update_labels()

    def set_pages(self, pages: list[QImage], note: str = "") -> None:
        self.pages = list(pages)
        self.message.setText(note)
        self.message.setVisible(bool(note))
        self.show_page(0)

    def show_page(self, page: int) -> None:
        if not self.pages:
            return
        self.page = max(0, min(page, len(self.pages) - 1))
        self._scale()
        self._update_labels()

    def _scale(self) -> None:
        if not self.pages:
            return
        image = self.pages[self.page]
        target = self.picture.size()
        pixmap = QPixmap.fromImage(image).scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)

    def _update_labels(self) -> None:
        many = len(self.pages) > 1
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(many)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < len(self.pages) - 1)
        self.page_label.setText(translate("Preview", "Slide {n} of {total}").format(
            n=self.page + 1, total=len(self.pages)))
        if self.pages:
            size = self.pages[0].size()
            self.size_label.setText(translate("Preview", "Board {w}×{h}").format(
                w=size.width(), h=size.height()))
        else:
            self.size_label.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
