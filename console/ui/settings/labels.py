"""Settings and audit actions in plain, translated words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def setting_label(key: str) -> str:
    labels = {
        "source.server_url": translate("SettingNames", "Address of the source system"),
        "source.username": translate("SettingNames", "Account at the source system"),
        "source.ca_bundle": translate("SettingNames", "CA certificates of the province"),
        "source.verify_tls": translate("SettingNames", "Certificate checks"),
        "station.code": translate("SettingNames", "Station code"),
        "sync.interval_min": translate("SettingNames", "Sync interval"),
        "broadcast.quiet_end_morning": translate("SettingNames", "Earliest broadcast"),
        "broadcast.quiet_start_evening": translate("SettingNames", "Latest broadcast"),
        "broadcast.session_limit_min": translate("SettingNames", "Longest programme"),
        "broadcast.daily_limit_min": translate("SettingNames", "Daily limit"),
        "broadcast.default_volume": translate("SettingNames", "Default volume"),
        "broadcast.default_targets": translate("SettingNames", "Default targets"),
        "broadcast.slot_templates": translate("SettingNames", "Programme slots"),
        "audio.target_lufs": translate("SettingNames", "Loudness target"),
        "audio.true_peak_dbtp": translate("SettingNames", "True-peak ceiling"),
        "session.idle_lock_min": translate("SettingNames", "Lock after idle time"),
        "ui.language": translate("SettingNames", "Interface language"),
    }
    return labels.get(key, key)


def setting_value(key: str, value: Any) -> str:
    """A value as a person reads it (minutes, LUFS, "all")."""
    if value is None or value == "":
        return translate("SettingNames", "(none)")
    if key.endswith("_min"):
        if key == "broadcast.daily_limit_min" and int(value) == 0:
            return translate("SettingNames", "no limit")
        if key == "session.idle_lock_min" and int(value) == 0:
            return translate("SettingNames", "never")
        return translate("SettingNames", "{count} min").format(count=value)
    if key == "audio.target_lufs":
        return f"{float(value):g} LUFS"
    if key == "broadcast.default_targets" and value == "all":
        return translate("SettingNames", "the whole commune")
    if key == "source.verify_tls":
        return translate("SettingNames", "on") if value else translate("SettingNames", "OFF")
    if key == "ui.language":
        return {"vi": "Tiếng Việt", "en": "English"}.get(str(value), str(value))
    return str(value)


def kind_label(kind: str) -> str:
    labels = {
        "user": translate("AuditNames", "Accounts and sign-in"),
        "settings": translate("AuditNames", "Settings"),
        "source": translate("AuditNames", "Source system"),
        "programme": translate("AuditNames", "Programmes"),
        "emergency": translate("AuditNames", "Emergencies"),
        "device": translate("AuditNames", "Device commands"),
        "devices": translate("AuditNames", "Device lists"),
        "library": translate("AuditNames", "Library"),
        "report": translate("AuditNames", "Reports"),
        "contribution": translate("AuditNames", "Items sent to the province"),
        "database": translate("AuditNames", "Database"),
    }
    return labels.get(kind, kind)


def action_label(action: str) -> str:
    labels = {
        "user.create": translate("AuditNames", "Account created"),
        "user.login": translate("AuditNames", "Signed in"),
        "user.login_failed": translate("AuditNames", "Wrong password"),
        "user.locked": translate("AuditNames", "Account locked after wrong passwords"),
        "user.password_change": translate("AuditNames", "Password changed"),
        "user.password_reset": translate("AuditNames", "Password reset (one-time password)"),
        "user.role": translate("AuditNames", "Role changed"),
        "user.disable": translate("AuditNames", "Account disabled"),
        "user.enable": translate("AuditNames", "Account enabled"),
        "settings.change": translate("AuditNames", "Setting changed"),
        "settings.verify_tls": translate("AuditNames", "Certificate checks switched"),
        "source.account": translate("AuditNames", "Source-system account set"),
        "source.moved": translate("AuditNames", "Source system moved to a new address"),
        "programme.create": translate("AuditNames", "Programme created"),
        "programme.submit": translate("AuditNames", "Programme sent for approval"),
        "programme.approve": translate("AuditNames", "Programme approved"),
        "programme.reject": translate("AuditNames", "Programme sent back"),
        "programme.schedule": translate("AuditNames", "Programme scheduled"),
        "programme.schedule_failed": translate("AuditNames", "Programme could not be scheduled"),
        "programme.push": translate("AuditNames", "Programme sent to the devices"),
        "programme.quiet_override": translate("AuditNames", "Quiet hours overridden"),
        "programme.returned_to_draft": translate("AuditNames", "Programme back to draft"),
        "emergency.start": translate("AuditNames", "Emergency broadcast started"),
        "emergency.stop": translate("AuditNames", "Emergency broadcast stopped"),
        "emergency.recording": translate("AuditNames", "Emergency recording made"),
        "device.set_volume": translate("AuditNames", "Device volume set"),
        "device.stop": translate("AuditNames", "Device stopped"),
        "device.play_now": translate("AuditNames", "Played now on devices"),
        "devices.import": translate("AuditNames", "Device list imported"),
        "library.import": translate("AuditNames", "Files added to the library"),
        "library.edit": translate("AuditNames", "Library item edited"),
        "library.save_filter": translate("AuditNames", "Library filter saved"),
        "library.delete_filter": translate("AuditNames", "Library filter deleted"),
        "report.build": translate("AuditNames", "Report made"),
        "report.edit": translate("AuditNames", "Report edited"),
        "report.refresh": translate("AuditNames", "Report figures refreshed"),
        "report.approve": translate("AuditNames", "Report approved"),
        "report.reopen": translate("AuditNames", "Report reopened"),
        "report.submit": translate("AuditNames", "Report sent to the province"),
        "contribution.send": translate("AuditNames", "Item sent to the province"),
        "database.restore": translate("AuditNames", "Database restored from a backup"),
    }
    return labels.get(action, action)


def detail_key(key: str) -> str:
    labels = {
        "before": translate("AuditNames", "before"),
        "after": translate("AuditNames", "after"),
        "role": translate("AuditNames", "role"),
        "attempt": translate("AuditNames", "attempt"),
        "attempts": translate("AuditNames", "wrong passwords"),
        "until": translate("AuditNames", "until"),
        "locked": translate("AuditNames", "while locked"),
        "unknown_user": translate("AuditNames", "no such account"),
        "first_admin": translate("AuditNames", "first administrator"),
        "one_time_password": translate("AuditNames", "one-time password"),
        "was_one_time": translate("AuditNames", "replaced a one-time password"),
        "reason": translate("AuditNames", "reason"),
        "version": translate("AuditNames", "version"),
        "targets": translate("AuditNames", "targets"),
        "jobs": translate("AuditNames", "messages queued"),
        "from_status": translate("AuditNames", "from"),
        "to_status": translate("AuditNames", "to"),
        "period": translate("AuditNames", "period"),
        "station": translate("AuditNames", "station"),
        "username": translate("AuditNames", "account"),
        "source": translate("AuditNames", "source"),
        "title": translate("AuditNames", "title"),
        "name": translate("AuditNames", "name"),
        "previous": translate("AuditNames", "previous address"),
        "file_links": translate("AuditNames", "file links moved"),
    }
    return labels.get(key, key)


def detail_value(value: Any) -> str:
    if value is True:
        return translate("AuditNames", "yes")
    if value is False:
        return translate("AuditNames", "no")
    return str(value)
