"""Opening a station's data folder: backups, migrations, settings, the Department's presets."""

from __future__ import annotations

import logging
from pathlib import Path

from ..backup import daily_backup
from ..department import apply_presets, find_department_file
from ..paths import DataPaths
from ..secrets import SecretStore
from ..services.station_settings import audit_preset_change, tls_verification_off, warn_if_tls_off
from ..settings import Settings
from ..station import StationContext, open_station_database

log = logging.getLogger(__name__)


def open_station(data_dir: Path, *, demo: bool = False) -> StationContext:
    """Create the folder if needed, back up and migrate the database, load settings."""
    paths = DataPaths(data_dir).ensure()
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    db = open_station_database(paths.database, paths.backups)
    if existed:  # a station's first start has nothing worth a copy yet
        daily_backup(paths.database, paths.backups)
    settings = Settings(db)
    settings.upgrade()
    verify_before = not tls_verification_off(settings)
    preset_file = find_department_file(paths.root)
    if preset_file is not None:
        apply_presets(settings, preset_file)
    secrets = SecretStore(str(paths.root.resolve()))
    station = StationContext(paths=paths, db=db, settings=settings, secrets=secrets, demo=demo)
    audit_preset_change(station, verify_before)
    warn_if_tls_off(settings)
    return station
