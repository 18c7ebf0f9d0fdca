"""Settings the provincial Department presets for every station it hands the console to.

A `department.json` placed beside the installer is copied next to the program; the
console also looks in the data folder and at $COMMUNE_CONSOLE_DEPARTMENT. On each start,
every preset the station has not set itself is applied; the station's own choices win,
except for the keys the Department lists under "locked": those always take the
Department's value and the station cannot change them (the services refuse, saying so).

    {"department": "Sở VHTTDL tỉnh Đắk Lắk",
     "settings": {"source.server_url": "https://nguon.daklak.gov.vn/api/v1",
                  "source.ca_bundle": "ca-daklak.pem",
                  "broadcast.quiet_end_morning": "05:30",
                  "broadcast.quiet_start_evening": "21:00",
                  "broadcast.session_limit_min": 45},
     "locked": ["source.server_url", "broadcast.quiet_start_evening"]}
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from .settings import (
    DAILY_LIMIT_MIN,
    DEFAULT_TARGETS,
    DEFAULT_VOLUME,
    IDLE_LOCK_MIN,
    OPTIONS,
    QUIET_END,
    QUIET_START,
    SESSION_LIMIT_MIN,
    SLOT_TEMPLATES,
    SOURCE_CA_BUNDLE,
    SOURCE_TLS_PIN,
    SOURCE_URL,
    SOURCE_VERIFY_TLS,
    SPEECH_ENGINE,
    SPEECH_LEXICON,
    SPEECH_SPEED,
    SPEECH_VOICE,
    STATION_CODE,
    SYNC_INTERVAL_MIN,
    TARGET_LUFS,
    TRUE_PEAK_DBTP,
    UI_LANGUAGE,
    Presets,
    Settings,
)
from .tlspin import normalize_fingerprint

log = logging.getLogger(__name__)

FILE_NAME = "department.json"
ENV_VAR = "COMMUNE_CONSOLE_DEPARTMENT"
MAX_BYTES = 64 * 1024
PRESETTABLE = {o.key for o in (SOURCE_URL, SOURCE_CA_BUNDLE, SOURCE_VERIFY_TLS, SOURCE_TLS_PIN,
                               STATION_CODE,
                               QUIET_START, QUIET_END, SESSION_LIMIT_MIN, SLOT_TEMPLATES,
                               TARGET_LUFS, TRUE_PEAK_DBTP, UI_LANGUAGE, SPEECH_ENGINE,
                               SPEECH_VOICE, SPEECH_SPEED, SPEECH_LEXICON, DAILY_LIMIT_MIN,
                               DEFAULT_TARGETS, DEFAULT_VOLUME, SYNC_INTERVAL_MIN,
                               IDLE_LOCK_MIN)}


def find_department_file(data_root: Path) -> Path | None:
    candidates = []
    if os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    if getattr(sys, "frozen", False):  # next to the installed program
        candidates.append(Path(sys.executable).resolve().parent / FILE_NAME)
    candidates.append(data_root / FILE_NAME)
    return next((path for path in candidates if path.is_file()), None)


def apply_presets(settings: Settings, path: Path) -> list[str]:
    """Apply what the station has not set itself, and every locked key; returns the keys
    applied. `settings.presets` records the Department's values and locks."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError("larger than 64 KB")
        document = json.loads(path.read_text(encoding="utf-8"))
        presets = document.get("settings", {}) if isinstance(document, dict) else None
        if not isinstance(presets, dict):
            raise ValueError('no "settings" object')
        locks = document.get("locked", [])
        if not isinstance(locks, list):
            raise ValueError('"locked" is not a list of setting names')
    except (OSError, ValueError) as exc:
        log.warning("Department settings in %s ignored: %s", path, exc)
        return []
    values: dict[str, object] = {}
    for key, value in presets.items():
        if key not in PRESETTABLE:
            log.warning("Department setting %r in %s is unknown or not presettable", key, path)
            continue
        option = OPTIONS[key]
        if option is SOURCE_CA_BUNDLE and value:
            value = str((path.parent / str(value)).resolve())  # relative to the file
        try:
            if option is SOURCE_TLS_PIN and value:
                value = normalize_fingerprint(str(value))
            values[key] = option.coerce(value)
        except (TypeError, ValueError):
            log.warning("Department setting %r in %s has a wrong value", key, path)
    locked = set()
    for key in locks:
        if key in values:
            locked.add(key)
        else:  # a lock needs the value it locks
            log.warning("Department lock %r in %s has no value under \"settings\"", key, path)
    name = str(document.get("department") or path.name)
    settings.presets = Presets(name, values, frozenset(locked))
    applied = {}
    for key, value in values.items():
        option = OPTIONS[key]
        if key in locked:
            if not settings.is_set(option) or settings.get(option) != value:
                applied[option] = value
        elif not settings.is_set(option):
            applied[option] = value
    if applied:
        settings.set_many(applied)
        log.info("applied Department settings from %s: %s", path,
                 ", ".join(o.key for o in applied))
    return [o.key for o in applied]
