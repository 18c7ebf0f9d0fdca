"""Thiết bị › Tiếp sóng FM…: the chosen clusters play an FM station now, for a set time.

Asked in two steps, as play now is: the station and the minutes (FmRelayDialog), then the
confirmation that names the devices that will play it, those that cannot (no FM receiver
the console can tune) and, in quiet hours, asks a leader's written reason. Everything that
reads or writes runs in the task runner.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...services.deliveries import JobView
from ...services.errors import InvalidInput
from ...services.fm_relay import fm_relay_now, plan_fm_relay
from ...services.live_commands import LivePlan, leader_override
from ...services.permissions import Permission
from ...settings import FM_RELAY_MHZ
from ..dialogs.fm_dialog import FmRelayDialog
from ..dialogs.live_confirm import LiveConfirmDialog, ask_to_confirm
from ..errors import error_text
from .base import PageEnv
from .devices_link import deliver, settled


class CommandPage(Protocol):
    """What the flow uses of the Devices page."""

    env: PageEnv

    def selected_ids(self) -> list[str]: ...

    def show_message(self, text: str, *, error: bool = False) -> None: ...

    def command_done(self, label: str, views: list[JobView], note: str = "") -> None: ...


class FmRelayAsk(QObject):
    """The page's FM relay: `ask()` for the selected devices."""

    def __init__(self, page: CommandPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.parent_widget = parent  # the dialogs' parent
        self.dialog: FmRelayDialog | None = None          # step one, while open
        self.confirm_dialog: LiveConfirmDialog | None = None  # step two, while open

    def ask(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return
        settings = self.page.env.ctx.settings
        self.page.env.tasks.submit(lambda: float(settings.get(FM_RELAY_MHZ)),
                                   on_done=lambda mhz: self._choose(ids, mhz),
                                   on_error=lambda _exc: self._choose(
                                       ids, float(FM_RELAY_MHZ.default)),
                                   context=self, name="read FM station")

    def _choose(self, ids: list[str], mhz: float) -> None:
        dialog = FmRelayDialog(len(ids), mhz, self.parent_widget)
        self.dialog = dialog
        try:
            if dialog.exec() != FmRelayDialog.DialogCode.Accepted:
                return
            frequency, minutes = dialog.frequency(), dialog.minutes()
        finally:
            self.dialog = None
            dialog.deleteLater()
        env = self.page.env
        self.page.env.tasks.submit(
            lambda: plan_fm_relay(env.ctx, env.actor, ids, frequency, minutes),
            on_done=lambda plan: self._confirm(plan, ids, minutes),
            on_error=lambda exc: self.page.show_message(error_text(exc), error=True),
            context=self, name="plan FM relay")

    def _confirm(self, plan: LivePlan, ids: list[str], minutes: int) -> None:
        page, env = self.page, self.page.env
        if plan.refusal:
            page.show_message(error_text(InvalidInput(plan.refusal, **plan.refusal_params)),
                              error=True)
            return
        answer = ask_to_confirm(plan, self.parent_widget, can_override=env.actor.can(
            Permission.OVERRIDE_QUIET_HOURS), holder=self)
        if answer is None:
            return
        reason, leader = answer
        ctx, actor, link = env.ctx, env.actor, env.delivery
        frequency = float(plan.frequency_mhz or 0.0)

        def run() -> list[JobView]:
            override = (leader_override(ctx, actor, reason, *(leader or ("", "")))
                        if plan.quiet else None)
            jobs = fm_relay_now(ctx, actor, ids, frequency, minutes, override=override)
            ctx.settings.set(FM_RELAY_MHZ, frequency)  # offered first next time
            deliver(ctx, link, jobs)
            return settled(ctx, jobs)

        label = self.tr("FM relay {frequency} MHz").format(frequency=f"{frequency:.1f}")
        note = self.tr("Not relayed (no FM receiver the console can tune): {names}").format(
            names=", ".join(name for _id, name in plan.left_out)) if plan.left_out else ""
        env.tasks.submit(run, on_done=lambda views: page.command_done(label, views, note),
                         on_error=lambda exc: page.show_message(error_text(exc), error=True),
                         context=self, name="FM relay")
