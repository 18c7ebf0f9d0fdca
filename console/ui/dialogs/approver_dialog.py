"""Duyệt: a leader approves at the operator's PC by signing in for this one approval; the
operator stays signed in, and the audit log names both."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..widgets import field_grid, text_label


class ApproverDialog(QDialog):
    def __init__(self, programme_name: str, parent: QWidget | None = None, *,
                 quiet_hours: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("approverDialog")
        self.setMinimumWidth(440)
        self.explain = text_label()
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("approverUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("approverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("quietReason")
        self.user_caption, self.password_caption, self.reason_caption = (QLabel(), QLabel(),
                                                                         QLabel())
        self.error = text_label("error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        rows = [(self.user_caption, self.user_edit), (self.password_caption, self.password_edit)]
        if quiet_hours:  # the leader allows it in quiet hours, with a written reason
            rows.append((self.reason_caption, self.reason_edit))
        else:
            self.reason_edit.hide()
            self.reason_caption.hide()
        layout.addLayout(field_grid(rows))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._name = programme_name
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approval by a leader"))
        self.explain.setText(self.tr(
            "Only a leader (approver) may approve \u201c{name}\u201d. The leader signs in here "
            "for this approval only; you stay signed in.").format(name=self._name))
        self.user_caption.setText(self.tr("Leader's &user name"))
        self.password_caption.setText(self.tr("&Password"))
        self.reason_caption.setText(self.tr("&Reason for quiet hours"))
        self.reason_edit.setPlaceholderText(self.tr("Why it must play in quiet hours"))
        self.ok_button.setText(self.tr("Approve"))

    def credentials(self) -> tuple[str, str]:
        return self.user_edit.text().strip(), self.password_edit.text()

    def quiet_reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_edit.isVisibleTo(self) else ""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
