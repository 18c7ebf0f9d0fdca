"""Where the console keeps its data: one folder per station (or per demo)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .filemodes import private_dir, refuse_links

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
    # A media folder shared by a station's PCs (workstation.json), instead of root/media.
    media_root: Path | None = None

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
        return self.media_root if self.media_root is not None else self.root / "media"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def streams(self) -> Path:
        """Files of the processes that keep Icecast streams on air (icecast_keeper)."""
        return self.root / "streams"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "console.lock"

    @property
    def restoring(self) -> Path:
        """Where a backup being put back is written before it replaces the database."""
        return self.root / "console.sqlite3.restoring"

    def database_files(self) -> tuple[Path, ...]:
        """The database and every file SQLite or the console keeps beside it."""
        db = self.database
        return (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")),
                self.restoring)

    def refuse_links(self) -> None:
        """LinkRefused when the database, its side files, temporary files, the backups or
        the logs folder is a link: writing there would write wherever the link points."""
        refuse_links(*self.database_files(), self.backups, self.logs)

    def ensure(self) -> DataPaths:
        """Create the folders owner-only (0700 on POSIX) and check for planted links."""
        private_dir(self.root, may_be_link=True)
        self.refuse_links()
        for folder in (self.backups, self.logs):
            private_dir(folder)
        for folder in (self.media, self.cache, self.exports):  # may live on another disk
            private_dir(folder, may_be_link=True)
        return self

    def inside(self, path: Path) -> bool:
        """True when `path` resolves to somewhere below the data folder."""
        try:
            path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return False
        return True
