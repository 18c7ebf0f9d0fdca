"""The station's settings as a person changes them: checked, audited, Department locks kept.

`EDITABLE` lists the settings the window's Settings page and `commune-console settings`
offer, each with the kind of value it takes. Changing one needs the EDIT_SETTINGS
permission; a setting the Department locks (department.json, "locked") is refused with
the reason. Switching certificate checks off has its own path (`set_verify_tls`), loud
on purpose.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..settings import (
    DAILY_LIMIT_MIN,
    DEFAULT_TARGETS,
    DEFAULT_VOLUME,
    IDLE_LOCK_MIN,
    QUIET_END,
    QUIET_START,
    SESSION_LIMIT_MIN,
    SOURCE_URL,
    SOURCE_USER,
    SOURCE_VERIFY_TLS,
    SYNC_INTERVAL_MIN,
    TARGET_LUFS,
    UI_LANGUAGE,
    Option,
    Settings,
)
from . import audit
from .errors import InvalidInput, SettingLocked
from .permissions import SYSTEM, Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..station import StationContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Editable:
    option: Option
    kind: str                       # "time", "int", "float", "text", "url", "choice"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()


EDITABLE: dict[str, Editable] = {e.option.key: e for e in (
    Editable(SOURCE_URL, "url"),
    Editable(SOURCE_USER, "text"),
    Editable(SYNC_INTERVAL_MIN, "int", 1, 1440),
    Editable(QUIET_START, "time"),
    Editable(QUIET_END, "time"),
    Editable(SESSION_LIMIT_MIN, "int", 1, 600),
    Editable(DAILY_LIMIT_MIN, "int", 0, 1440),
    Editable(DEFAULT_VOLUME, "int", 0, 10),
    Editable(DEFAULT_TARGETS, "text"),
    Editable(TARGET_LUFS, "float", -30, -5),
    Editable(IDLE_LOCK_MIN, "int", 0, 480),
    Editable(UI_LANGUAGE, "choice", choices=("vi", "en")),
)}


@dataclass(frozen=True)
class SettingView:
    """One setting as the window shows it."""

    key: str
    value: Any
    default: Any
    preset: Any = None              # the Department's value, if it presets one
    locked: bool = False            # the Department fixes it
    department: str = ""            # who presets / locks it


def read_settings(ctx: StationContext, keys: list[str] | None = None) -> list[SettingView]:
    presets = ctx.settings.presets
    views = []
    for key in keys or list(EDITABLE):
        option = _editable(key).option
        views.append(SettingView(key, ctx.settings.get(option), option.default,
                                 presets.values.get(key), key in presets.locked,
                                 presets.department if key in presets.values else ""))
    return views


def _editable(key: str) -> Editable:
    try:
        return EDITABLE[key]
    except KeyError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "there is no setting {key}; the settings are: {keys}"),
            key=key, keys=", ".join(EDITABLE)) from None


_TIME = re.compile(r"^([01]?\d|2[0-3])[:.hH]([0-5]\d)$")
_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def parse_value(key: str, value: Any) -> Any:
    """The value in the setting's own type, or InvalidInput saying what is expected."""
    spec = _editable(key)
    text = str(value).strip() if value is not None else ""
    if spec.kind == "time":
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        match = _TIME.match(text)
        if not match:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{key} takes a time like 05:30, not {value}"),
                key=key, value=text)
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    if spec.kind in ("int", "float"):
        if not isinstance(value, int | float) and not _NUMBER.match(text):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{key} takes a number, not {value}"),
                               key=key, value=text)
        number = float(value) if isinstance(value, int | float) else float(
            text.replace(",", "."))
        if spec.kind == "int" and number != int(number):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{key} takes a whole number, not {value}"),
                key=key, value=text)
        if (spec.minimum is not None and number < spec.minimum) or \
                (spec.maximum is not None and number > spec.maximum):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{key} must be between {minimum} and {maximum}"),
                key=key, minimum=_plain(spec.minimum), maximum=_plain(spec.maximum))
        return int(number) if spec.kind == "int" else number
    if spec.kind == "choice":
        if text not in spec.choices:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{key} takes one of {choices}, not {value}"),
                key=key, choices=", ".join(spec.choices), value=text)
        return text
    if spec.kind == "url":
        if text and not re.match(r"^https?://[^\s/]+", text):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{key} takes an address starting with https://, not "
                                            "{value}"),
                key=key, value=text)
        return text
    if key == DEFAULT_TARGETS.key:
        return _targets(text)
    return text


