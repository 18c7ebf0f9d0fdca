"""Opening a station's data folder: backups, migrations, settings, the Department's presets."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from ..backup import daily_backup, daily_server_backup
from ..db.bulk_load import restore_deferred_in_file
from ..department import apply_presets, find_department_file
from ..media.copies import adopt_store
from ..media.store import MediaStore
from ..paths import DataPaths
from ..secrets import SecretStore
from ..services.station_settings import audit_preset_change, tls_verification_off, warn_if_tls_off
from ..settings import Settings
from ..station import StationContext, open_server_station_database, open_station_database
from ..workstation import chosen_database, is_server, parse_database_url, workstation_id
from ..workstation import load as load_workstation

log = logging.getLogger(__name__)


def open_station(data_dir: Path, *, demo: bool = False,
                 database: str | None = None) -> StationContext:
    """Create the folder if needed, back up and migrate the database, load settings.

    The database is the data folder's SQLite file unless `database` (--database), the
    environment or the folder's workstation.json names another (console.workstation).
    """
    workstation = load_workstation(data_dir)
    media = Path(workstation.media_folder) if workstation.media_folder else None
    paths = DataPaths(data_dir, media).ensure()
    secrets = SecretStore(str(paths.root.resolve()))
    # The demo keeps its own data: only an explicit `database` moves it.
    url = database if demo else chosen_database(paths.root, database)
    if url is not None and is_server(url):
        workstation = replace(workstation, database=url)
        db = open_server_station_database(url, secrets, paths.backups)
        daily_server_backup(db.engine.url.render_as_string(hide_password=False),
                            paths.backups)
        if workstation.media_folder is None:
            # Each PC keeps its own verified cache: the files' states are this PC's own
            # (console.media.copies), under an id kept in its workstation.json.
            workstation = replace(workstation, id=workstation_id(paths.root))
            db.cache_owner = workstation.id
            adopt_store(db, MediaStore(paths.media))
    else:
        path = paths.database
        if url is not None:  # sqlite:///another/file
            path = Path(parse_database_url(url).database or path)
        existed = path.exists() and path.stat().st_size > 0
        db = open_station_database(path, paths.backups)
        if existed:  # a station's first start has nothing worth a copy yet
            daily_backup(path, paths.backups, finish=restore_deferred_in_file)
    settings = Settings(db)
    settings.upgrade()
    verify_before = not tls_verification_off(settings)
    preset_file = find_department_file(paths.root)
    if preset_file is not None:
        apply_presets(settings, preset_file)
    station = StationContext(paths=paths, db=db, settings=settings, secrets=secrets, demo=demo,
                             workstation=workstation)
    audit_preset_change(station, verify_before)
    warn_if_tls_off(settings)
    return station
