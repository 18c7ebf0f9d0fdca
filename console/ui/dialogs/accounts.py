"""An administrator's account dialogs: a new account, another role."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import Role
from ..labels import role_label
from ..widgets import field_grid, text_label

# The roles in the order an administrator most often hands them out.
ROLE_ORDER = (Role.OPERATOR, Role.EDITOR, Role.APPROVER, Role.VIEWER, Role.ADMIN)


def role_combo(selected: Role = Role.OPERATOR) -> QComboBox:
    combo = QComboBox()
    for role in ROLE_ORDER:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(ROLE_ORDER.index(selected))
    return combo


def retranslate_roles(combo: QComboBox) -> None:
    for index, role in enumerate(ROLE_ORDER):
        combo.setItemText(index, role_label(role))


class AddUserDialog(QDialog):
    """Name, full name and role; the console makes a one-time password on saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.heading = text_label("subtitle")
        self.intro = text_label("muted")
        self.username_edit = QLineEdit()
        self.display_name_edit = QLineEdit()
        self.role_combo = role_combo()
        self.captions = [QLabel() for _ in range(3)]
        self.error_label = text_label("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(field_grid(list(zip(
            self.captions, (self.username_edit, self.display_name_edit, self.role_combo),
            strict=True))))
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.username_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        self.heading.setText(self.tr("Add a person who uses the console"))
        self.intro.setText(self.tr(
            "The console makes a one-time password for the new account and shows it once. "
            "The person chooses their own password at the first sign-in."))
        for caption, text in zip(self.captions, (self.tr("&User name:"),
                                                 self.tr("&Full name:"), self.tr("&Role:")),
                                 strict=True):
            caption.setText(text)
        retranslate_roles(self.role_combo)
        self.username_edit.setPlaceholderText(self.tr("for example: vanhanh1"))
        self.display_name_edit.setPlaceholderText(self.tr("for example: Nguyễn Văn An"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def username(self) -> str:
        return self.username_edit.text().strip()

    @property
    def display_name(self) -> str | None:
        return self.display_name_edit.text().strip() or None

    @property
    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _check(self) -> None:
        name = self.username
        if not name or len(name) > 100 or any(ch.isspace() for ch in name):
            self.show_error(self.tr("The user name must not be empty or contain spaces."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class RoleDialog(QDialog):
    def __init__(self, username: str, current: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.username = username
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.heading = text_label("subtitle")
        self.caption = QLabel()
        self.role_combo = role_combo(current)
        self.hint = text_label("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addLayout(field_grid([(self.caption, self.role_combo)]))
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change role"))
        self.heading.setText(self.tr("Role of {name}").format(name=self.username))
        self.caption.setText(self.tr("&Role:"))
        retranslate_roles(self.role_combo)
        self.hint.setText(self.tr(
            "Operators send and broadcast; editors build programmes; approving leaders "
            "approve them; viewers only look; administrators also manage accounts and "
            "settings."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def role(self) -> Role:
        return Role(self.role_combo.currentData())
