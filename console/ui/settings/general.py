"""Chung (General): interface language, text size, where the station's data lives, and
whether the console starts when someone signs in to Windows (console.app.autostart)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ...app import autostart
from ...services.permissions import Permission
from ..errors import error_text
from ..flow_layout import flow_row
from ..i18n import LANGUAGES
from ..widgets import text_label
from .base import SettingsSection

log = logging.getLogger(__name__)


class GeneralSection(SettingsSection):
    key = "general"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "General")

    def build(self) -> None:
        prefs = self.env.prefs
        # Language: names in their own language, so nobody is stuck in the wrong one.
        self.language_box = QGroupBox()
        language_layout = QVBoxLayout(self.language_box)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_hint = text_label("muted")
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language_combo)
        row = QHBoxLayout()
        row.addWidget(self.language_caption)
        row.addWidget(self.language_combo)
        row.addStretch(1)
        language_layout.addLayout(row)
        language_layout.addWidget(self.language_hint)
        self.body.addWidget(self.language_box)

        self.size_box = QGroupBox()
        size_layout = QVBoxLayout(self.size_box)
        self.smaller_button = QPushButton()
        self.size_value = text_label("subtitle", wrap=False)
        self.larger_button = QPushButton()
        self.reset_size_button = QPushButton()
        self.size_hint_label = text_label("muted")
        size_layout.addWidget(flow_row(self.smaller_button, self.size_value, self.larger_button,
                                       self.reset_size_button, None))
        size_layout.addWidget(self.size_hint_label)
        self.body.addWidget(self.size_box)

        self.folder_box = QGroupBox()
        folder_layout = QGridLayout(self.folder_box)
        self.folder_caption = QLabel()
        self.folder_path = text_label()
        self.folder_path.setText(str(self.env.ctx.paths.root))
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton()
        self.open_logs_button = QPushButton()
        self.folder_error = text_label("error")
        self.folder_error.hide()
        folder_layout.addWidget(self.folder_caption, 0, 0)
        folder_layout.addWidget(self.folder_path, 0, 1)
        folder_layout.addWidget(flow_row(self.open_data_button, self.open_logs_button, None),
                                1, 0, 1, 2)
        folder_layout.addWidget(self.folder_error, 2, 0, 1, 2)
        folder_layout.setColumnStretch(1, 1)
        self.body.addWidget(self.folder_box)

        # Start at sign-in: per Windows user, so playout and alerts come back after a power cut.
        self.start_box = QGroupBox()
        start_layout = QVBoxLayout(self.start_box)
        self.autostart_check = QCheckBox()
        self.autostart_check.setObjectName("autostart")
        self.minimized_check = QCheckBox()
        self.minimized_check.setObjectName("autostartMinimized")
        self.minimized_check.setChecked(True)
        self.start_hint = text_label("muted")
        self.start_message = text_label("muted")
        self.start_message.setObjectName("autostartMessage")
        start_layout.addWidget(self.autostart_check)
        start_layout.addWidget(self.minimized_check)
        start_layout.addWidget(self.start_hint)
        start_layout.addWidget(self.start_message)
        self.body.addWidget(self.start_box)
        self.body.addStretch(1)
        self._start_busy = True   # until the present state is read
        self._show_start()
        self.autostart_check.clicked.connect(self._write_start)
        self.minimized_check.clicked.connect(self._write_start)

        if prefs is None:  # a section shown without preferences (tests of other parts)
            return
        self._show_preferences()
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.smaller_button.clicked.connect(prefs.zoom_out)
        self.larger_button.clicked.connect(prefs.zoom_in)
        self.reset_size_button.clicked.connect(prefs.reset_zoom)
        self.open_data_button.clicked.connect(lambda: self._open_folder(self.env.ctx.paths.root))
        self.open_logs_button.clicked.connect(lambda: self._open_folder(self.env.ctx.paths.logs))
        prefs.font_scale_changed.connect(self._show_preferences)
        prefs.language_changed.connect(self._show_preferences)

    def retranslate(self) -> None:
        super().retranslate()
        self.language_box.setTitle(self.tr("Language"))
        self.language_caption.setText(self.tr("Interface language:"))
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_hint.setText(self.tr("The change applies at once and is remembered."))
        self.size_box.setTitle(self.tr("Text size"))
        self.smaller_button.setText(self.tr("Smaller (Ctrl -)"))
        self.larger_button.setText(self.tr("Larger (Ctrl +)"))
        self.reset_size_button.setText(self.tr("Normal size"))
        self.size_value.setAccessibleName(self.tr("Current text size"))
        self.size_hint_label.setText(self.tr(
            "Text, buttons and lists grow together. Ctrl + and Ctrl - work on every page."))
        self.folder_box.setTitle(self.tr("Station data"))
        self.folder_caption.setText(self.tr("Data folder:"))
        self.open_data_button.setText(self.tr("Open data folder"))
        self.open_logs_button.setText(self.tr("Open logs folder"))
        self.start_box.setTitle(self.tr("Start with Windows"))
        self.autostart_check.setText(self.tr("Start when I sign in"))
        self.minimized_check.setText(self.tr("In the background (in the tray), without opening "
                                             "the window"))
        self.start_hint.setText(self.tr(
            "After a power cut, local playout and emergency alerts come back by themselves as "
            "soon as the computer starts and someone signs in to Windows."))
        if not self._may_change_start():
            self.start_message.setText(self.tr("Only an administrator can change this."))

    # -- start at sign-in -------------------------------------------------------------------

    def activate(self) -> None:
        self._read_start()

    def _may_change_start(self) -> bool:
        return self.env.actor.can(Permission.EDIT_SETTINGS)

    def _read_start(self) -> None:
        self.env.tasks.submit(lambda: (autostart.is_enabled(), autostart.starts_minimized()),
                              on_done=self._start_read, on_error=self._start_failed,
                              context=self, name="read autostart")

    def _start_read(self, state: tuple[bool, bool]) -> None:
        enabled, minimized = state
        self._start_busy = False
        self.autostart_check.setChecked(enabled)
        if enabled:
            self.minimized_check.setChecked(minimized)
        self._show_start()

    def _show_start(self) -> None:
        may = self._may_change_start() and not self._start_busy
        self.autostart_check.setEnabled(may)
        self.minimized_check.setEnabled(may and self.autostart_check.isChecked())

    def _write_start(self) -> None:
        enabled, minimized = self.autostart_check.isChecked(), self.minimized_check.isChecked()
        self._start_busy = True
        self._show_start()

        def done(_result: object) -> None:
            self._say_start(self.tr("Saved: the console starts when you sign in to Windows.")
                            if enabled else
                            self.tr("Saved: the console no longer starts at sign-in."))
            self._read_start()

        self.env.tasks.submit(lambda: autostart.set_enabled(enabled, minimized=minimized),
                              on_done=done, on_error=self._write_failed, context=self,
                              name="write autostart")

    def _write_failed(self, exc: BaseException) -> None:
        self._start_failed(exc)
        self._read_start()  # show what the system holds now

    def _start_failed(self, exc: BaseException) -> None:
        log.warning("autostart: %s", exc)
        self._say_start(error_text(exc), error=True)
        self._start_busy = False
        self._show_start()

    def _say_start(self, text: str, *, error: bool = False) -> None:
        self.start_message.setProperty("textRole", "error" if error else "muted")
        self.start_message.style().unpolish(self.start_message)
        self.start_message.style().polish(self.start_message)
        self.start_message.setText(text)

    def _show_preferences(self) -> None:
        prefs = self.env.prefs
        index = self.language_combo.findData(prefs.language)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)
        self.size_value.setText(f"{round(prefs.font_scale * 100)} %")

    def _language_picked(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code:
            self.env.prefs.set_language(code)

    def _open_folder(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.folder_error.hide()
            return
        log.warning("could not open folder %s", path)
        self.folder_error.setText(self.tr("The folder could not be opened: {path}").format(
            path=path))
        self.folder_error.show()
