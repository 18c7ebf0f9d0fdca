"""Before anything goes on air now (play now, emergency): a dialog that names the devices,
the item, its length and the hour; in quiet hours it asks for a leader's written reason
(the leader signs in here when the person at the PC is not one)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.live_commands import LivePlan
from ..widgets import field_grid, grow_to_fit, text_label

SHOWN_TARGETS = 8  # more are counted, not listed


def ask_to_confirm(plan: LivePlan, parent: QWidget, *, can_override: bool,
                   holder: object) -> tuple[str, tuple[str, str] | None] | None:
    """The confirmation, shown until answered: (the quiet-hours reason, a leader signing in
    here) when accepted, None when cancelled. While open it is `holder.confirm_dialog`."""
    dialog = LiveConfirmDialog(plan, parent, can_override=can_override)
    holder.confirm_dialog = dialog  # type: ignore[attr-defined]
    try:
        if dialog.exec() != LiveConfirmDialog.DialogCode.Accepted:
            return None
        return dialog.reason(), dialog.leader()
    finally:
        holder.confirm_dialog = None  # type: ignore[attr-defined]
        dialog.deleteLater()


def length_text(seconds: float | None) -> str:
    if not seconds:
        return "–"
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


class LiveConfirmDialog(QDialog):
    """Yes/Cancel with the facts of the command; `override_fields` when in quiet hours."""

    def __init__(self, plan: LivePlan, parent: QWidget | None = None, *,
                 can_override: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("liveConfirmDialog")
        self.setMinimumWidth(480)
        self.plan = plan
        self.can_override = can_override
        self.facts = text_label()
        self.facts.setObjectName("liveFacts")
        self.quiet_note = text_label("error")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("quietReason")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("leaderUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("leaderPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_caption, self.user_caption, self.password_caption = (QLabel(), QLabel(),
                                                                         QLabel())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not put anything on air by mistake
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        rows: list[tuple[QLabel, QWidget]] = []
        if plan.quiet:
            layout.addWidget(self.quiet_note)
            rows.append((self.reason_caption, self.reason_edit))
            if not can_override:
                rows += [(self.user_caption, self.user_edit),
                         (self.password_caption, self.password_edit)]
            layout.addLayout(field_grid(rows))
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        plan = self.plan
        what = {"play_now": self.tr("Play now"), "emergency_start": self.tr("Emergency"),
                "fm_relay": self.tr("FM relay")}
        self.setWindowTitle(what.get(plan.kind, self.tr("Confirm")))
        names = [name for _id, name in plan.targets[:SHOWN_TARGETS]]
        where = ", ".join(names)
        if len(plan.targets) > SHOWN_TARGETS:
            where += self.tr(" and {count} more").format(
                count=len(plan.targets) - SHOWN_TARGETS)
        if plan.left_out:  # chosen, but the command cannot reach them
            where += "\n" + self.tr("Left out (they cannot do this): {names}").format(
                names=", ".join(name for _id, name in plan.left_out))
        self.facts.setText(self.tr(
            "Devices ({count}): {where}\nItem: \u201c{title}\u201d\nLength: {length}\n"
            "At: {hour} on {day}\n\nIt goes on air at once. Continue?").format(
            count=len(plan.targets), where=where, title=plan.title or "",
            length=(self.tr("until it is stopped, 4 hours at most (relay)")
                    if plan.relay and not plan.length_s
                    else length_text(plan.length_s)), hour=f"{plan.at:%H:%M}",
            day=f"{plan.at:%d/%m/%Y}"))
        first, last = plan.window
        self.quiet_note.setText(self.tr(
            "It is quiet hours: sound is allowed from {first} to {last}. A leader must allow "
            "this with a written reason.").format(first=f"{first:%H:%M}",
                                                 last=f"{last:%H:%M}"))
        self.reason_caption.setText(self.tr("&Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why it must play in quiet hours"))
        self.user_caption.setText(self.tr("Leader's &user name"))
        self.password_caption.setText(self.tr("&Password"))
        self.ok_button.setText(self.tr("Broadcast now"))
        self.cancel_button.setText(self.tr("Cancel"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # many devices' names wrap onto more lines

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def leader(self) -> tuple[str, str] | None:
        """The leader's user name and password when one signs in here."""
        if not self.plan.quiet or self.can_override:
            return None
        return self.user_edit.text().strip(), self.password_edit.text()
