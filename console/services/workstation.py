"""This PC's choice of database (its own SQLite file, or the station's PostgreSQL server),
and who runs the once-per-station work when several PCs share one server. Qt-free: the
first-run dialog, the status bar and `commune-console database` use it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from ..db import Database
from ..db.database import workstation_name
from ..db.locks import WORKER_KEYS, WORKERS, holder
from ..db.migrate import head_revision, open_server_database
from ..paths import DataPaths
from ..secrets import SecretStore
from ..station import server_url
from ..workstation import (
    WorkstationError,
    chosen_database,
    is_server,
    parse_database_url,
    password_name,
    without_password,
)
from ..workstation import load as load_workstation
from ..workstation import save as save_workstation


@dataclass(frozen=True)
class Connected:
    database: str          # the URL without its password
    schema: str
    password_store: str    # "keyring", "memory", or "none"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def connect_server_database(root: Path, url: str, password: str | None = None, *,
                            media_folder: str | None = None) -> Connected:
    """Check the server (creating or upgrading the station's tables there), then keep
    the URL in workstation.json and the password in the keyring. Raises a plain-words
    error (WorkstationError, DatabaseError) and changes nothing when it cannot connect."""
    parsed = parse_database_url(url)
    if not is_server(url):
        raise WorkstationError("connect takes a PostgreSQL URL; `database local` goes back "
                               "to this PC's own file")
    password = password or (str(parsed.password) if parsed.password else None)
    bare = without_password(parsed)
    full = parsed.set(password=password).render_as_string(hide_password=False)
    open_server_database(full).dispose()  # reachable, and the schema is current
    secrets = SecretStore(str(root.resolve()))
    store = "none"
    if password:
        secrets.set(password_name(parsed), password)
        store = "keyring" if secrets.persistent else "memory"
    previous = load_workstation(root)
    save_workstation(root, replace(previous, database=bare,
                                   media_folder=media_folder or previous.media_folder))
    return Connected(bare, head_revision(), store)


def use_local_database(root: Path) -> Path:
    """Back to this PC's own SQLite file (the server's data stays on the server)."""
    previous = load_workstation(root)
    save_workstation(root, replace(previous, database=None))
    return DataPaths(root).database


def worker_holders(db: Database, *, elsewhere: bool = False) -> dict[str, str | None]:
    """Which workstation runs each once-per-station worker (None: none does); empty on
    SQLite, where the data folder's own lock keeps a second console out. `elsewhere`:
    only the workers another process runs (what this PC's status bar tells)."""
    if not db.is_postgres:
        return {}
    with db.read() as session:
        conn = session.connection()
        found = {name: holder(conn, WORKERS, number) for name, number in WORKER_KEYS.items()}
    if elsewhere:
        me = workstation_name()
        return {name: h.describe() for name, h in found.items()
                if h is not None and h.name != me}
    return {name: h.describe() if h else None for name, h in found.items()}


def describe_database(root: Path, given: str | None = None) -> dict[str, Any]:
    """Which database this PC uses and, on a server, who runs the workers."""
    chosen = chosen_database(root, given)
    if chosen is None or not is_server(chosen):
        path = parse_database_url(chosen).database if chosen else DataPaths(root).database
        return {"database": str(path), "kind": "sqlite"}
    db = Database(server_url(chosen, SecretStore(str(root.resolve()))))
    try:
        workers = worker_holders(db)
    finally:
        db.dispose()
    return {"database": db.url, "kind": "postgresql", "workers": workers}


def needs_database_choice(root: Path) -> bool:
    """A data folder opened for the first time, with no database chosen: the window asks
    "this PC only" or "the station's server" before creating anything."""
    if chosen_database(root) is not None:
        return False
    path = DataPaths(root).database
    return not (path.exists() and path.stat().st_size > 0)


def server_url_from_fields(host: str, port: int, database: str, user: str) -> str:
    """The URL the first-run dialog's fields make (no password: that goes to the keyring)."""
    from sqlalchemy.engine import URL

    host, database, user = host.strip(), database.strip(), user.strip()
    if not host or not database or not user:
        raise WorkstationError("the server, the database and the user are all needed")
    return URL.create("postgresql+psycopg", username=user, host=host, port=port,
                      database=database).render_as_string(hide_password=False)
