"""Quy định phát sóng (Broadcast rules): quiet hours, the longest programme, the daily
limit, the default volume and targets, the loudness target. Saved together and audited;
what the Department locks is shown locked. The Programmes checks use them at once."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.permissions import Permission
from ...services.station_settings import SettingView, change_settings, read_settings
from ...settings import (
    DAILY_LIMIT_MIN,
    DEFAULT_TARGETS,
    DEFAULT_VOLUME,
    QUIET_END,
    QUIET_START,
    SESSION_LIMIT_MIN,
    TARGET_LUFS,
)
from ..errors import error_text
from ..widgets import field_grid, set_text_role, text_label
from .base import SettingsSection
from .locks import lock_notes

log = logging.getLogger(__name__)

KEYS = [QUIET_START.key, QUIET_END.key, SESSION_LIMIT_MIN.key, DAILY_LIMIT_MIN.key,
        DEFAULT_VOLUME.key, DEFAULT_TARGETS.key, TARGET_LUFS.key]


def _form(rows: list[tuple[QLabel, QWidget]]) -> QGridLayout:
    """Captions and short fields, the fields left-aligned beside their captions."""
    grid = field_grid([])
    for row, (caption, field) in enumerate(rows):
        caption.setBuddy(field)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
    return grid


class _RoomyField(QWidget):
    """A field that asks for `chars` characters of width, yet takes less in a narrow
    window (down to `least`) rather than pushing its section wider than the window."""

    def __init__(self, chars: int, least: int) -> None:
        super().__init__()
        self.chars, self.least = chars, least

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * self.chars),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * self.least),
                     hint.height())


def _time(text: str) -> QTime:
    hours, _, minutes = str(text).partition(":")
    try:
        return QTime(int(hours), int(minutes or 0))
    except ValueError:
        return QTime(5, 30)


class BroadcastSection(SettingsSection):
    key = "broadcast"
    help = "settings"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Broadcast rules")

    @property
    def editable(self) -> bool:
        return self.env.actor.can(Permission.EDIT_SETTINGS)

    def build(self) -> None:
        self.views: dict[str, SettingView] = {}
        # What the Department fixes is said first, above the fields it greys out.
        self.lock_label = text_label("notice")
        self.lock_label.hide()
        self.body.addWidget(self.lock_label)
        self.quiet_box = QGroupBox()
        self.quiet_start = QTimeEdit()
        self.quiet_end = QTimeEdit()
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        self.quiet_captions = [QLabel(), QLabel()]
        self.quiet_hint = text_label("muted")
        quiet = QVBoxLayout(self.quiet_box)
        quiet.addLayout(_form(list(zip(self.quiet_captions,
                                       (self.quiet_start, self.quiet_end), strict=True))))
        quiet.addWidget(self.quiet_hint)
        self.body.addWidget(self.quiet_box)

        self.length_box = QGroupBox()
        self.session_spin = QSpinBox()
        self.session_spin.setRange(1, 600)
        self.daily_spin = QSpinBox()
        self.daily_spin.setRange(0, 1440)
        self.length_captions = [QLabel(), QLabel()]
        length = QVBoxLayout(self.length_box)
        length.addLayout(_form(list(zip(self.length_captions,
                                        (self.session_spin, self.daily_spin), strict=True))))
        self.body.addWidget(self.length_box)

        self.defaults_box = QGroupBox()
        self.volume_spin = QSpinBox()
        self.volume_spin.setRange(0, 10)
        self.targets_combo = QComboBox()
        self.targets_combo.addItems(["", ""])
        self.targets_edit = QLineEdit()
        targets = _RoomyField(56, 30)
        targets_row = QHBoxLayout(targets)
        targets_row.setContentsMargins(0, 0, 0, 0)
        targets_row.addWidget(self.targets_combo)
        targets_row.addWidget(self.targets_edit, 1)
        self.lufs_spin = QDoubleSpinBox()
        self.lufs_spin.setRange(-30.0, -5.0)
        self.lufs_spin.setDecimals(1)
        self.lufs_spin.setSingleStep(0.5)
        self.defaults_captions = [QLabel(), QLabel(), QLabel()]
        self.defaults_hint = text_label("muted")
        defaults = QVBoxLayout(self.defaults_box)
        defaults.addLayout(_form(list(zip(
            self.defaults_captions, (self.volume_spin, targets, self.lufs_spin), strict=True))))
        defaults.addWidget(self.defaults_hint)
        self.body.addWidget(self.defaults_box)

        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setProperty("buttonRole", "primary")
        self.message_label = text_label()
        self.message_label.hide()
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)  # not stretched
        buttons.addWidget(self.message_label, 1)
        self.body.addLayout(buttons)
        self.body.addStretch(1)

        self.fields: dict[str, QWidget] = {
            QUIET_START.key: self.quiet_start, QUIET_END.key: self.quiet_end,
            SESSION_LIMIT_MIN.key: self.session_spin, DAILY_LIMIT_MIN.key: self.daily_spin,
            DEFAULT_VOLUME.key: self.volume_spin, DEFAULT_TARGETS.key: targets,
            TARGET_LUFS.key: self.lufs_spin}
        self.captions = {
            QUIET_START.key: self.quiet_captions[0], QUIET_END.key: self.quiet_captions[1],
            SESSION_LIMIT_MIN.key: self.length_captions[0],
            DAILY_LIMIT_MIN.key: self.length_captions[1],
            DEFAULT_VOLUME.key: self.defaults_captions[0],
            DEFAULT_TARGETS.key: self.defaults_captions[1],
            TARGET_LUFS.key: self.defaults_captions[2]}
        narrow = self.fontMetrics().averageCharWidth() * 16
        for field in (self.quiet_start, self.quiet_end, self.session_spin, self.daily_spin,
                      self.volume_spin, self.lufs_spin):
            field.setMaximumWidth(narrow)
        self.targets_combo.currentIndexChanged.connect(
            lambda index: self.targets_edit.setVisible(index == 1))
        self.targets_edit.hide()
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)

    def retranslate(self) -> None:
        super().retranslate()
        self.quiet_box.setTitle(self.tr("Quiet hours"))
        self.quiet_captions[0].setText(self.tr("&Earliest start:"))
        self.quiet_captions[1].setText(self.tr("&Latest end:"))
        self.quiet_hint.setText(self.tr(
            "Outside these hours only emergencies play, unless a leader overrides the quiet "
            "hours for a programme with a written reason."))
        self.length_box.setTitle(self.tr("How long"))
        self.length_captions[0].setText(self.tr("Longest &programme:"))
        self.length_captions[1].setText(self.tr("&Daily limit:"))
        for spin in (self.session_spin, self.daily_spin):
            spin.setSuffix(self.tr(" min"))
        self.daily_spin.setSpecialValueText(self.tr("no limit"))
        self.defaults_box.setTitle(self.tr("Defaults"))
        self.defaults_captions[0].setText(self.tr("Device &volume:"))
        self.defaults_captions[1].setText(self.tr("New programmes &go to:"))
        self.defaults_captions[2].setText(self.tr("&Loudness target:"))
        self.volume_spin.setSuffix(" / 10")
        self.lufs_spin.setSuffix(" LUFS")
        self.targets_combo.setItemText(0, self.tr("the whole commune"))
        self.targets_combo.setItemText(1, self.tr("these villages or devices:"))
        self.targets_edit.setPlaceholderText(self.tr("village:Thôn 1, cl-001"))
        self.defaults_hint.setText(self.tr(
            "The volume is offered first when setting a device's volume. The loudness target "
            "evens out the programmes (-16 LUFS suits loudspeakers)."))
        self.save_button.setText(self.tr("Save the rules"))
        self._mark_locks()

    def _mark_locks(self) -> None:
        """A padlock before the caption of each setting the Department fixes."""
        for key, caption in self.captions.items():
            view = self.views.get(key)
            plain = caption.text().removeprefix("🔒 ")
            caption.setText(f"🔒 {plain}" if view is not None and view.locked else plain)

    def activate(self) -> None:
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: read_settings(ctx, KEYS), on_done=self._loaded,
                              on_error=self._failed, context=self, name="read broadcast rules")

    def _loaded(self, views: list[SettingView]) -> None:
        self.views = {v.key: v for v in views}
        value = {key: view.value for key, view in self.views.items()}
        self.quiet_start.setTime(_time(value[QUIET_START.key]))
        self.quiet_end.setTime(_time(value[QUIET_END.key]))
        self.session_spin.setValue(int(value[SESSION_LIMIT_MIN.key]))
        self.daily_spin.setValue(int(value[DAILY_LIMIT_MIN.key]))
        self.volume_spin.setValue(int(value[DEFAULT_VOLUME.key]))
        targets = str(value[DEFAULT_TARGETS.key])
        self.targets_combo.setCurrentIndex(0 if targets == "all" else 1)
        self.targets_edit.setText("" if targets == "all" else targets)
        self.lufs_spin.setValue(float(value[TARGET_LUFS.key]))
        for key, field in self.fields.items():
            field.setEnabled(self.editable and not self.views[key].locked)
        self._mark_locks()
        notes = lock_notes(views)
        self.lock_label.setText(notes)
        self.lock_label.setVisible(bool(notes))

    def values(self) -> dict[str, Any]:
        targets = "all" if self.targets_combo.currentIndex() == 0 \
            else self.targets_edit.text().strip() or "all"
        values: dict[str, Any] = {
            QUIET_START.key: self.quiet_start.time().toString("HH:mm"),
            QUIET_END.key: self.quiet_end.time().toString("HH:mm"),
            SESSION_LIMIT_MIN.key: self.session_spin.value(),
            DAILY_LIMIT_MIN.key: self.daily_spin.value(),
            DEFAULT_VOLUME.key: self.volume_spin.value(),
            DEFAULT_TARGETS.key: targets,
            TARGET_LUFS.key: round(self.lufs_spin.value(), 1),
        }
        # Locked settings are not sent: they are the Department's, not this form's.
        return {k: v for k, v in values.items() if not self.views.get(k, None)
                or not self.views[k].locked}

    def save(self) -> None:
        ctx, actor, values = self.env.ctx, self.env.actor, self.values()
        self.save_button.setEnabled(False)

        def done(changed: list[str]) -> None:
            self.save_button.setEnabled(True)
            self._say(self.tr("Saved. The programme checks use the new rules from now on.")
                      if changed else self.tr("Nothing was changed."), error=False)
            self.activate()

        self.env.tasks.submit(lambda: change_settings(ctx, actor, values), on_done=done,
                              on_error=self._failed, context=self, name="save broadcast rules")

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        set_text_role(self.message_label, "error" if error else "")
        self.message_label.setText(text)
        self.message_label.show()
