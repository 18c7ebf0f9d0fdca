"""Cài đặt (Settings): interface language, text size, where the data lives, the Zalo OA."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from ...services.station_settings import tls_verification_off
from ..i18n import LANGUAGES
from ..settings_zalo import ZaloSettingsBox
from ..widgets import text_label
from .backup_box import BackupBox
from .base import Page

log = logging.getLogger(__name__)


class SettingsPage(Page):
    key = "settings"
    icon = QStyle.StandardPixmap.SP_FileDialogInfoView

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Settings")

    def build(self) -> None:
        prefs = self.env.prefs
        # Permanent while certificate checks are off: no close button, re-read on every visit.
        self.tls_notice = text_label("error")
        self.tls_notice.hide()
        self.body.addWidget(self.tls_notice)
        self.keyring_notice = text_label("notice")
        self.keyring_notice.hide()
        self.body.addWidget(self.keyring_notice)
        self.save_error = text_label("error")
        self.save_error.hide()
        self.body.addWidget(self.save_error)

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
        buttons = QHBoxLayout()
        self.smaller_button = QPushButton()
        self.size_value = text_label("subtitle", wrap=False)
        self.larger_button = QPushButton()
        self.reset_size_button = QPushButton()
        for widget in (self.smaller_button, self.size_value, self.larger_button,
                       self.reset_size_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.size_hint_label = text_label("muted")
        size_layout.addLayout(buttons)
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
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.open_data_button)
        folder_buttons.addWidget(self.open_logs_button)
        folder_buttons.addStretch(1)
        folder_layout.addLayout(folder_buttons, 1, 0, 1, 2)
        folder_layout.addWidget(self.folder_error, 2, 0, 1, 2)
        folder_layout.setColumnStretch(1, 1)
        self.body.addWidget(self.folder_box)
        self.zalo_box = ZaloSettingsBox(self.env.ctx, self.env.actor, self.env.tasks)
        self.body.addWidget(self.zalo_box)
        self.backup_box = BackupBox(self.env)
        self.body.addWidget(self.backup_box)
        self.body.addStretch(1)

        self._show_preferences()
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.smaller_button.clicked.connect(prefs.zoom_out)
        self.larger_button.clicked.connect(prefs.zoom_in)
        self.reset_size_button.clicked.connect(prefs.reset_zoom)
        self.open_data_button.clicked.connect(lambda: self._open_folder(self.env.ctx.paths.root))
        self.open_logs_button.clicked.connect(lambda: self._open_folder(self.env.ctx.paths.logs))
        prefs.font_scale_changed.connect(self._show_preferences)
        prefs.language_changed.connect(self._show_preferences)
        prefs.save_failed.connect(self._save_failed)

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
        self.backup_box.retranslate()
        self._show_keyring_warning()
        self._show_tls_warning()

    def activate(self) -> None:
        self._show_keyring_warning()
        self._read_tls()
        self.zalo_box.refresh()
        self.backup_box.load()

    def _read_tls(self) -> None:
        settings = self.env.ctx.settings
        self.env.tasks.submit(lambda: tls_verification_off(settings), on_done=self._tls_read,
                              context=self, name="read TLS setting")

    def _tls_read(self, off: bool) -> None:
        self.tls_off = off
        self._show_tls_warning()

    def _show_tls_warning(self) -> None:
        if getattr(self, "tls_off", False):
            self.tls_notice.setText(self.tr(
                "Certificate checks are switched OFF for the province's server. Anyone on the "
                "network between this computer and the province can read and change what the "
                "console receives and sends. Ask your IT staff to switch them back on (with "
                "the province's CA certificate if it has its own)."))
            self.tls_notice.show()
        else:
            self.tls_notice.hide()

    def _show_preferences(self) -> None:
        prefs = self.env.prefs
        index = self.language_combo.findData(prefs.language)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)
        self.size_value.setText(f"{round(prefs.font_scale * 100)} %")

    def _show_keyring_warning(self) -> None:
        secrets = self.env.ctx.secrets
        if secrets.warning or not secrets.persistent:
            self.keyring_notice.setText(self.tr(
                "Passwords cannot be saved safely on this computer: they are kept only until "
                "the console closes. Ask your IT staff to check Windows Credential Manager."))
            self.keyring_notice.setToolTip(secrets.warning or "")
            self.keyring_notice.show()
        else:
            self.keyring_notice.hide()

    def _language_picked(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code:
            self.env.prefs.set_language(code)

    def _save_failed(self, reason: str) -> None:
        self.save_error.setText(self.tr("The setting is used now but could not be saved: "
                                        "{reason}").format(reason=reason))
        self.save_error.show()

    def _open_folder(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.folder_error.hide()
            return
        log.warning("could not open folder %s", path)
        self.folder_error.setText(self.tr("The folder could not be opened: {path}").format(
            path=path))
        self.folder_error.show()
