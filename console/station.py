"""The opened station's resources: its data folder, database, settings and secrets.

Engines (sync, delivery, playout) and services are handed this object; it holds no
service and looks nothing up. `console.app` opens it (backups, migrations, the
Department's presets) and builds the services and workers on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .db import Database, open_database
from .db.database import EngineSetup
from .paths import DataPaths
from .search import sqlfunctions
from .secrets import SecretStore
from .settings import Settings

# What every engine of the station database installs on its connections: the search
# index's SQL functions and its flush before commit.
DATABASE_SETUP: tuple[EngineSetup, ...] = (sqlfunctions.install,)


def open_station_database(path: Path, backups: Path | None = None) -> Database:
    """Open (creating and migrating when needed) a station database with its search hooks."""
    return open_database(path, backups, setup=DATABASE_SETUP)


def station_database_for_file(path: Path) -> Database:
    """A handle on an existing station database file, without migrating it."""
    return Database.for_file(path, setup=DATABASE_SETUP)


@dataclass
class StationContext:
    paths: DataPaths
    db: Database
    settings: Settings
    secrets: SecretStore
    demo: bool = False

    def close(self) -> None:
        self.db.dispose()
