"""The opened station's resources: its data folder, database, settings and secrets.

Engines (sync, delivery, playout) and services are handed this object; it holds no
service and looks nothing up. `console.app` opens it (backups, migrations, the
Department's presets) and builds the services and workers on top of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .backup import BackupToolMissing, dump_server_database
from .db import Database, open_database
from .db.database import EngineSetup
from .db.migrate import open_server_database
from .paths import DataPaths
from .search import sqlfunctions
from .secrets import SecretStore
from .settings import Settings
from .workstation import Workstation, parse_database_url, password_name

log = logging.getLogger(__name__)

# What every engine of the station database installs on its connections: the search
# index's SQL functions and its flush before commit. (PostgreSQL needs nothing: its
# triggers and functions are in the database itself, migration 0009.)
DATABASE_SETUP: tuple[EngineSetup, ...] = (sqlfunctions.install,)


def open_station_database(path: Path, backups: Path | None = None) -> Database:
    """Open (creating and migrating when needed) a station database with its search hooks."""
    return open_database(path, backups, setup=DATABASE_SETUP)


def server_url(url: str, secrets: SecretStore) -> str:
    """The server URL with its password from the keyring (when the URL has none)."""
    parsed = parse_database_url(url)
    if parsed.password is None:
        password = secrets.get(password_name(parsed))
        if password:
            parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def open_server_station_database(url: str, secrets: SecretStore,
                                 backups: Path | None = None) -> Database:
    """Open (migrating when needed) the station database on its PostgreSQL server; an
    existing database is dumped into `backups` before an upgrade."""
    full = server_url(url, secrets)

    def backup_first(db: Database, rev: str) -> None:
        if backups is None:
            return
        try:
            copy = dump_server_database(full, backups, reason=f"before-upgrade-{rev}")
            log.info("backed up the server database to %s before upgrading from %s", copy, rev)
        except BackupToolMissing as exc:  # the upgrade goes on; the reason is logged
            log.warning("no backup before the upgrade: %s", exc)

    return open_server_database(full, before_upgrade=backup_first)


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
    workstation: Workstation = field(default_factory=Workstation)

    def close(self) -> None:
        self.db.dispose()
