"""Plain, translated words for the domain's codes (roles, link states, priorities)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..models.enums import Role
from ..services.programmes.airing_logs import SENT, AiringLog

Translate = Callable[[str, str], str]  # (context, English source) → text to show


def role_label(role: Role | str, translate: Translate = QCoreApplication.translate) -> str:
    value = Role(role)
    if value is Role.ADMIN:
        return translate("Labels", "Administrator")
    if value is Role.EDITOR:
        return translate("Labels", "Editor")
    if value is Role.APPROVER:
        return translate("Labels", "Approving leader")
    if value is Role.OPERATOR:
        return translate("Labels", "Operator")
    return translate("Labels", "Viewer")


def link_state_label(state: str) -> str:
    if state == "online":
        return QCoreApplication.translate("Labels", "Online")
    if state == "degraded":
        return QCoreApplication.translate("Labels", "Connection unstable")
    if state == "offline":
        return QCoreApplication.translate("Labels", "Offline")
    return QCoreApplication.translate("Labels", "Connection unknown")


def priority_label(priority: str) -> str:
    if priority == "emergency":
        return QCoreApplication.translate("Labels", "Emergency")
    if priority == "priority":
        return QCoreApplication.translate("Labels", "Priority")
    return QCoreApplication.translate("Labels", "Normal")


def programme_status_label(status: str) -> str:
    if status == "draft":
        return QCoreApplication.translate("Labels", "Draft")
    if status == "submitted":
        return QCoreApplication.translate("Labels", "Waiting for approval")
    if status == "approved":
        return QCoreApplication.translate("Labels", "Approved")
    if status == "rejected":
        return QCoreApplication.translate("Labels", "Sent back")
    if status == "scheduled":
        return QCoreApplication.translate("Labels", "Scheduled")
    return status


def airing_log_label(log: AiringLog, status: str) -> tuple[str, str | None]:
    """What the devices' play logs say of an airing whose time has come, in words, and the
    text role to show it in ("error" when a device could not play it); nothing for one still
    to come, nor for one never sent (a draft: its state says why)."""
    if not log.started:
        return "", None
    played, failed = log.played, log.failed
    if played and failed:
        return QCoreApplication.translate(
            "Labels", "played on {played} device(s), not on {failed}").format(
            played=played, failed=failed), "error"
    if played:
        return QCoreApplication.translate("Labels", "played on {played} device(s)").format(
            played=played), None
    if failed:
        return QCoreApplication.translate(
            "Labels", "could not be played on {failed} device(s)").format(failed=failed), "error"
    if status not in SENT:
        return "", None
    return QCoreApplication.translate("Labels", "no play log yet"), "muted"
