"""Commune-made content: what an import did, and the editor of an item's details.

Dialogs only: the page runs the imports and saves through the task runner.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.library_query import CategoryNode
from ...services.local_content import (
    ImportReport,
    LocalItemChanges,
    Refusal,
    RefusalReason,
)
from ...timezone import STATION_TZ
from ..labels import priority_label
from ..widgets import field_grid, text_label
from .labels import kind_label, language_label

NO_TIME = QDateTime(2000, 1, 1, 0, 0, 0)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def refusal_text(refusal: Refusal) -> str:
    """Why a file was not imported, in plain words."""
    reason = {
        RefusalReason.NOT_A_FILE: translate("Import", "it is not a file"),
        RefusalReason.UNSUPPORTED: translate(
            "Import",
            "this type of file cannot be imported (only mp3, wav, m4a, ogg, jpg, png and mp4)",
        ),
        RefusalReason.EMPTY: translate("Import", "the file is empty"),
        RefusalReason.TOO_LARGE: translate("Import", "the file is too large"),
        RefusalReason.UNREADABLE: translate("Import", "the file cannot be read"),
        RefusalReason.NOT_MEDIA: {
            "sound": translate("Import", "it is not a sound file that can be played"),
            "picture": translate("Import", "it is not a picture that can be shown"),
            "video": translate("Import", "it is not a video that can be played"),
        }.get(refusal.detail, translate("Import", "its content cannot be read")),
        RefusalReason.DUPLICATE: translate(
            "Import", "this file is already in the library as “{title}”"
        ),
        RefusalReason.NO_SPACE: translate("Import", "there is not enough free disk space"),
        RefusalReason.CHANGED: translate(
            "Import", "the file changed while it was being copied; try again"
        ),
    }[refusal.reason]
    if refusal.reason == RefusalReason.DUPLICATE:
        reason = reason.format(title=refusal.detail)
    return f"{refusal.path.name}: {reason}"


class ImportReportDialog(QDialog):
    """How many files were imported, and why the others were refused."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Import", "Files added to the library"))
        self.setMinimumWidth(520)
        self.wants_edit = False
        layout = QVBoxLayout(self)
        n, m = len(report.imported), len(report.refused)
        summary = text_label("subtitle")
        summary.setText(
            translate("Import", "{n} file(s) added as items made in the commune.").format(n=n)
            if n
            else translate("Import", "No file was added.")
        )
        layout.addWidget(summary)
        if n:
            note = text_label("muted")
            note.setText(
                translate(
                    "Import",
                    "They need the leader's approval before they go on air. Give "
                    "each a clear title and, if needed, a text, a category and a "
                    "validity.",
                )
            )
            layout.addWidget(note)
            added = QListWidget()
            added.setObjectName("importedList")
            for item in report.imported:
                added.addItem(f"{item.title} ({kind_label(item.kind)})")
            added.setMaximumHeight(140)
            layout.addWidget(added)
        if m:
            refused_label = text_label("error")
            refused_label.setText(translate("Import", "{m} file(s) refused:").format(m=m))
            layout.addWidget(refused_label)
            refused = QListWidget()
            refused.setObjectName("refusedList")
            for refusal in report.refused:
                refused.addItem(refusal_text(refusal))
            refused.setMaximumHeight(160)
            layout.addWidget(refused)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if n:
            edit = buttons.addButton(
                translate("Import", "Edit the details…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            edit.setDefault(True)
            edit.clicked.connect(self._edit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _edit(self) -> None:
        self.wants_edit = True
        self.accept()


class EditItemDialog(QDialog):
    """The details of a commune-made item. `save_requested(LocalItemChanges)`; the page saves
    in the background and calls `saved()` or `failed(reason)`."""

    save_requested = Signal(object)

    def __init__(
        self,
        changes: LocalItemChanges,
        categories: list[CategoryNode],
        languages: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Import", "Details of an item made in the commune"))
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(changes.title)
        self.title_edit.setMaxLength(500)
        self.summary_edit = QPlainTextEdit(changes.summary or "")
        self.summary_edit.setFixedHeight(64)
        self.body_edit = QPlainTextEdit(changes.body or "")
        self.body_edit.setMinimumHeight(120)
        self.category_box = QComboBox()
        self.category_box.addItem("—", None)
        for c in sorted(categories, key=lambda c: c.name):
            self.category_box.addItem(c.name, c.code)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(changes.category_code)))
        self.language_box = QComboBox()
        for code in sorted(set(languages) | {"vi", changes.language}, key=lambda c: (c != "vi", c)):
            self.language_box.addItem(language_label(code), code)
        self.language_box.setCurrentIndex(self.language_box.findData(changes.language))
        self.priority_box = QComboBox()
        for value in ("normal", "priority", "emergency"):
            self.priority_box.addItem(priority_label(value), value)
        self.priority_box.setCurrentIndex(self.priority_box.findData(changes.priority))
        self.tags_edit = QLineEdit(", ".join(changes.tags))
        self.issuer_edit = QLineEdit(changes.issuer or "")
        self.from_edit = self._moment_edit(changes.valid_from)
        self.to_edit = self._moment_edit(changes.valid_until)
        self.error_label = text_label("error")
        self.error_label.hide()

        rows: list[tuple[QLabel, QWidget]] = []
        for text, widget in (
            (translate("Import", "Title"), self.title_edit),
            (translate("Import", "Summary"), self.summary_edit),
            (translate("Import", "Text"), self.body_edit),
            (translate("Import", "Category"), self.category_box),
            (translate("Import", "Language"), self.language_box),
            (translate("Import", "Priority"), self.priority_box),
            (translate("Import", "Tags (separated by commas)"), self.tags_edit),
            (translate("Import", "Issued by"), self.issuer_edit),
            (translate("Import", "Valid from"), self.from_edit),
            (translate("Import", "Valid until"), self.to_edit),
        ):
            label = QLabel(text)
            rows.append((label, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(field_grid(rows))
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _moment_edit(self, moment: dt.datetime | None) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        edit.setMinimumDateTime(NO_TIME)
        edit.setSpecialValueText("—")
        if moment is None:
            edit.setDateTime(NO_TIME)
        else:
            local = moment.astimezone(STATION_TZ)
            edit.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
        return edit

    @staticmethod
    def _moment(edit: QDateTimeEdit) -> dt.datetime | None:
        value = edit.dateTime()
        if value <= NO_TIME:
            return None
        d, t = value.date(), value.time() if value.time().isValid() else QTime(0, 0)
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=STATION_TZ)

    def changes(self) -> LocalItemChanges:
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        return LocalItemChanges(
            title=self.title_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip() or None,
            body=self.body_edit.toPlainText().strip() or None,
            category_code=self.category_box.currentData(),
            language=self.language_box.currentData() or "vi",
            priority=self.priority_box.currentData() or "normal",
            tags=tags,
            issuer=self.issuer_edit.text().strip() or None,
            valid_from=self._moment(self.from_edit),
            valid_until=self._moment(self.to_edit),
        )

    def _save(self) -> None:
        if not self.title_edit.text().strip():
            self.failed(translate("Import", "Please give the item a title."))
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.buttons.setEnabled(False)
        self.error_label.hide()
        self.save_requested.emit(self.changes())

    def saved(self) -> None:
        self.accept()

    def failed(self, reason: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(translate("Import", "Not saved: {reason}").format(reason=reason))
        self.error_label.show()
