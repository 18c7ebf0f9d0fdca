"""Backups of the station database: before every upgrade, daily, and one-click restore.

Backups are created 0600 in a 0700 folder (console.filemodes). A restore copies the backup
to a temporary file created exclusively (never through a link planted at its name), lets
the caller check that copy, and only then moves the old database aside and puts the copy in
its place: what is checked is what is installed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .filemodes import create_exclusive, create_private_file, private_dir, refuse_links
from .timezone import station_now

log = logging.getLogger(__name__)


def _stamp() -> str:
    """The time in a backup's (or a kept file's) name: station time, as the restore wizard
    and the off-site backups read it, whatever zone the PC's clock is set to."""
    return station_now().strftime("%Y%m%d-%H%M%S")

KEEP_BACKUPS = 14


# Work done on a copy before it is kept (console.db.bulk_load.restore_deferred_in_file: the
# indexes a first sync builds at its end, so that a copy taken meanwhile is whole).
Finish = Callable[[sqlite3.Connection], None]


def backup_database(db_path: Path, backups_dir: Path, *, reason: str = "daily",
                    finish: Finish | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe while the console writes)."""
    private_dir(backups_dir)
    stamp = _stamp()
    target = backups_dir / f"console-{stamp}-{reason}.sqlite3"
    tmp = target.with_suffix(".part")
    refuse_links(target)
    create_private_file(tmp)  # 0600 and exclusive: SQLite then fills the empty file
    src = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            if finish is not None:
                finish(dst)
        finally:
            dst.close()
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not keep half a copy
        raise
    finally:
        src.close()
    _prune(backups_dir)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob("console-*.sqlite3"), reverse=True)


def backup_is_good(backup: Path) -> bool:
    """True when the backup file is a whole SQLite database (quick_check ok)."""
    try:
        check = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            return check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            check.close()
    except sqlite3.DatabaseError:
        return False


def latest_good_backup(backups_dir: Path) -> Path | None:
    for backup in list_backups(backups_dir):
        if backup_is_good(backup):
            return backup
    return None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def stage_backup(backup: Path, staging: Path) -> Path:
    """Copy `backup` to `staging`, a new 0600 file created exclusively; returns `staging`.

    A leftover from an interrupted restore is removed first; a link at that name is refused
    (console.filemodes.LinkRefused), never followed.
    """
    if not backup.is_file():  # not a folder, a device or a pipe that never ends
        raise ValueError(f"{backup} is not a file")
    refuse_links(staging)
    staging.unlink(missing_ok=True)
    fd = create_exclusive(staging)
    try:
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return staging


def install_staged(staging: Path, db_path: Path, *, aside: str = "replaced") -> Path | None:
    """Put a staged (and checked) copy in place of the database. The replaced file (and its
    -wal/-shm) is kept beside it as `<name>.<aside>-<stamp>`, never deleted; returns that
    path (None when there was no database)."""
    side_files = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
    refuse_links(db_path, *side_files, staging)
    stamp = _stamp()
    kept: Path | None = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.{aside}-{stamp}")
        db_path.replace(kept)
    for side in side_files:
        if side.exists():
            # Beside the kept file under the matching name, so SQLite reads them together.
            side.replace(kept.with_name(kept.name + side.name[len(db_path.name):]) if kept
                         else side.with_name(f"{side.name}.{aside}-{stamp}"))
    staging.replace(db_path)
    log.warning("restored the database; the previous file is kept as %s", kept)
    return kept


def put_back(db_path: Path, kept: Path | None) -> Path:
    """Undo install_staged(): the installed file (and its -wal/-shm) goes aside as
    `<name>.failed-<stamp>` and the `kept` database comes back; returns the failed copy."""
    stamp = _stamp()
    failed = db_path.with_name(f"{db_path.name}.failed-{stamp}")
    refuse_links(db_path, failed)
    for suffix in ("", "-wal", "-shm"):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            current.replace(failed.with_name(failed.name + suffix))
    if kept is not None:
        for suffix in ("", "-wal", "-shm"):
            side = kept.with_name(kept.name + suffix)
            if side.exists():
                side.replace(db_path.with_name(db_path.name + suffix))
    return failed


def daily_backup(db_path: Path, backups_dir: Path, *, every_s: float = 20 * 3600,
                 finish: Finish | None = None) -> Path | None:
    """A backup when the newest one is older than `every_s` (a station restarts daily or not)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    newest = list_backups(backups_dir)[:1]
    if newest and dt.datetime.now().timestamp() - newest[0].stat().st_mtime < every_s:
        return None
    try:
        return backup_database(db_path, backups_dir, reason="daily", finish=finish)
    except (OSError, sqlite3.Error) as exc:  # a full disk must not stop the console
        log.warning("daily backup failed: %s", exc)
        return None


def _prune(backups_dir: Path) -> None:
    for old in list_backups(backups_dir)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)


# --- a station database on a PostgreSQL server: pg_dump / pg_restore ----------------------

SERVER_SUFFIX = ".pgdump"
# Where PostgreSQL installs its tools when they are not on the PATH.
_TOOL_DIRS = (Path("/usr/lib/postgresql"), Path("C:/Program Files/PostgreSQL"))


class BackupToolMissing(RuntimeError):
    """pg_dump or pg_restore is not installed on this PC."""


def _version(folder: Path) -> tuple[int, ...]:
    return tuple(int(x) for x in folder.name.split(".") if x.isdigit())


