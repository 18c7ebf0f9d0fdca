"""Health checks of the installation and the data folder (`doctor`, `--self-test`)."""

from __future__ import annotations

import logging
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db.database import Database
    from ..station import StationContext

log = logging.getLogger(__name__)

MIN_FREE_BYTES = 2 * 1024**3
WARN_FREE_BYTES = 10 * 1024**3


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warn | fail
    detail: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _python() -> Check:
    ok = sys.version_info >= (3, 11)
    return Check("python", "ok" if ok else "fail",
                 f"Python {platform.python_version()} ({sys.executable})")


def _qt() -> Check:
    import PySide6
    from PySide6 import QtCore

    return Check("qt", "ok", f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}")


def _data_folder(root: Path) -> Callable[[], Check]:
    def check() -> Check:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".write-test-", delete=True) as fh:
            fh.write(b"ok")
            fh.flush()
        return Check("data_folder", "ok", f"{root} is writable")
    return check


def _database(db_path: Path) -> Callable[[], Check]:
    def check() -> Check:
        from ..db.integrity import DatabaseCorrupt, check_database
        from ..db.migrate import check_not_too_new, head_revision

        try:
            check_database(db_path, db_path.parent / "backups")
        except DatabaseCorrupt as exc:  # said plainly, with the backup and the command
            return Check("database", "fail", str(exc))
        rev = check_not_too_new(db_path)
        head = head_revision()
        if rev == head:
            return Check("database", "ok", f"schema {rev} (newest)")
        if rev is None:
            return Check("database", "warn", "no database yet; it is created at first start")
        return Check("database", "warn", f"schema {rev}; upgraded to {head} at next start")
    return check


def _ffmpeg(workdir: Path) -> Callable[[], Check]:
    def check() -> Check:
        from ..audio.selftest import encode_decode_selftest

        with tempfile.TemporaryDirectory(dir=workdir) as tmp:
            return Check("ffmpeg", "ok", encode_decode_selftest(Path(tmp)))
    return check


def _multimedia() -> Check:
    from ..qtlog import install as route_qt_messages

    route_qt_messages()  # before the import: the multimedia plugin talks while loading
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return Check("qt_multimedia", "fail", f"Qt Multimedia cannot load: {exc}")
    if QCoreApplication.instance() is None:
        QCoreApplication(["commune-console-doctor"])
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return Check("qt_multimedia", "warn",
                     "Qt Multimedia loaded, but no audio output device: preview and local "
                     "playout are silent")
    default = QMediaDevices.defaultAudioOutput().description()
    return Check("qt_multimedia", "ok", f"{len(outputs)} audio output(s), default {default!r}")


def _keyring() -> Check:
    from ..secrets import backend_name

    name = backend_name()
    if name is None:
        return Check("keyring", "warn",
                     "no keyring backend: passwords are kept only while the console runs")
    return Check("keyring", "ok", name)


def _disk(root: Path) -> Callable[[], Check]:
    def check() -> Check:
        free = shutil.disk_usage(root).free
        text = f"{free / 1024**3:.1f} GB free at {root}"
        if free < MIN_FREE_BYTES:
            return Check("disk", "fail", text + " (media needs at least 2 GB)")
        return Check("disk", "warn" if free < WARN_FREE_BYTES else "ok", text)
    return check


def _station_database(data_root: Path, db_path: Path, server: str | None, name: str
                      ) -> tuple[Database | None, Check | None]:
    """The station's database opened for reading only (nothing migrated or written): the
    server's when `server` is given, else the SQLite file; or the Check `name` that says
    why it cannot be read now."""
    from ..db.database import Database
    from ..db.integrity import DatabaseCorrupt, check_database
    from ..db.migrate import ServerUnavailable, check_not_too_new, connect_server, head_revision
    from ..secrets import SecretStore
    from ..station import server_url, station_database_for_file

    later = Check(name, "warn", "checked once the database is upgraded at the next start")
    if server is not None:
        db = Database(server_url(server, SecretStore(str(data_root.resolve()))))
        try:
            _version, rev = connect_server(db)
        except ServerUnavailable:
            db.dispose()
            return None, Check(name, "warn", "the database server cannot be reached")
        if rev != head_revision():
            db.dispose()
            return None, later
        return db, None
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, Check(name, "ok", "no station data yet")
    try:
        check_database(db_path, None)
        if check_not_too_new(db_path) != head_revision():
            return None, later
    except DatabaseCorrupt:
        return None, Check(name, "warn", "the database cannot be read")
    return station_database_for_file(db_path), None


