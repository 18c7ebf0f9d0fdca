"""The emergency banner: a khẩn cấp item arrived. It cannot be missed and stays until
someone acknowledges it; it links to the item and to the emergency action."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QWidget

from .widgets import text_label

log = logging.getLogger(__name__)


def _alert_sound_path() -> str | None:
    try:
        path = resources.files("console").joinpath("assets/sounds/emergency.wav")
        return str(path) if path.is_file() else None
    except (FileNotFoundError, ModuleNotFoundError):
        return None


class AlertSound:
    """The alert tone through Qt Multimedia; silent (and says so once) with no audio device."""

    def __init__(self) -> None:
        self._effect = None
        self._checked = False

    def play(self) -> None:
        if not self._checked:
            self._checked = True
            try:
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
            except ImportError:
                log.warning("no Qt Multimedia: the emergency alert is silent")
                return
            path = _alert_sound_path()
            if path is None or not QMediaDevices.audioOutputs():
                log.info("no audio output: the emergency alert is silent")
                return
            self._effect = QSoundEffect()
            self._effect.setSource(QUrl.fromLocalFile(path))
            self._effect.setLoopCount(3)
            self._effect.setVolume(1.0)
        if self._effect is not None:
            self._effect.play()


class EmergencyBanner(QFrame):
    open_item = Signal(str)
    start_emergency = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._items: list[tuple[str, str]] = []  # (id, title), newest first
        self.sound = AlertSound()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(12)
        self.message = text_label("emergencyBanner")
        layout.addWidget(self.message, 1)
        self.open_button = QPushButton()
        self.act_button = QPushButton()
        self.ack_button = QPushButton()
        for button in (self.open_button, self.act_button, self.ack_button):
            button.setProperty("buttonRole", "onEmergency")
            layout.addWidget(button)
        self.open_button.clicked.connect(lambda: self._items and self.open_item.emit(
            self._items[0][0]))
        self.act_button.clicked.connect(lambda: self._items and self.start_emergency.emit(
            self._items[0][0]))
        self.ack_button.clicked.connect(self.acknowledge)
        self.hide()
        self.retranslate()

    @property
    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def announce(self, items: list[tuple[str, str]]) -> None:
        """Show new emergencies (id, title); sound the alert and ask for attention."""
        known = {item_id for item_id, _ in self._items}
        fresh = [item for item in items if item[0] not in known]
        if not fresh:
            return
        self._items = fresh + self._items
        self._render()
        self.show()
        self.sound.play()
        window = self.window()
        if window is not None:
            QApplication.alert(window)  # flashes the taskbar entry when minimised

    def acknowledge(self) -> None:
        self._items.clear()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open the item"))
        self.act_button.setText(self.tr("Broadcast emergency…"))
        self.ack_button.setText(self.tr("Acknowledge"))
        self.ack_button.setToolTip(self.tr("Hide this banner; the item stays in the library"))
        self._render()

    def _render(self) -> None:
        if not self._items:
            self.message.setText("")
            return
        title = self._items[0][1]
        if len(self._items) == 1:
            text = self.tr("EMERGENCY from the province: {title}").format(title=title)
        else:
            text = self.tr("EMERGENCY from the province ({count} items): {title}").format(
                count=len(self._items), title=title)
        self.message.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
