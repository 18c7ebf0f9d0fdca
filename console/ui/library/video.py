"""A video file in the preview: the picture and the same controls as audio."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...qtmedia import media_player, queued
from ...services.library_details import FileInfo
from ..widgets import text_label
from .audio import PlayerControls

log = logging.getLogger(__name__)


class VideoPreview(QWidget):
    duration_known = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file: FileInfo | None = None
        self.player, self.output = media_player(self)
        self.video = QVideoWidget()
        self.video.setMinimumHeight(160)
        self.player.setVideoOutput(self.video)
        self.controls = PlayerControls(self.player, self.output)
        self.error_label = text_label("error")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.controls)
        layout.addWidget(self.error_label)
        self.player.durationChanged.connect(
            lambda d: self.duration_known.emit(d) if d > 0 else None)
        self.player.errorOccurred.connect(self._player_error)

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.video.setAccessibleName(QCoreApplication.translate("Preview", "Video"))

    def load(self, file: FileInfo) -> None:
        self.stop()
        self.file = file
        self.error_label.hide()
        queued(self.player, "setSource", QUrl.fromLocalFile(str(file.path)))

    def stop(self) -> None:
        queued(self.player, "stop")
        queued(self.player, "setSource", QUrl())
        self.file = None

    def _player_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        log.warning("the player could not open the video: %s", message)
        self.error_label.setText(QCoreApplication.translate(
            "Preview", "This video cannot be played: {reason}").format(reason=message))
        self.error_label.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.controls.toggle()
            return
        super().keyPressEvent(event)
