"""Every setting declared once, with its default; stored in the station database.

Semantic changes go through versioned upgrades (`SETTINGS_VERSION` and `_UPGRADES`), so an
old database's values are translated, never misread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from .db import Database
from .models import SettingRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    doc: str

    def coerce(self, value: Any) -> Any:
        kind = type(self.default)
        if value is None or kind is type(None):
            return value
        if kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if kind in (int, float):
            return kind(value)
        return str(value) if kind is str else value


OPTIONS: dict[str, Option] = {}


def _declare(key: str, default: Any, doc: str) -> Option:
    option = Option(key, default, doc)
    OPTIONS[key] = option
    return option


UI_LANGUAGE = _declare("ui.language", "vi", "User interface language: vi or en")
UI_FONT_SCALE = _declare("ui.font_scale", 1.0, "Font size multiplier for older eyes")
UI_DEVICES_HIDDEN = _declare("ui.devices_hidden_columns", "firmware",
                             "Columns the Devices table leaves out, by name, comma-separated "
                             "(village, state, scheduled, delivery, last_seen, volume, kind, "
                             "security, firmware)")
UI_LIBRARY_COLUMNS = _declare("ui.library_columns", "",
                               "The library list's columns left to right with their widths "
                               "in pixels, as NAME:WIDTH, comma-separated (priority, title, "
                               "published, kind, duration, cached, category, issuer, "
                               "language, valid_until, used); empty: as shipped")
UI_LIBRARY_PANES = _declare("ui.library_panes", "",
                            "Widths in pixels of the library's filter panel and preview, "
                            "FILTERS,PREVIEW; empty: as shipped")
UI_WINDOW = _declare("ui.window", "",
                     "The window as it was last closed: maximized, or WIDTHxHEIGHT; empty: "
                     "maximised on a small screen, else 1280x720 centred")
# The window's arrangements kept between starts (UiPreferences.layout).
UI_LAYOUTS = (UI_LIBRARY_COLUMNS, UI_LIBRARY_PANES, UI_WINDOW)
UI_KEEP_RUNNING = _declare("ui.keep_running", "",
                           "Closing the window keeps the console in the background: yes, no, "
                           "or empty (ask the first time)")
QUIET_START = _declare("broadcast.quiet_end_morning", "05:30", "Earliest non-emergency start")
QUIET_END = _declare("broadcast.quiet_start_evening", "21:00", "Latest non-emergency end")
SESSION_LIMIT_MIN = _declare("broadcast.session_limit_min", 45, "Longest programme, minutes")
SLOT_TEMPLATES = _declare("broadcast.slot_templates", "05:30,17:00", "Default programme slots")
STATION_JINGLE = _declare("broadcast.station_jingle", "",
                          "Library item of the station's jingle (nhạc hiệu)")
DEFAULT_TARGETS = _declare("broadcast.default_targets", "all",
                           "Where a new programme goes: all, or village:NAME / device ids, "
                           "comma separated")
DAILY_LIMIT_MIN = _declare("broadcast.daily_limit_min", 0,
                           "Most broadcast minutes a day (not emergencies); 0: no limit")
DEFAULT_VOLUME = _declare("broadcast.default_volume", 7, "Device volume offered first, 0-10")
FM_RELAY_MHZ = _declare("broadcast.fm_relay_mhz", 100.0,
                        "FM station offered first for an FM relay (MHz), the last one relayed")
SOURCE_URL = _declare("source.server_url", "", "Source system API base URL")
SOURCE_USER = _declare("source.username", "", "Source system account (password in keyring)")
SOURCE_CA_BUNDLE = _declare("source.ca_bundle", "", "CA bundle for a provincial internal CA")
SOURCE_VERIFY_TLS = _declare("source.verify_tls", True, "Verify TLS certificates")
SOURCE_TLS_PIN = _declare("source.tls_pin", "",
                          "SHA-256 fingerprint of the source server's own certificate (pinned "
                          "instead of verified; for a self-signed one)")
STATION_CODE = _declare("station.code", "", "Station code given by the province")
TARGET_LUFS = _declare("audio.target_lufs", -16.0, "Programme loudness target (LUFS)")
TRUE_PEAK_DBTP = _declare("audio.true_peak_dbtp", -1.0, "True-peak ceiling (dBTP)")
SPEECH_ENGINE = _declare("speech.engine", "auto",
                         "Voice for typed text: auto (a Windows Vietnamese voice when one is "
                         "installed, else the bundled espeak-ng), espeak-ng or windows")
SPEECH_VOICE = _declare("speech.voice", "", "Voice of that engine (empty: its Vietnamese one)")
SPEECH_SPEED = _declare("speech.speed", 150, "Reading speed, words per minute (80-450)")
SPEECH_LEXICON = _declare("speech.lexicon", "",
                          "The station's pronunciation list: one 'written = spoken' a line")
PLAYOUT_GRACE_MIN = _declare("playout.grace_min", 10,
                             "After a power cut: a programme this many minutes under way still "
                             "starts on this computer's speakers")
PLAYOUT_RESUME = _declare("playout.resume", "place",
                          "After a power cut: continue at the right place, or from the top")
MEDIA_CACHE_MB = _declare("media.cache_limit_mb", 20_000, "Media cache size limit, MB")
BACKUP_OFFSITE_DIR = _declare("backup.offsite_dir", "",
                                "Second place for the daily backup (a USB drive or a network "
                                "folder); empty: backups only in the data folder")
BACKUP_OFFSITE_LAST_OK = _declare("backup.offsite_last_ok", "",
                                  "When the last off-disk backup was written and verified "
                                  "(ISO time, station time zone)")
BACKUP_OFFSITE_ERROR = _declare("backup.offsite_last_error", "",
                                "Why the last off-disk backup failed (empty after a success)")
DOWNLOAD_CONCURRENCY = _declare("sync.download_concurrency", 3, "Parallel media downloads")
DATA_BUDGET_ON = _declare("sync.budget_on", False,
                          "A daily data budget for a metered link: after it, only emergencies")
DATA_BUDGET_MB = _declare("sync.budget_mb_per_day", 100, "Data budget per station day, MB")
DATA_BUDGET_PRESET = _declare("sync.budget_preset", "",
                              "The preset the budget came from: 3g, or empty (own figures)")
LINK_METERED = _declare("sync.link_metered", False,
                        "This link is metered: large files wait for an unmetered link or a "
                        "person asking for them")
LARGE_FILE_MB = _declare("sync.large_file_mb", 50,
                         "Files above this size (MB) are large: on a metered link only on demand")
SYNC_INTERVAL_MIN = _declare("sync.interval_min", 5,
                             "Minutes between media and outbox rounds (and `sync` runs)")
IDLE_LOCK_MIN = _declare("session.idle_lock_min", 30,
                         "Minutes without use before the window locks; 0: never")

SETTINGS_VERSION = 1
_VERSION_KEY = "settings.version"
# version → function(Settings) that rewrites values saved under the previous version.
_UPGRADES: dict[int, Callable[[Settings], None]] = {}


@dataclass
class Presets:
    """What the Department presets for this station (filled by console.department):
    `values` by key, and the keys it `locked` (the station cannot change those)."""

    department: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()


class Settings:
    """Typed access to the settings table, with an in-memory cache."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[str, Any] | None = None
        self.presets = Presets()

    def _load(self) -> dict[str, Any]:
        if self._cache is None:
            with self._db.read() as session:
                rows = session.execute(select(SettingRow.key, SettingRow.value)).all()
            self._cache = {key: value for key, value in rows}
        return self._cache

    def get(self, option: Option) -> Any:
        values = self._load()
        if option.key in values:
            return option.coerce(values[option.key])
        return option.default

    def set(self, option: Option, value: Any) -> None:
        self.set_many({option: value})

    def set_many(self, values: dict[Option, Any]) -> None:
        with self._db.write() as session:
            for option, value in values.items():
                session.merge(SettingRow(key=option.key, value=option.coerce(value)))
        self._cache = None

    def is_set(self, option: Option) -> bool:
        return option.key in self._load()

    def upgrade(self) -> None:
        """Run the versioned upgrades once per database."""
        values = self._load()
        version = int(values.get(_VERSION_KEY, SETTINGS_VERSION if not values else 1))
        while version < SETTINGS_VERSION:
            version += 1
            log.info("upgrading settings to version %d", version)
            _UPGRADES[version](self)
        if values.get(_VERSION_KEY) != SETTINGS_VERSION:
            with self._db.write() as session:
                session.merge(SettingRow(key=_VERSION_KEY, value=SETTINGS_VERSION))
            self._cache = None
