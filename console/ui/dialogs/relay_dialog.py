"""Tiếp sóng: a relay of a radio stream (the national or provincial station) for a set time.

The loudspeakers play the stream themselves at the programme's time, so the dialog asks for
what they need: the stream's address, how long to relay it, and a name for the reports.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.programmes.editing import RELAY_SCHEMES
from ..widgets import text_label

DEFAULT_MINUTES = 30


def stream_address_ok(text: str) -> bool:
    """An http(s) or rtsp address with a host."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in RELAY_SCHEMES and bool(parts.hostname)


class RelayDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relayDialog")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("http://…")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 240)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.title_edit = QLineEdit()
        self.hint = text_label("muted")
        self.problem = text_label("error")
        self.problem.hide()
        self.url_edit.textEdited.connect(self.problem.hide)  # said until the address changes
        self.captions = (QLabel(), QLabel(), QLabel())
        self.form = QFormLayout()
        for caption, field in zip(self.captions, (self.url_edit, self.minutes_spin,
                                                  self.title_edit), strict=True):
            caption.setBuddy(field)  # Alt+letter of its caption reaches the field
            self.form.addRow(caption, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # a stream address is long
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Relay a stream"))
        for caption, text in zip(self.captions, (self.tr("Stream &address"),
                                                 self.tr("&Relay for"), self.tr("&Name")),
                                 strict=True):
            caption.setText(text)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.title_edit.setPlaceholderText(self.tr("e.g. News from the national radio"))
        self.hint.setText(self.tr(
            "The loudspeakers play the stream themselves at the programme's time: make the "
            "relay a programme of its own. Clusters behind a vendor gateway and this "
            "computer's speakers can relay at a set time; the check names any that cannot."))

    def _accept_if_valid(self) -> None:
        if not stream_address_ok(self.url_edit.text()):
            self.problem.setText(self.tr("Type the stream's address, beginning with http://, "
                                         "https:// or rtsp://."))
            self.problem.show()
            self.url_edit.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, float, str]:
        """(stream address, seconds, name; the address when no name was typed)."""
        url = self.url_edit.text().strip()
        return url, self.minutes_spin.value() * 60.0, self.title_edit.text().strip() or url
