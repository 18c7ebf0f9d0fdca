"""A picture with zoom: fit to the panel, larger, smaller, actual size; Ctrl + wheel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets import text_label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


class ZoomView(QGraphicsView):
    zoomed = Signal()  # the zoom changed: by a button, Ctrl + wheel, or fitting a resize

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitting = True
        self.zoom = 1.0

    def set_image(self, image: QImage | None) -> None:
        pixmap = QPixmap.fromImage(image) if image is not None else QPixmap()
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    def fit(self) -> None:
        self.fitting = True
        if self.has_image():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom = self.transform().m11()
        self.zoomed.emit()

    def set_zoom(self, zoom: float) -> None:
        self.fitting = False
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)
        self.zoomed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.zoom * factor)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class ImagePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ZoomView()
        self.view.setMinimumHeight(160)
        self.fit_button = QPushButton()
        self.zoom_in_button = QPushButton("+")
        self.zoom_out_button = QPushButton("−")
        self.actual_button = QPushButton("100%")
        self.zoom_label = text_label("muted", wrap=False)
        row = QHBoxLayout()
        row.setSpacing(6)
        for button in (self.fit_button, self.zoom_out_button, self.zoom_in_button,
                       self.actual_button):
            row.addWidget(button)
        row.addWidget(self.zoom_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # Said where the picture would be when it cannot be shown.
        self.message = text_label("error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message, 1)
        layout.addLayout(row)
        self.view.zoomed.connect(self._show_zoom)
        self.fit_button.clicked.connect(self.view.fit)
        self.zoom_in_button.clicked.connect(
            lambda: self.view.set_zoom(self.view.zoom * ZOOM_STEP))
        self.zoom_out_button.clicked.connect(
            lambda: self.view.set_zoom(self.view.zoom / ZOOM_STEP))
        self.actual_button.clicked.connect(lambda: self.view.set_zoom(1.0))
        self.retranslate()

    def retranslate(self) -> None:
        self.fit_button.setText(translate("Preview", "Fit"))
        self.fit_button.setToolTip(translate("Preview", "Show the whole picture"))
        self.zoom_in_button.setToolTip(translate("Preview", "Larger (Ctrl + wheel)"))
        self.zoom_out_button.setToolTip(translate("Preview", "Smaller (Ctrl + wheel)"))
        self.zoom_in_button.setAccessibleName(translate("Preview", "Larger"))
        self.zoom_out_button.setAccessibleName(translate("Preview", "Smaller"))
        self.actual_button.setToolTip(translate("Preview", "Actual size"))
        self._show_zoom()

    def set_image(self, image: QImage | None) -> None:
        self.message.hide()
        self.view.show()
        self.view.set_image(image)
        self._show_zoom()

    def set_message(self, text: str) -> None:
        """Instead of a picture: why there is none (the zoom buttons have nothing to do)."""
        self.view.set_image(None)
        self.view.hide()
        self.message.setText(text)
        self.message.show()
        self._show_zoom()

    def _show_zoom(self) -> None:
        shown = self.view.has_image()
        for button in (self.fit_button, self.zoom_in_button, self.zoom_out_button,
                       self.actual_button):
            button.setEnabled(shown)
        if not shown:
            self.zoom_label.setText("")
            return
        size = self.view.item.pixmap().size()
        self.zoom_label.setText(f"{round(self.view.zoom * 100)}% · {size.width()}×{size.height()}")
