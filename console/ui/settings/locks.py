"""How a setting the Department presets or locks is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.station_settings import SettingView

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def lock_note(view: SettingView) -> str:
    """For a locked setting: who fixes it ("" when it is not locked)."""
    if not view.locked:
        return ""
    return translate("Settings", "🔒 Set by {department} for every station of the province; "
                     "it cannot be changed here.").format(department=view.department)


def lock_notes(views: list[SettingView]) -> str:
    """One line per locked setting among `views`."""
    from .labels import setting_label

    lines = [translate("Settings", "🔒 {setting}: set by {department}; it cannot be changed "
                       "here.").format(setting=setting_label(v.key), department=v.department)
             for v in views if v.locked]
    return "\n".join(lines)