def find_server_tool(name: str) -> Path:
    """pg_dump / pg_restore: on the PATH, or where PostgreSQL installs them (newest first)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    for base in _TOOL_DIRS:
        if not base.is_dir():
            continue
        for folder in sorted((p for p in base.iterdir() if p.is_dir()), key=_version,
                             reverse=True):
            for exe in (folder / "bin" / name, folder / "bin" / f"{name}.exe"):
                if exe.is_file():
                    return exe
    raise BackupToolMissing(
        f"{name} was not found: install the PostgreSQL client tools (on Windows, the "
        "'Command Line Tools' of the PostgreSQL installer; on Debian, postgresql-client) "
        "or add their bin folder to PATH")


def _server_args(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for the tools; the password goes in the environment only."""
    import os

    from sqlalchemy.engine import make_url

    u = make_url(url)
    args = ["--host", u.host or "localhost", "--port", str(u.port or 5432),
            "--no-password"]
    if u.username:
        args += ["--username", u.username]
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return [*args, "--dbname", u.database or ""], env


def _run_tool(cmd: list[str], env: dict[str, str], what: str) -> None:
    import subprocess

    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600,
                          creationflags=flags, check=False)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(f"{what} failed: {reason[-1] if reason else done.returncode}")


def dump_server_database(url: str, backups_dir: Path, *, reason: str = "daily") -> Path:
    """A consistent copy of the server database (pg_dump's custom format)."""
    tool = find_server_tool("pg_dump")
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = _stamp()
    target = backups_dir / f"console-{stamp}-{reason}{SERVER_SUFFIX}"
    tmp = target.with_suffix(".part")
    args, env = _server_args(url)
    try:
        _run_tool([str(tool), "--format=custom", "--no-owner", "--file", str(tmp), *args],
                  env, "pg_dump")
        os.chmod(tmp, 0o600)  # owner-only, as the SQLite backups
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    for old in list_server_backups(backups_dir)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def dump_server_to(url: str, path: Path) -> None:
    """pg_dump (custom format) of the server database into `path`, an empty file the
    caller created; BackupToolMissing without the tool, RuntimeError when it fails."""
    tool = find_server_tool("pg_dump")
    args, env = _server_args(url)
    _run_tool([str(tool), "--format=custom", "--no-owner", "--file", str(path), *args],
              env, "pg_dump")


@dataclass(frozen=True)
class DumpFacts:
    """What a custom-format dump holds, read back with pg_restore."""

    revision: str | None        # alembic_version's row (None: not a station database)
    rows: dict[str, int]        # rows of the tables asked for


def read_server_dump(path: Path, tables: tuple[str, ...] = ()) -> DumpFacts:
    """Read the dump's schema revision and count the rows of `tables`, streaming its data
    through pg_restore (every byte of those tables is read: a damaged dump fails here).
    RuntimeError says why it cannot be read."""
    import subprocess
    import tempfile

    tool = find_server_tool("pg_restore")
    wanted = ("alembic_version", *tables)
    cmd = [str(tool), "--data-only", *(f"--table={t}" for t in wanted), "--file=-", str(path)]
    rows = dict.fromkeys(tables, 0)
    revision: str | None = None
    current: str | None = None
    with tempfile.TemporaryFile() as errors:  # a file: a chatty stderr never blocks stdout
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, text=True,
                                encoding="utf-8", errors="replace",
                                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        assert proc.stdout is not None
        with proc.stdout:
            for line in proc.stdout:
                if current is None:
                    if line.startswith("COPY "):
                        current = line.split()[1].split(".")[-1].strip('"')
                elif line.startswith("\\."):
                    current = None
                elif current == "alembic_version":
                    revision = line.strip() or revision
                elif current in rows:
                    rows[current] += 1
        code = proc.wait()
        errors.seek(0)
        error = errors.read().decode("utf-8", "replace")
    if code != 0:
        lines = error.strip().splitlines()
        raise RuntimeError(f"pg_restore cannot read {path.name}: "
                           f"{lines[-1] if lines else code}")
    return DumpFacts(revision, rows)


def list_server_backups(backups_dir: Path) -> list[Path]:
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob(f"console-*{SERVER_SUFFIX}"), reverse=True)


def server_backup_is_good(backup: Path) -> bool:
    """True when pg_restore can read the dump's table of contents."""
    import subprocess

    try:
        tool = find_server_tool("pg_restore")
    except BackupToolMissing:
        return backup.is_file() and backup.read_bytes()[:5] == b"PGDMP"
    done = subprocess.run([str(tool), "--list", str(backup)], capture_output=True,
                          timeout=300, check=False,
                          creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    return done.returncode == 0


def restore_server_backup(backup: Path, url: str) -> None:
    """Put a dump back into the server database, in one transaction (all or nothing)."""
    tool = find_server_tool("pg_restore")
    if not server_backup_is_good(backup):
        raise ValueError(f"the backup {backup.name} is damaged")
    args, env = _server_args(url)
    _run_tool([str(tool), "--clean", "--if-exists", "--no-owner", "--single-transaction",
               "--exit-on-error", *args, str(backup)], env, "pg_restore")
    log.warning("restored the server database from %s", backup)


def daily_server_backup(url: str, backups_dir: Path, *,
                        every_s: float = 20 * 3600) -> Path | None:
    newest = list_server_backups(backups_dir)[:1]
    if newest and dt.datetime.now().timestamp() - newest[0].stat().st_mtime < every_s:
        return None
    try:
        return dump_server_database(url, backups_dir, reason="daily")
    except (OSError, RuntimeError) as exc:  # a missing tool must not stop the console
        log.warning("daily backup of the server database failed: %s", exc)
        return None
