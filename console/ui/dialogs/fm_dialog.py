"""Tiếp sóng FM: which station (its frequency) and for how long.

The clusters play the station from their own FM receiver; the console sends them back to
their schedule when the time is up, so the dialog says so and asks for both.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.fm_relay import FM_BAND_MHZ, FM_DEFAULT_MINUTES, FM_MAX_MINUTES
from ..widgets import field_grid, text_label


class FmRelayDialog(QDialog):
    def __init__(self, count: int, mhz: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fmRelayDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._count = count
        self.explain = text_label()
        self.frequency_spin = QDoubleSpinBox()
        self.frequency_spin.setObjectName("fmFrequency")
        self.frequency_spin.setRange(*FM_BAND_MHZ)
        self.frequency_spin.setDecimals(1)
        self.frequency_spin.setSingleStep(0.1)
        self.frequency_spin.setValue(min(max(mhz, FM_BAND_MHZ[0]), FM_BAND_MHZ[1]))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("fmMinutes")
        self.minutes_spin.setRange(1, FM_MAX_MINUTES)
        self.minutes_spin.setValue(FM_DEFAULT_MINUTES)
        self.frequency_caption, self.minutes_caption = QLabel(), QLabel()
        self.frequency_caption.setBuddy(self.frequency_spin)
        self.minutes_caption.setBuddy(self.minutes_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(field_grid([(self.frequency_caption, self.frequency_spin),
                                     (self.minutes_caption, self.minutes_spin)]))
        layout.addWidget(self.buttons)
        self.retranslate()
        self.frequency_spin.setFocus()
        self.frequency_spin.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FM relay"))
        self.explain.setText(self.tr(
            "The {count} chosen device(s) play the FM station from their own receiver. When "
            "the time is up the console sends them back to their schedule: keep it "
            "running until then.").format(count=self._count))
        self.frequency_caption.setText(self.tr("&Frequency"))
        self.frequency_spin.setSuffix(" MHz")
        self.minutes_caption.setText(self.tr("For &how long"))
        self.minutes_spin.setSuffix(self.tr(" minutes"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def frequency(self) -> float:
        return round(self.frequency_spin.value(), 1)

    def minutes(self) -> int:
        return self.minutes_spin.value()
