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
        "broadcast.fm_relay_mhz": translate("SettingNames", "FM station for relays"),
        "broadcast.slot_templates": translate("SettingNames", "Programme slots"),
        "audio.target_lufs": translate("SettingNames", "Loudness target"),
        "audio.true_peak_dbtp": translate("SettingNames", "True-peak ceiling"),
        "session.idle_lock_min": translate("SettingNames", "Lock after idle time"),
        "ui.language": translate("SettingNames", "Interface language"),
    }
    return labels.get(key, key)


def subject_kind_label(kind: str) -> str:
    """The word before an audit subject's name: "Chương trình “…”"."""
    labels = {
        "programme": translate("AuditNames", "Programme"),
        "item": translate("AuditNames", "Item"),
        "theme": translate("AuditNames", "Plan theme"),
        "propagandist": translate("AuditNames", "Propagandist"),
        "training": translate("AuditNames", "Training"),
        "activity": translate("AuditNames", "Team activity"),
        "user": translate("AuditNames", "Account"),
        "device": translate("AuditNames", "Device"),
        "devices": translate("AuditNames", "Devices"),
        "report": translate("AuditNames", "Report"),
        "emergency": translate("AuditNames", "Emergency"),
        "emergencies": translate("AuditNames", "Emergencies"),
    }
    return labels.get(kind, kind)


def actor_label(username: str) -> str:
    """Who did it: a person's username, or the console's own background work ("system")."""
    if username == "system":  # services.permissions.SYSTEM
        return translate("AuditNames", "the console (automatic)")
    return username


