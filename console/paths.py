"""Where the console keeps its data: one folder per station (or per demo)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CommuneConsole"
HOME_ENV = "COMMUNE_CONSOLE_HOME"


def default_data_dir() -> Path:
    """The per-user data folder: %LOCALAPPDATA%\\CommuneConsole on Windows."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def demo_data_dir() -> Path:
    """The demo never touches the real station's data."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)).with_name(
        APP_NAME + "-demo"
    )


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder the console writes lives below `root`."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "console.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "console.lock"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs, self.media, self.cache, self.exports):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def inside(self, path: Path) -> bool:
        """True when `path` resolves to somewhere below the data folder."""
        try:
            path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return False
        return True
