"""Cài đặt (Settings): a list of sections on the left, the chosen section on the right.

The sections (console/ui/settings/) are registered in `SECTION_CLASSES` there; a section
a role has no business with (accounts of others, the audit log) is not listed for it.
Above them, the station-wide warnings: certificate checks off, no safe password store.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...services.station_settings import tls_verification_off
from ..list_or_detail import ListOrDetail
from ..settings import SECTION_CLASSES, SettingsSection
from ..settings_zalo import ZaloSettingsBox
from ..widgets import text_label
from .backup_box import BackupBox
from .base import Page

log = logging.getLogger(__name__)


# Narrower than this (the list and the section), they show one at a time.
SECTION_BESIDE_FROM = 1000  # the list, and beside it the widest section (Quy định phát sóng)


def _scrolling(section: QWidget) -> QScrollArea:
    """A section larger than the window scrolls; one that fits fills the space."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Sideways too, when the window is narrower than the section: it was cut at the right.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(section)
    return area


class SettingsPage(Page):
    key = "settings"
    icon = QStyle.StandardPixmap.SP_FileDialogInfoView
    scrollable = False  # sections scroll by themselves where they need to

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

        self.section_list = QListWidget()
        self.section_list.setObjectName("settingsSections")
        # Entries as easy to hit as the navigation's (sizes in em grow with the text).
        self.section_list.setStyleSheet("QListWidget::item { padding: 0.45em 0.6em; }")
        self.section_stack = QStackedWidget()
        self.sections: list[SettingsSection] = []
        for section_class in SECTION_CLASSES:
            if not section_class.visible_for(self.env.actor):
                continue
            section = section_class(self.env)
            self.sections.append(section)
            self.section_stack.addWidget(_scrolling(section))
            self.section_list.addItem(section_class.title())
        # In a narrow window the list and the section show one at a time (ListOrDetail):
        # this goes back to the list.
        self.list_button = QPushButton()
        self.list_button.setObjectName("backToSettings")
        self.list_button.setProperty("buttonRole", "compact")
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.list_button, 0, Qt.AlignmentFlag.AlignLeft)
        shown_layout.addWidget(self.section_stack, 1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        row.addWidget(self.section_list, 0, Qt.AlignmentFlag.AlignLeft)  # alone: at the left
        row.addWidget(shown, 1)
        self.body.addWidget(holder, 1)
        self.panes = ListOrDetail(holder, self.section_list, shown, self.list_button,
                                  SECTION_BESIDE_FROM)
        self.section_list.currentRowChanged.connect(self._section_picked)
        # A click on a section, or Enter, opens it (the arrow keys only move in the list).
        self.section_list.itemClicked.connect(lambda _item: self.panes.show_detail())
        self.section_list.itemActivated.connect(lambda _item: self.panes.show_detail())
        self.section_list.setCurrentRow(0)
        if prefs is not None:
            prefs.save_failed.connect(self._save_failed)

    # -- sections -------------------------------------------------------------------------------

    def section(self, key: str) -> SettingsSection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def show_section(self, key: str) -> SettingsSection:
        section = self.section(key)
        self.section_list.setCurrentRow(self.sections.index(section))
        self.panes.show_detail()
        return section

    def current_section(self) -> SettingsSection:
        return self.sections[max(0, self.section_stack.currentIndex())]


    def _section_picked(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.section_stack.setCurrentIndex(row)
            if self.isVisible():
                self.sections[row].activate()

    def help_topic(self) -> str:
        return self.current_section().help if self.sections else "settings"

    @property
    def language_combo(self) -> QComboBox:
        return self.section("general").language_combo  # type: ignore[attr-defined,no-any-return]

    @property
    def zalo_box(self) -> ZaloSettingsBox:
        """The Zalo OA box; its section is brought forward so that it can be clicked."""
        return self.show_section("zalo").box  # type: ignore[attr-defined,no-any-return]

    @property
    def backup_box(self) -> BackupBox:
        """The backup box; its section is brought forward so that it can be clicked."""
        return self.show_section("backup").box  # type: ignore[attr-defined,no-any-return]

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.section_list.setAccessibleName(self.tr("Parts of the settings"))
        self.list_button.setText(self.tr("‹ All settings"))
        for row, section in enumerate(self.sections):
            self.section_list.item(row).setText(section.title())
        self._fit_list()
        self._show_keyring_warning()
        self._show_tls_warning()

    def _fit_list(self) -> None:
        metrics = self.section_list.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title()) for s in self.sections), default=80)
        self.section_list.setFixedWidth(widest + 48)

    def activate(self) -> None:
        self._show_keyring_warning()
        self._read_tls()
        if self.sections:
            self.current_section().activate()

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

    def _save_failed(self, reason: str) -> None:
        self.save_error.setText(self.tr("The setting is used now but could not be saved: "
                                        "{reason}").format(reason=reason))
        self.save_error.show()
