"""Dữ liệu di động: the daily data budget of a metered link, and what was used today.

A self-contained box (its own reading, saving and texts) so that it can sit on the Outbox &
sync page or in a section of Settings. Emergencies and the catalogue always come; the budget
decides the rest, and on a metered link large files wait to be asked for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...services.data_budget import (
    LARGEST_MB,
    PRESET_3G,
    PRESETS,
    SMALLEST_MB,
    BudgetSettings,
    BudgetStatus,
    read_budget,
    save_budget,
)
from ...services.permissions import Permission
from ..errors import error_text
from ..widgets import set_text_role, text_label
from .base import PageEnv

log = logging.getLogger(__name__)

MB = 2**20


def _mb(value: int) -> str:
    """"12,5 MB", "850 MB": in the locale's own figures."""
    if value < 100 * MB:
        return f"{QLocale().toString(value / MB, 'f', 1)} MB"
    return f"{QLocale().toString(round(value / MB))} MB"


NARROW_WIDTH = 300  # the box's least width: its choices one pair a line
SPARE = 24  # px beyond the widest line before the choices go two pairs a line


class DataBudgetBox(QGroupBox):
    def __init__(self, env: PageEnv) -> None:
        super().__init__()
        self.env = env
        self.status: BudgetStatus | None = None
        self.read_error: BaseException | None = None  # why the last read failed
        self._editing = False
        layout = QVBoxLayout(self)
        self.usage_label = text_label()
        self.detail_label = text_label("muted")
        self.on_check = QCheckBox()
        self.preset_caption = QLabel()
        self.preset_combo = QComboBox()
        self.mb_caption = QLabel()
        self.mb_spin = QSpinBox()
        self.mb_spin.setRange(SMALLEST_MB, LARGEST_MB)
        self.mb_spin.setSingleStep(10)
        self.metered_check = QCheckBox()
        self.large_caption = QLabel()
        self.large_spin = QSpinBox()
        self.large_spin.setRange(SMALLEST_MB, LARGEST_MB)
        self.large_spin.setSingleStep(10)
        self.preset_caption.setBuddy(self.preset_combo)
        self.mb_caption.setBuddy(self.mb_spin)
        self.large_caption.setBuddy(self.large_spin)
        self.save_button = QPushButton()
        self.result_label = text_label("notice")
        self.result_label.hide()
        self.grid = grid = QGridLayout()
        self.side_by_side: bool | None = None
        self._arrange(True)
        # As narrow as the narrow arrangement: the box's width, given by the page, then
        # decides the arrangement (resizeEvent) rather than the other way round.
        self.setMinimumWidth(NARROW_WIDTH)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.result_label, 1)
        layout.addWidget(self.usage_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        can_configure = env.actor.can(Permission.EDIT_SETTINGS)
        self._inputs_enabled(False)  # until the station's settings are read into them
        self.save_button.setVisible(can_configure)
        self.save_button.setEnabled(False)
        self.preset_combo.addItem("", PRESET_3G)
        self.preset_combo.addItem("", "")
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        for spin in (self.mb_spin, self.large_spin):
            spin.valueChanged.connect(self._figures_edited)
        for check in (self.on_check, self.metered_check):
            check.toggled.connect(self._edited)
        self.save_button.clicked.connect(self.save)


    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the wider of the lines side by side: a switch, a caption and its choice
        lines = ((self.on_check, self.preset_caption, self.preset_combo),
                 (self.metered_check, self.large_caption, self.large_spin))
        margins = self.contentsMargins()
        needed = (max(sum(w.sizeHint().width() for w in line) for line in lines)
                  + margins.left() + margins.right()
                  + 3 * max(6, self.grid.horizontalSpacing()) + SPARE)
        self._arrange(event.size().width() >= needed)

    def _arrange(self, side_by_side: bool) -> None:
        """The budget's choices two pairs a line, or one pair a line in a narrow window."""
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        grid = self.grid
        for widget in (self.on_check, self.preset_caption, self.preset_combo, self.mb_caption,
                       self.mb_spin, self.metered_check, self.large_caption, self.large_spin):
            grid.removeWidget(widget)
        if side_by_side:
            places = ((self.on_check, 0, 0, 1, 2), (self.preset_caption, 0, 2, 1, 1),
                      (self.preset_combo, 0, 3, 1, 1), (self.mb_caption, 1, 0, 1, 1),
                      (self.mb_spin, 1, 1, 1, 1), (self.metered_check, 2, 0, 1, 2),
                      (self.large_caption, 2, 2, 1, 1), (self.large_spin, 2, 3, 1, 1))
        else:
            places = ((self.on_check, 0, 0, 1, 3), (self.preset_caption, 1, 0, 1, 1),
                      (self.preset_combo, 1, 1, 1, 1), (self.mb_caption, 2, 0, 1, 1),
                      (self.mb_spin, 2, 1, 1, 1), (self.metered_check, 3, 0, 1, 3),
                      (self.large_caption, 4, 0, 1, 1), (self.large_spin, 4, 1, 1, 1))
        for widget, row, column, rows, columns in places:
            grid.addWidget(widget, row, column, rows, columns)
        for column in range(5):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(4 if side_by_side else 2, 1)
    def retranslate(self) -> None:
        self.setTitle(self.tr("Mobile data"))
        self.on_check.setText(self.tr("Daily data budget"))
        self.on_check.setToolTip(self.tr(
            "Emergencies and the catalogue always come. Then the media of priority items and "
            "of programmes of the next 48 hours, then the rest, newest first, until the day's "
            "budget is used."))
        self.preset_caption.setText(self.tr("Preset:"))
        self.preset_combo.setItemText(0, self.tr("3G ({mb} MB a day)").format(
            mb=PRESETS[PRESET_3G].mb_per_day))
        self.preset_combo.setItemText(1, self.tr("My own figures"))
        self.mb_caption.setText(self.tr("MB per day:"))
        self.mb_spin.setSuffix(" MB")
        self.metered_check.setText(self.tr("This link is metered"))
        self.metered_check.setToolTip(self.tr(
            "On a metered link, videos and large files are downloaded only when someone asks "
            "for them in the library, or when a programme of the next 48 hours needs them."))
        self.large_caption.setText(self.tr("Large files from:"))
        self.large_spin.setSuffix(" MB")
        self.save_button.setText(self.tr("Save data settings"))
        self._render()

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: read_budget(ctx), on_done=self._loaded,
                              on_error=self._not_loaded, context=self, name="read data budget")

    def _inputs_enabled(self, enabled: bool) -> None:
        enabled = enabled and self.env.actor.can(Permission.EDIT_SETTINGS)
        for widget in (self.on_check, self.preset_combo, self.mb_spin, self.metered_check,
                       self.large_spin):
            widget.setEnabled(enabled)

    def _loaded(self, status: BudgetStatus) -> None:
        self.status, self.read_error = status, None
        if not self._editing:
            self._show_settings(status.settings)
        self._inputs_enabled(True)
        self._render()

    def _not_loaded(self, exc: BaseException) -> None:
        """Said, rather than "Reading…" for good; the settings cannot be changed until they
        are read (saved, the figures shown unread would replace the station's). The next
        visit of the page reads again."""
        log.warning("data budget: %s", exc)
        self.status, self.read_error = None, exc
        if not self._editing:
            self._inputs_enabled(False)
            self.save_button.setEnabled(False)
        self._render()

    def _show_settings(self, settings: BudgetSettings) -> None:
        widgets = (self.on_check, self.preset_combo, self.mb_spin, self.metered_check,
                   self.large_spin)
        for widget in widgets:
            widget.blockSignals(True)
        self.on_check.setChecked(settings.on)
        self.preset_combo.setCurrentIndex(0 if settings.preset == PRESET_3G else 1)
        self.mb_spin.setValue(settings.mb_per_day)
        self.metered_check.setChecked(settings.metered)
        self.large_spin.setValue(settings.large_mb)
        for widget in widgets:
            widget.blockSignals(False)

    def _render(self) -> None:
        status = self.status
        if status is None:  # not read yet, or it could not be (said until the next read)
            error = self.read_error
            self.usage_label.setText(self.tr("Reading…") if error is None else self.tr(
                "The data budget could not be read: {reason}").format(reason=error_text(error)))
            set_text_role(self.usage_label, "" if error is None else "error")
            self.detail_label.clear()
            self.detail_label.setVisible(error is None)
            return
        set_text_role(self.usage_label, "")
        used = status.today.budgeted
        limit = status.limit_bytes
        if limit is None:
            self.usage_label.setText(self.tr("Used today: {used} (no daily budget).").format(
                used=_mb(status.today.total)))
        else:
            self.usage_label.setText(self.tr(
                "Used today: {used} of {limit} ({left} left).").format(
                    used=_mb(used), limit=_mb(limit), left=_mb(status.left_bytes or 0)))
        parts = []
        if status.today.emergency:
            parts.append(self.tr("{mb} for emergencies, outside the budget").format(
                mb=_mb(status.today.emergency)))
        if status.spent:
            parts.append(self.tr("today's budget is used: only emergencies and the catalogue "
                                 "come until tomorrow"))
        if status.settings.metered:
            parts.append(self.tr("videos and files over {mb} MB wait for someone to ask for "
                                 "them").format(
                mb=status.settings.large_mb))
        self.detail_label.setText("; ".join(parts) + ("." if parts else ""))
        self.detail_label.setVisible(bool(parts))

    # -- changing -----------------------------------------------------------------------

    def chosen(self) -> BudgetSettings:
        return BudgetSettings(self.on_check.isChecked(), self.mb_spin.value(),
                              str(self.preset_combo.currentData() or ""),
                              self.metered_check.isChecked(), self.large_spin.value())

    def _edited(self, *_args: object) -> None:
        self._editing = True
        self.save_button.setEnabled(self.env.actor.can(Permission.EDIT_SETTINGS))

    def _preset_chosen(self, _index: int) -> None:
        name = self.preset_combo.currentData()
        if name in PRESETS:  # the preset's figures go into the boxes, still to be saved
            self._show_settings(PRESETS[name])
        self._edited()

    def _figures_edited(self, _value: int) -> None:
        if self.preset_combo.currentData() in PRESETS:
            preset = PRESETS[self.preset_combo.currentData()]
            if (self.mb_spin.value(), self.large_spin.value()) != (preset.mb_per_day,
                                                                   preset.large_mb):
                self.preset_combo.blockSignals(True)  # own figures now
                self.preset_combo.setCurrentIndex(1)
                self.preset_combo.blockSignals(False)
        self._edited()

    def save(self) -> None:
        ctx, actor, chosen = self.env.ctx, self.env.actor, self.chosen()
        self.save_button.setEnabled(False)
        self.env.tasks.submit(lambda: save_budget(ctx, actor, chosen), on_done=self._saved,
                              on_error=self._failed, context=self, name="save data budget")

    def _saved(self, changed: bool) -> None:
        self._editing = False
        self.result_label.setText(self.tr("Saved.") if changed else self.tr("No change."))
        self.result_label.show()
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._editing = False
        QMessageBox.warning(self, self.tr("Mobile data"), error_text(exc))
        self.load()
