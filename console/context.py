"""The opened station: data folder, database, settings and secrets, for CLI and window alike."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .backup import daily_backup
from .db import Database, open_database
from .department import apply_presets, find_department_file
from .paths import DataPaths
from .secrets import SecretStore
from .services.station_settings import audit_preset_change, tls_verification_off, warn_if_tls_off
from .services.users import UserService
from .settings import Settings

log = logging.getLogger(__name__)


@dataclass
class ConsoleContext:
    paths: DataPaths
    db: Database
    settings: Settings
    secrets: SecretStore
    demo: bool = False
    users: UserService = field(init=False)

    def __post_init__(self) -> None:
        self.users = UserService(self.db)

    @classmethod
    def open(cls, data_dir: Path, *, demo: bool = False) -> ConsoleContext:
        """Create the folder if needed, back up and migrate the database, load settings."""
        paths = DataPaths(data_dir).ensure()
        existed = paths.database.exists() and paths.database.stat().st_size > 0
        db = open_database(paths.database, paths.backups)
        if existed:  # a station's first start has nothing worth a copy yet
            daily_backup(paths.database, paths.backups)
        settings = Settings(db)
        settings.upgrade()
        verify_before = not tls_verification_off(settings)
        preset_file = find_department_file(paths.root)
        if preset_file is not None:
            apply_presets(settings, preset_file)
        secrets = SecretStore(str(paths.root.resolve()))
        ctx = cls(paths=paths, db=db, settings=settings, secrets=secrets, demo=demo)
        audit_preset_change(ctx, verify_before)
        warn_if_tls_off(settings)
        return ctx

    def close(self) -> None:
        self.db.dispose()
