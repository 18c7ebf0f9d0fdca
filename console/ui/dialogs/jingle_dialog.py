"""Nhạc hiệu: the station jingle at the start, at the end and between items of a programme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..widgets import text_label


class JingleDialog(QDialog):
    def __init__(self, jingles: list[tuple[str, str]], default: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jingleDialog")
        self.jingle_combo = QComboBox()
        for item_id, title in jingles:
            self.jingle_combo.addItem(title, item_id)
        if default is not None and self.jingle_combo.findData(default) >= 0:
            self.jingle_combo.setCurrentIndex(self.jingle_combo.findData(default))
        self.intro_box, self.outro_box = QCheckBox(), QCheckBox()
        self.intro_box.setChecked(True)
        self.outro_box.setChecked(True)
        self.every_spin = QSpinBox()
        self.every_spin.setRange(0, 20)
        self.every_caption = QLabel()
        self.every_caption.setBuddy(self.every_spin)
        self.hint = text_label("muted")
        every_row = QHBoxLayout()
        every_row.addWidget(self.every_caption)
        every_row.addWidget(self.every_spin)
        every_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(jingles))
        layout = QVBoxLayout(self)
        for widget in (self.jingle_combo, self.intro_box, self.outro_box):
            layout.addWidget(widget)
        layout.addLayout(every_row)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.retranslate(bool(jingles))

    def retranslate(self, have: bool) -> None:
        self.setWindowTitle(self.tr("Station jingle"))
        self.intro_box.setText(self.tr("At the start"))
        self.outro_box.setText(self.tr("At the end"))
        self.every_caption.setText(self.tr("Between items: one after every"))
        self.every_spin.setSuffix(self.tr(" items"))
        self.every_spin.setSpecialValueText(self.tr("none"))
        self.hint.setText(self.tr("Jingles placed before are put back where they belong.")
                          if have else self.tr(
                              "No jingle in the library yet: import a sound file and tag it "
                              "\u201cnhạc hiệu\u201d."))

    def values(self) -> tuple[str, bool, bool, int]:
        """(item id, intro, outro, every N items)."""
        return (str(self.jingle_combo.currentData()), self.intro_box.isChecked(),
                self.outro_box.isChecked(), self.every_spin.value())