def literal_subject(text: str) -> str:
    """Subjects some actions record as words ("live feed": the console's own sync)."""
    labels = {
        "live feed": translate("AuditNames", "live update feed"),
        "templates": translate("AuditNames", "programme templates"),
        "speech": translate("AuditNames", "speech voices"),
    }
    return labels.get(text, text)


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
        "backup": translate("AuditNames", "Backups"),
        "item": translate("AuditNames", "Items on the air"),
        "media": translate("AuditNames", "Files on this PC"),
        "plan": translate("AuditNames", "Annual plan"),
        "play_logs": translate("AuditNames", "Play logs of the devices"),
        "sync": translate("AuditNames", "Syncs"),
        "team": translate("AuditNames", "Propaganda team"),
        "zalo": translate("AuditNames", "Zalo OA"),
        "campaign": translate("AuditNames", "Anniversaries and themes"),
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
        "device.live_start": translate("AuditNames", "Live speaking started"),
        "device.live_stop": translate("AuditNames", "Live speaking ended"),
        "device.fm_relay": translate("AuditNames", "FM station relayed"),
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
        "backup.offsite_folder": translate("AuditNames", "Second backup place chosen"),
        "backup.write": translate("AuditNames", "Backup made"),
        "device.emergency_start": translate("AuditNames", "Emergency started on devices"),
        "device.quiet_override": translate("AuditNames", "Played on devices in quiet hours"),
        "device.unexpected_play": translate("AuditNames",
                                            "A device played something not sent from here"),
        "device.unexpected_play.acknowledged": translate(
            "AuditNames", "Unexpected playing acknowledged"),
        "item.approve": translate("AuditNames", "Commune item approved for the air"),
        "item.withdrawn_off_air": translate("AuditNames",
                                            "Withdrawn items taken out of programmes"),
        "media.pin": translate("AuditNames", "File kept on this PC"),
        "media.unpin": translate("AuditNames", "File no longer kept on this PC"),
        "media.prune": translate("AuditNames", "Old files removed from this PC"),
        "plan.import": translate("AuditNames", "Annual plan imported"),
        "plan.theme_save": translate("AuditNames", "Plan theme saved"),
        "plan.theme_delete": translate("AuditNames", "Plan theme deleted"),
        "play_logs.collect": translate("AuditNames", "Play logs collected from the devices"),
        "programme.approval_sign_in": translate("AuditNames",
                                                "Leader signed in here to approve"),
        "programme.delete": translate("AuditNames", "Programme deleted"),
        "programme.duplicate": translate("AuditNames", "Programme copied"),
        "programme.from_template": translate("AuditNames", "Programme made from a template"),
        "programme.save_template": translate("AuditNames", "Programme saved as a template"),
        "programme.templates_ready": translate("AuditNames",
                                               "Station jingle added to the templates"),
        "programme.withdraw": translate("AuditNames", "Programme taken off the air"),
        "settings.data_budget": translate("AuditNames", "Data budget changed"),
        "settings.default_targets": translate("AuditNames", "Default targets changed"),
        "settings.media_cache": translate("AuditNames", "Room for files on this PC changed"),
        "settings.speech": translate("AuditNames", "Reading voice changed"),
        "sync.run": translate("AuditNames", "Synced with the source system"),
        "team.activity": translate("AuditNames", "Team activity recorded"),
        "team.activity_change": translate("AuditNames", "Team activity corrected"),
        "team.activity_delete": translate("AuditNames", "Team activity deleted"),
        "team.import": translate("AuditNames", "Team list imported"),
        "team.save": translate("AuditNames", "Propagandist saved"),
        "team.training": translate("AuditNames", "Training recorded"),
        "team.training_change": translate("AuditNames", "Training corrected"),
        "team.training_delete": translate("AuditNames", "Training deleted"),
        "zalo.connect": translate("AuditNames", "Zalo OA connected"),
        "zalo.disconnect": translate("AuditNames", "Zalo OA disconnected"),
        "zalo.publish": translate("AuditNames", "Article published on Zalo OA"),
        "zalo.retry": translate("AuditNames", "Zalo OA article sent again"),
        "campaign.save": translate("AuditNames", "Anniversary or theme saved"),
        "campaign.delete": translate("AuditNames", "Anniversary or theme deleted"),
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
        "added": translate("AuditNames", "added"),
        "updated": translate("AuditNames", "updated"),
        "withdrawn": translate("AuditNames", "withdrawn"),
        "removed": translate("AuditNames", "removed"),
        "unchanged": translate("AuditNames", "unchanged"),
        "imported": translate("AuditNames", "imported"),
        "rejected": translate("AuditNames", "refused"),
        "files": translate("AuditNames", "files"),
        "outbox_sent": translate("AuditNames", "sent from the outbox"),
        "status": translate("AuditNames", "result"),
        "background": translate("AuditNames", "automatic"),
        "after_mb": translate("AuditNames", "after (MB)"),
        "before_mb": translate("AuditNames", "before (MB)"),
        "at": translate("AuditNames", "at"),
        "attendees": translate("AuditNames", "attendees"),
        "participants": translate("AuditNames", "who took part"),
        "people_reached": translate("AuditNames", "people reached"),
        "place": translate("AuditNames", "place"),
        "theme": translate("AuditNames", "theme of the plan"),
        "village": translate("AuditNames", "village"),
        "backup": translate("AuditNames", "backup"),
        "because": translate("AuditNames", "because"),
        "collected": translate("AuditNames", "collected"),
        "contribution": translate("AuditNames", "item sent"),
        "correction": translate("AuditNames", "correction"),
        "day": translate("AuditNames", "day"),
        "month": translate("AuditNames", "month"),
        "year": translate("AuditNames", "year"),
        "duration_s": translate("AuditNames", "length (s)"),
        "length_s": translate("AuditNames", "length (s)"),
        "seconds": translate("AuditNames", "on air (s)"),
        "frequency_mhz": translate("AuditNames", "frequency (MHz)"),
        "minutes": translate("AuditNames", "minutes"),
        "dropped_chunks": translate("AuditNames", "sound dropped (50 ms pieces)"),
        "failed": translate("AuditNames", "failed"),
        "fields": translate("AuditNames", "fields"),
        "file": translate("AuditNames", "file"),
        "folder": translate("AuditNames", "folder"),
        "freed_bytes": translate("AuditNames", "bytes freed"),
        "limit_bytes": translate("AuditNames", "limit (bytes)"),
        "size": translate("AuditNames", "size (bytes)"),
        "inferred": translate("AuditNames", "inferred"),
        "nothing_new": translate("AuditNames", "nothing new"),
        "queued": translate("AuditNames", "queued"),
        "item_id": translate("AuditNames", "item"),
        "items": translate("AuditNames", "items"),
        "titles": translate("AuditNames", "titles"),
        "entries": translate("AuditNames", "entries"),
        "back_to_approval": translate("AuditNames", "back to approval"),
        "devices": translate("AuditNames", "devices"),
        "jingle": translate("AuditNames", "jingle"),
        "kept": translate("AuditNames", "kept aside"),
        "kind": translate("AuditNames", "kind"),
        "lane": translate("AuditNames", "lane"),
        "new": translate("AuditNames", "new"),
        "new_jobs": translate("AuditNames", "new messages"),
        "oa": translate("AuditNames", "Zalo OA"),
        "people": translate("AuditNames", "people"),
        "playing": translate("AuditNames", "playing"),
        "quiet_override": translate("AuditNames", "quiet hours overridden"),
        "recorded_by": translate("AuditNames", "recorded by"),
        "requested_by": translate("AuditNames", "asked by"),
        "revision": translate("AuditNames", "revision"),
        "schema": translate("AuditNames", "database version"),
        "server": translate("AuditNames", "server"),
        "sha256": translate("AuditNames", "SHA-256"),
        "since": translate("AuditNames", "since"),
        "spec": translate("AuditNames", "filter"),
        "start_at": translate("AuditNames", "starts at"),
        "template": translate("AuditNames", "template"),
        "text": translate("AuditNames", "text"),
        "verified_against": translate("AuditNames", "checked against"),
        "comment": translate("AuditNames", "comment"),
        "local_content": translate("AuditNames", "made in the commune"),
        "volume": translate("AuditNames", "volume"),
        "tls_pin": translate("AuditNames", "pinned certificate"),
        "rehashed": translate("AuditNames", "password re-stored"),
    }
    return labels.get(key, setting_label(key) if "." in key else key)


def detail_value(value: Any) -> str:
    if value == "complete":  # a sync's result
        return translate("AuditNames", "complete")
    if value == "partial":
        return translate("AuditNames", "partial")
    if value is True:
        return translate("AuditNames", "yes")
    if value is False:
        return translate("AuditNames", "no")
    return str(value)
