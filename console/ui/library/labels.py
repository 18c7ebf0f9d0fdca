"""Plain, translated words for what the library shows (kinds, origins, languages …)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...services.library_query import CacheState, Validity
from ..timefmt import to_station

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def kind_label(kind: str) -> str:
    return {
        "audio": translate("Library", "Audio"),
        "video": translate("Library", "Video"),
        "image": translate("Library", "Picture"),
        "text": translate("Library", "Text"),
        "stream": translate("Library", "Relay"),
    }.get(kind, kind)


def origin_label(origin: str) -> str:
    return {
        "central": translate("Library", "Central"),
        "province": translate("Library", "Province"),
        "district": translate("Library", "District"),
        "commune": translate("Library", "Commune"),
    }.get(origin, origin)


def language_label(code: str) -> str:
    return {
        "vi": translate("Library", "Vietnamese"),
        "km": translate("Library", "Khmer"),
        "cjm": translate("Library", "Cham"),
        "hnj": translate("Library", "Hmong"),
        "ede": translate("Library", "Ê Đê"),
        "jra": translate("Library", "Jarai"),
        "bdq": translate("Library", "Bahnar"),
        "tyz": translate("Library", "Tày"),
        "en": translate("Library", "English"),
    }.get(code, code)


def validity_label(validity: str) -> str:
    return {
        Validity.CURRENT: translate("Library", "Valid now"),
        Validity.EXPIRED: translate("Library", "Expired"),
        Validity.NOT_YET: translate("Library", "Not valid yet"),
        Validity.WITHDRAWN: translate("Library", "Withdrawn by the source"),
    }.get(validity, validity)  # StrEnum members hash like their values


def cache_label(state: str) -> str:
    return {
        CacheState.READY: translate("Library", "On this computer"),
        CacheState.MISSING: translate("Library", "Not downloaded"),
        CacheState.NONE: translate("Library", "No file"),
    }.get(state, state)


def short_cache_label(state: str) -> str:
    return {
        CacheState.READY: translate("Library", "Downloaded"),
        CacheState.MISSING: translate("Library", "Not yet"),
        CacheState.NONE: "—",
    }.get(state, state)


def reviewed_label(reviewed: bool) -> str:
    return (
        translate("Library", "Reviewed by the province")
        if reviewed
        else translate("Library", "Not reviewed")
    )


def used_label(used: bool) -> str:
    return (
        translate("Library", "Used in a programme")
        if used
        else translate("Library", "Not used yet")
    )


def format_duration(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_day(moment: dt.datetime | None) -> str:
    return "" if moment is None else to_station(moment).strftime("%d/%m/%Y")


def format_short(moment: dt.datetime | None, now: dt.datetime) -> str:
    """'25/06 00:32' this year, '25/06/2025' before: short enough for a list column."""
    if moment is None:
        return ""
    local = to_station(moment)
    if local.year == to_station(now).year:
        return local.strftime("%d/%m %H:%M")
    return local.strftime("%d/%m/%Y")


def format_day_time(moment: dt.datetime | None) -> str:
    return "" if moment is None else to_station(moment).strftime("%d/%m/%Y %H:%M")


def format_size(size: int) -> str:
    if size < 1024:
        return translate("Library", "{n} bytes").format(n=size)
    if size < 1024**2:
        return translate("Library", "{n} KB").format(n=f"{size / 1024:.0f}")
    if size < 1024**3:
        return translate("Library", "{n} MB").format(n=f"{size / 1024**2:.1f}")
    return translate("Library", "{n} GB").format(n=f"{size / 1024**3:.2f}")