def _targets(text: str) -> str:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or parts == ["all"]:
        return "all"
    if "all" in parts:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the default targets are either all, or a list of "
                                        "villages (village:NAME) and devices"))
    return ",".join(parts)


def _plain(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if number == int(number) else str(number)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def change_settings(ctx: StationContext, actor: Actor, changes: dict[str, Any]) -> list[str]:
    """Check and store `changes` ({key: value}) together; each change is audited.

    Returns the keys whose value really changed. Nothing is stored when one is refused.
    """
    actor.require(Permission.EDIT_SETTINGS)
    settings = ctx.settings
    presets = settings.presets
    parsed: dict[str, Any] = {}
    for key, value in changes.items():
        new = parse_value(key, value)
        if key in presets.locked and new != settings.get(EDITABLE[key].option):
            raise SettingLocked(
                QT_TRANSLATE_NOOP("Errors", "{department} fixes {key} for every station of the "
                                            "province (department.json); ask the Department to "
                                            "change it"),
                department=presets.department, key=key)
        parsed[key] = new
    start = parsed.get(QUIET_START.key, settings.get(QUIET_START))
    end = parsed.get(QUIET_END.key, settings.get(QUIET_END))
    if _minutes(str(start)) >= _minutes(str(end)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the broadcast day must start before it ends ({start} is "
                                        "not before {end})"),
            start=start, end=end)
    before = {key: settings.get(EDITABLE[key].option) for key in parsed}
    changed = {key: value for key, value in parsed.items() if value != before[key]}
    # A value chosen equal to the default is still the station's choice (the Department's
    # suggestions no longer replace it; the command line follows a chosen language).
    chosen = {key: value for key, value in parsed.items()
              if key in changed or not settings.is_set(EDITABLE[key].option)}
    if chosen:
        settings.set_many({EDITABLE[key].option: value for key, value in chosen.items()})
    if not changed:
        return []
    with ctx.db.write() as session:
        for key, value in changed.items():
            audit.record(session, actor, "settings.change", key, before=before[key],
                         after=value)
    log.info("settings changed by %s: %s", actor.username, ", ".join(changed))
    return list(changed)


def tls_verification_off(settings: Settings) -> bool:
    """True when certificate checks of the source system are switched off (however it was)."""
    return not bool(settings.get(SOURCE_VERIFY_TLS))


def set_verify_tls(ctx: StationContext, actor: Actor, on: bool) -> None:
    """Switch certificate checks on or off; the switch is written to the audit log."""
    actor.require(Permission.EDIT_SETTINGS)
    if SOURCE_VERIFY_TLS.key in ctx.settings.presets.locked:
        raise SettingLocked(
            QT_TRANSLATE_NOOP("Errors", "{department} fixes {key} for every station of the "
                                        "province (department.json); ask the Department to "
                                        "change it"),
            department=ctx.settings.presets.department, key=SOURCE_VERIFY_TLS.key)
    before = not tls_verification_off(ctx.settings)
    ctx.settings.set(SOURCE_VERIFY_TLS, bool(on))
    with ctx.db.write() as session:
        audit.record(session, actor, "settings.verify_tls", SOURCE_VERIFY_TLS.key,
                     before=before, after=bool(on))
    if not on:
        log.warning("TLS certificate verification switched OFF by %s", actor.username)


def audit_preset_change(ctx: StationContext, before: bool) -> None:
    """Department presets may switch checks off; that is audited like a person doing it."""
    after = not tls_verification_off(ctx.settings)
    if after != before:
        with ctx.db.write() as session:
            audit.record(session, SYSTEM, "settings.verify_tls", SOURCE_VERIFY_TLS.key,
                         before=before, after=after, source="department.json")


def warn_if_tls_off(settings: Settings) -> bool:
    """One WARNING line at every start while checks are off; True when they are."""
    if not tls_verification_off(settings):
        return False
    log.warning("TLS certificate verification is OFF for the source system %s: anyone on the "
                "network path can read and change what the console receives",
                settings.get(SOURCE_URL) or "(not configured)")
    return True
