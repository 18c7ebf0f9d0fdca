"""What this PC uses, kept outside the database: where the station database is, where media go.

A station with one PC keeps everything in its data folder (SQLite). A station with several
PCs (the operator's and the leader's, or a district centre) shares one PostgreSQL database;
each PC's data folder then holds `workstation.json` with the server's URL (never the
password: that is in the keyring, under `password_name()`), and optionally a media folder
shared by the PCs instead of each PC's own verified cache.

    {"database": "postgresql+psycopg://console@192.168.1.10:5432/xa_an_binh",
     "media_folder": "\\\\\\\\may-chu\\\\media",
     "id": "MAY-VAN-HANH-3f2a9c1e"}

`id` names this PC in the shared database (which files its own media cache holds); it is
made once, when the folder first opens a shared database, and kept.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

FILE_NAME = "workstation.json"
DATABASE_ENV = "COMMUNE_CONSOLE_DATABASE"  # like --database, for scheduled tasks and tests
SERVER_DRIVER = "postgresql+psycopg"


class WorkstationError(ValueError):
    """A database URL or workstation file that cannot be used, said plainly."""


@dataclass(frozen=True)
class Workstation:
    database: str | None = None      # None: this PC only (SQLite in the data folder)
    media_folder: str | None = None  # None: this PC's own media cache
    id: str | None = None            # this PC in a shared database (made when first needed)

    @property
    def shared(self) -> bool:
        return self.database is not None and is_server(self.database)


def is_server(url: str) -> bool:
    return url.startswith(("postgresql", "postgres:"))


def parse_database_url(url: str) -> URL:
    """A database URL the console can use; PostgreSQL URLs get the psycopg driver."""
    url = url.strip()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise WorkstationError(f"not a database URL: {url!r} (for example "
                               "postgresql+psycopg://console@server:5432/station)") from exc
    if parsed.get_backend_name() == "sqlite":
        return parsed
    if parsed.get_backend_name() != "postgresql":
        raise WorkstationError(f"the console uses SQLite or PostgreSQL, not "
                               f"{parsed.get_backend_name()}")
    if not parsed.host or not parsed.database:
        raise WorkstationError("a PostgreSQL URL needs a server and a database name: "
                               "postgresql+psycopg://USER@SERVER:5432/DATABASE")
    return parsed.set(drivername=SERVER_DRIVER)


def without_password(url: URL) -> str:
    # URL.set(password=None) would keep the password: None means "unchanged" there.
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)
    return bare.render_as_string(hide_password=False)


def password_name(url: URL | str) -> str:
    """The keyring entry of a server's password: one per user, server and database."""
    u = make_url(url) if isinstance(url, str) else url
    return f"database:{u.username or ''}@{u.host or ''}:{u.port or 5432}/{u.database or ''}"


def load(root: Path) -> Workstation:
    path = root / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Workstation()
    except (OSError, ValueError) as exc:
        raise WorkstationError(f"{path} cannot be read ({exc}); fix or delete it") from exc
    if not isinstance(data, dict):
        raise WorkstationError(f"{path} is not a JSON object; fix or delete it")
    database = data.get("database") or None
    media = data.get("media_folder") or None
    ident = data.get("id") or None
    return Workstation(str(database) if database else None, str(media) if media else None,
                       str(ident)[:64] if ident else None)


def save(root: Path, workstation: Workstation) -> Path:
    """Write the file (atomically); a password in the URL is never written."""
    database = workstation.database
    if database is not None:
        database = without_password(parse_database_url(database))
    path = root / FILE_NAME
    root.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    data = {"database": database, "media_folder": workstation.media_folder}
    if workstation.id:
        data["id"] = workstation.id
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def new_id() -> str:
    """A name for this PC that people can read in the database, unique all the same."""
    host = "".join(c for c in (socket.gethostname() or "pc") if c.isalnum() or c in "-_")
    return f"{host[:40] or 'pc'}-{uuid.uuid4().hex[:12]}"


def workstation_id(root: Path) -> str:
    """This data folder's workstation id, made and saved the first time it is asked for."""
    current = load(root)
    if current.id:
        return current.id
    ident = new_id()
    save(root, dataclasses.replace(current, id=ident))
    return ident


def chosen_database(root: Path, given: str | None = None) -> str | None:
    """The database this run uses: --database, then the environment, then the file."""
    return given or os.environ.get(DATABASE_ENV) or load(root).database
