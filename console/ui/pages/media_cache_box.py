"""Bộ nhớ đệm trên máy này: the media cache's size against its limit, and pruning it now.

Shown on the Outbox & sync page. What programmes, templates, pinned items and fresh
emergencies need is never removed; the rest goes least recently used first.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...services.media_cache import (
    LARGEST_LIMIT_GB,
    SMALLEST_LIMIT_GB,
    CacheStatus,
    PruneResult,
    prune_cache,
    read_cache_status,
    set_cache_limit,
)
from ...services.permissions import Permission
from ..errors import error_text
from ..flow_layout import flow_row
from ..widgets import set_text_role, text_label
from .base import PageEnv

log = logging.getLogger(__name__)

GB = 2**30


def _size(value: int) -> str:
    """"850 MB", "12,5 GB": in the locale's own figures."""
    if value < GB:
        return f"{QLocale().toString(round(value / 2**20))} MB"
    return f"{QLocale().toString(value / GB, 'f', 1)} GB"


class MediaCacheBox(QGroupBox):
    def __init__(self, env: PageEnv) -> None:
        super().__init__()
        self.env = env
        self.status: CacheStatus | None = None
        self.read_error: BaseException | None = None  # why the last read failed
        self._busy = False
        layout = QVBoxLayout(self)
        self.usage_label = text_label()
        self.detail_label = text_label("muted")
        self.result_label = text_label("notice")
        self.result_label.hide()
        self.limit_caption = QLabel()
        self.limit_spin = QDoubleSpinBox()
        self.limit_spin.setRange(SMALLEST_LIMIT_GB, LARGEST_LIMIT_GB)
        self.limit_spin.setDecimals(0)
        self.limit_spin.setSingleStep(5)
        self.limit_caption.setBuddy(self.limit_spin)
        self.save_button = QPushButton()
        self.prune_button = QPushButton()
        layout.addWidget(self.usage_label)
        layout.addWidget(self.detail_label)
        # One line, or two in a narrow window (the page scrolled sideways at 900 px).
        layout.addWidget(flow_row(self.limit_caption, self.limit_spin, self.save_button,
                                  self.prune_button, None))
        layout.addWidget(self.result_label)
        can_configure = env.actor.can(Permission.EDIT_SETTINGS)
        self.limit_spin.setEnabled(can_configure)
        self.save_button.setEnabled(False)
        self.save_button.setVisible(can_configure)
        self.prune_button.setEnabled(env.actor.can(Permission.SYNC))
        self.limit_spin.valueChanged.connect(self._limit_edited)
        self.save_button.clicked.connect(self.save_limit)
        self.prune_button.clicked.connect(self.prune_now)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Media cache on this computer"))
        self.limit_caption.setText(self.tr("Limit:"))
        self.limit_spin.setSuffix(" GB")
        self.save_button.setText(self.tr("Save limit"))
        self.prune_button.setText(self.tr("Free space now"))
        self.prune_button.setToolTip(self.tr(
            "Removes the media used least recently until the cache is within its limit. "
            "Never what a programme, a template, a pinned item or an emergency needs; a "
            "removed file is downloaded again when it is needed."))
        self._render()

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: read_cache_status(ctx), on_done=self._loaded,
                              on_error=self._not_loaded, context=self,
                              name="read cache status")

    def _not_loaded(self, exc: BaseException) -> None:
        """Said, rather than "Reading…" for good; the next visit of the page reads again."""
        log.warning("cache status: %s", exc)
        self.status, self.read_error = None, exc
        self._render()

    def _loaded(self, status: CacheStatus) -> None:
        self.status, self.read_error = status, None
        if not self.save_button.isEnabled():  # not while the person is editing the limit
            self.limit_spin.blockSignals(True)
            self.limit_spin.setValue(status.limit_bytes / GB)
            self.limit_spin.blockSignals(False)
        self._render()

    def _render(self) -> None:
        status = self.status
        if status is None:  # not read yet, or it could not be (said until the next read)
            error = self.read_error
            self.usage_label.setText(self.tr("Reading…") if error is None else self.tr(
                "The media cache's state could not be read: {reason}").format(
                    reason=error_text(error)))
            set_text_role(self.usage_label, "" if error is None else "error")
            self.detail_label.clear()
            return
        set_text_role(self.usage_label, "")
        self.usage_label.setText(self.tr("{used} of {limit} used ({files} files).").format(
            used=_size(status.used_bytes), limit=_size(status.limit_bytes), files=status.files))
        parts = [self.tr("{needed} needed by programmes, templates, pinned items and "
                         "emergencies (never removed)").format(needed=_size(status.needed_bytes))]
        if status.needed_missing_files:
            parts.append(self.tr("{n} needed file(s) not on this computer yet").format(
                n=status.needed_missing_files))
        if status.evicted_files:
            parts.append(self.tr("{n} file(s) removed to save space, downloaded again when "
                                 "needed").format(n=status.evicted_files))
        if status.pinned_items:
            parts.append(self.tr("{n} item(s) kept on this computer").format(
                n=status.pinned_items))
        self.detail_label.setText("; ".join(parts) + ".")

    # -- changing -----------------------------------------------------------------------

    def _limit_edited(self, _value: float) -> None:
        self.save_button.setEnabled(self.env.actor.can(Permission.EDIT_SETTINGS))

    def save_limit(self) -> None:
        ctx, actor, gb = self.env.ctx, self.env.actor, self.limit_spin.value()
        self.save_button.setEnabled(False)
        self.env.tasks.submit(lambda: set_cache_limit(ctx, actor, gb),
                              on_done=lambda _none: self.load(), on_error=self._failed,
                              context=self, name="save cache limit")

    def prune_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.prune_button.setEnabled(False)
        ctx, actor = self.env.ctx, self.env.actor
        self.env.tasks.submit(lambda: prune_cache(ctx, actor), on_done=self._pruned,
                              on_error=self._failed, context=self, name="prune cache")

    def _pruned(self, result: PruneResult) -> None:
        self._busy = False
        self.prune_button.setEnabled(self.env.actor.can(Permission.SYNC))
        if result.still_over:
            note = self.tr("{files} file(s) removed ({freed}). The cache is still over its "
                           "limit: what is left is needed by programmes, templates or pinned "
                           "items.")
        else:
            note = self.tr("{files} file(s) removed ({freed}).")
        self.result_label.setText(note.format(files=result.files,
                                              freed=_size(result.freed_bytes)))
        self.result_label.show()
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.prune_button.setEnabled(self.env.actor.can(Permission.SYNC))
        QMessageBox.warning(self, self.tr("Media cache"), error_text(exc))
        self.load()