def _transport(data_root: Path, db_path: Path,
               server: str | None = None) -> Callable[[], list[Check]]:
    """One warning for each target, and for the source system, whose key or password
    would go over the network unencrypted (http:// to another machine)."""
    def check() -> list[Check]:
        from sqlalchemy import select

        from ..models import DeliveryTarget
        from ..secrets import SecretStore
        from ..settings import SOURCE_URL, SOURCE_USER, Settings
        from .transport_security import clear_secrets

        db, why_not = _station_database(data_root, db_path, server, "secrets_in_transit")
        if db is None:
            assert why_not is not None
            return [why_not]
        try:
            settings = Settings(db)
            server_, user = settings.get(SOURCE_URL), settings.get(SOURCE_USER)
            with db.read() as session:
                targets = [(t.id, t.name, t.protocol, t.address) for t in session.scalars(
                    select(DeliveryTarget).where(DeliveryTarget.enabled.is_(True))
                    .order_by(DeliveryTarget.id))]
        finally:
            db.dispose()
        found = clear_secrets(server_, user, targets, SecretStore(str(data_root.resolve())))
        if not found:
            return [Check("secrets_in_transit", "ok", "every key and password is sent over "
                          "https:// or stays on this computer")]
        return [Check(f"in_clear:{c.target_id or 'source'}", "warn", c.sentence())
                for c in found]
    return check


def _database_password(data_root: Path, server: str | None) -> list[str]:
    """Where the server's password is kept other than in the keyring."""
    from sqlalchemy.engine import make_url

    from ..secrets import SecretStore
    from ..workstation import DATABASE_ENV, FILE_NAME, WorkstationError, password_name
    from ..workstation import load as load_workstation

    problems = []
    try:
        saved = load_workstation(data_root).database
    except WorkstationError:
        saved = None
    if saved and make_url(saved).password:  # save() never writes one: edited by hand
        problems.append(f"{FILE_NAME} holds the database password: remove it there (the "
                        "keyring keeps it)")
    if server is not None:
        url = make_url(server)
        kept = SecretStore(str(data_root.resolve())).get(password_name(url))
        if url.password and not kept:
            problems.append(f"the database password is given with --database or "
                            f"{DATABASE_ENV}, not kept in the keyring: connect once with "
                            "`commune-console database connect URL --password-stdin` (it goes "
                            "to the keyring) and leave it out of the URL")
    return problems


def _at_rest(data_root: Path, db_path: Path,
             server: str | None = None) -> Callable[[], Check]:
    """No password or token in the station database (on SQLite and on the server alike),
    and the server's password only in the keyring."""
    def check() -> Check:
        from .secrets_at_rest import stored_secrets

        problems = _database_password(data_root, server)
        db, why_not = _station_database(data_root, db_path, server, "secrets_at_rest")
        if db is not None:
            try:
                problems += [s.sentence() for s in stored_secrets(db)]
                where = "the server's database" if server is not None else "the database file"
            finally:
                db.dispose()
        elif why_not is not None and not problems:
            return why_not
        if problems:
            return Check("secrets_at_rest", "warn", "; ".join(problems))
        kept = "; the database password is in the keyring" if server is not None else ""
        return Check("secrets_at_rest", "ok", f"no password or token in {where}{kept}")
    return check


def _speech(data_root: Path) -> Callable[[], Check]:
    def check() -> Check:
        import tempfile
        import wave

        from ..audio.speech import BundledEspeakEngine

        engine = BundledEspeakEngine.find()
        if engine is None:
            return Check("speech", "fail", "the bundled espeak-ng is missing: typed text "
                                           "cannot be read aloud (reinstall the console)")
        with tempfile.TemporaryDirectory(dir=data_root) as tmp:
            out = Path(tmp) / "xin-chao.wav"
            engine.synthesize("Xin chào bà con", "vi", 150, out)
            with wave.open(str(out)) as wav:
                seconds = wav.getnframes() / wav.getframerate()
        return Check("speech", "ok", f"bundled espeak-ng reads Vietnamese "
                                     f"({seconds:.1f} s for a greeting)")
    return check


def _server_database(data_root: Path, url: str) -> Callable[[], Check]:
    """The station's PostgreSQL server: reachable with the saved password, new enough,
    the extensions the search needs, the schema."""
    def check() -> Check:
        from ..db.database import Database
        from ..db.migrate import ServerUnavailable, connect_server, head_revision
        from ..secrets import SecretStore
        from ..station import server_url

        db = Database(server_url(url, SecretStore(str(data_root.resolve()))))
        try:
            try:
                version, rev = connect_server(db)
            except ServerUnavailable as exc:
                return Check("database", "fail", str(exc))
            with db.engine.connect() as conn:
                installed = dict(conn.exec_driver_sql(
                    "SELECT extname, extversion FROM pg_extension").all())
                available = set(conn.exec_driver_sql(
                    "SELECT name FROM pg_available_extensions").scalars())
        finally:
            db.dispose()
        server = f"PostgreSQL {version // 10000}.{version % 10000} at {db.url}"
        if "unaccent" not in installed and "unaccent" not in available:
            return Check("database", "fail", f"{server}: the unaccent extension is not "
                         "installed on the server (PostgreSQL's contrib package)")
        extensions = ", ".join(f"{k} {v}" for k, v in sorted(installed.items()))
        head = head_revision()
        if rev == head:
            return Check("database", "ok", f"{server}, schema {rev} (newest); {extensions}")
        if rev is None:
            return Check("database", "warn", f"{server}: an empty database; the console "
                         "creates its tables at first start")
        return Check("database", "warn",
                     f"{server}, schema {rev}; upgraded to {head} at next start")
    return check


def _server_tools() -> Check:
    from ..backup import BackupToolMissing, find_server_tool

    try:
        found = [str(find_server_tool(name)) for name in ("pg_dump", "pg_restore")]
    except BackupToolMissing as exc:
        return Check("backup_tools", "warn", f"{exc}; neither the daily backups nor the "
                     "off-disk backups of the server's database are made on this PC")
    return Check("backup_tools", "ok", ", ".join(found))


def run_checks(data_root: Path, db_path: Path, server: str | None = None) -> list[Check]:
    """Every check; `server` (a PostgreSQL URL) replaces the SQLite file's."""
    database = (_server_database(data_root, server) if server is not None
                else _database(db_path))
    checks: list[tuple[str, Callable[[], Check | list[Check]]]] = [
        ("python", _python),
        ("qt", _qt),
        ("data_folder", _data_folder(data_root)),
        ("database", database),
        *([("backup_tools", _server_tools)] if server is not None else []),
        ("ffmpeg", _ffmpeg(data_root)),
        ("qt_multimedia", _multimedia),
        ("speech", _speech(data_root)),
        ("keyring", _keyring),
        ("disk", _disk(data_root)),
        ("secrets_in_transit", _transport(data_root, db_path, server)),
        ("secrets_at_rest", _at_rest(data_root, db_path, server)),
    ]
    results: list[Check] = []
    for name, func in checks:
        try:
            found = func()
            results += found if isinstance(found, list) else [found]
        except Exception as exc:  # a failed check is a result, not a crash
            log.exception("check %s failed", name)
            results.append(Check(name, "fail", f"{type(exc).__name__}: {exc}"))
    return results


def stream_checks(station: StationContext) -> list[Check]:
    """The mount layout of every Icecast server in the device list (docs/delivery.md)."""
    from sqlalchemy import select

    from ..delivery.adapters.icecast import IcecastAdapter
    from ..delivery.registry import key_name, target_info
    from ..media.store import MediaStore
    from ..models import DeliveryTarget

    with station.db.read() as session:
        infos = [target_info(t) for t in session.scalars(
            select(DeliveryTarget).where(DeliveryTarget.protocol == "icecast",
                                         DeliveryTarget.enabled.is_(True))
            .order_by(DeliveryTarget.id))]
    checks = []
    for info in infos:
        try:
            adapter = IcecastAdapter(info, station.secrets.get(key_name(info.id)),
                                     MediaStore(station.paths.media), timeout_s=5.0)
            status, detail = adapter.check_layout()
        except Exception as exc:  # a failed check is a result, not a crash
            log.exception("icecast check of %s failed", info.id)
            status, detail = "fail", f"{info.id}: {type(exc).__name__}: {exc}"
        checks.append(Check("icecast_mounts", status, detail))
    return checks
