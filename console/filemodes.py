"""Files only their owner may read, created without following links.

The station database, its WAL and shared-memory files, the backups and the logs hold
password hashes, the audit log and the commune's data: on POSIX they are created 0600 in
0700 folders, whatever the umask. On Windows they live in the per-user profile
(%LOCALAPPDATA%), whose inherited ACLs already keep other users out; the modes below are
then ignored by the OS, and nothing more is set.

Temporary files are created exclusively (O_EXCL) and without following a link at their
name (O_NOFOLLOW where the OS has it), so a link planted at a temporary name can never make
the console write through it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"

_EXCLUSIVE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
              | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))


class LinkRefused(OSError):
    """A path the console writes is a symbolic link (or junction): it is not followed."""


def is_link(path: Path) -> bool:
    junction = getattr(path, "is_junction", None)  # Python 3.12+, Windows junctions
    return path.is_symlink() or bool(junction and junction())


def refuse_links(*paths: Path) -> None:
    """Raise LinkRefused naming the first of `paths` that is a link."""
    for path in paths:
        if is_link(path):
            raise LinkRefused(f"{path} is a link; the console does not write through links "
                              "(remove it, then start again)")


def private_dir(path: Path, *, may_be_link: bool = False) -> Path:
    """Create the folder (and parents) as 0700; an existing one is tightened to 0700.

    `may_be_link`: the data folder itself may be a link (to a bigger disk, say); the
    folders inside it that hold the database's copies and the logs may not.
    """
    if not may_be_link:
        refuse_links(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if POSIX:
        mode = path.stat().st_mode & 0o777
        if mode != PRIVATE_DIR:
            with contextlib.suppress(PermissionError):  # a folder of someone else's: leave it
                os.chmod(path, PRIVATE_DIR)
    return path


def create_exclusive(path: Path) -> int:
    """A new, empty 0600 file at `path` (never an existing file, never through a link);
    returns its descriptor, open for writing."""
    refuse_links(path)
    try:
        return os.open(path, _EXCLUSIVE, PRIVATE_FILE)
    except FileExistsError:
        raise
    except OSError as exc:
        if is_link(path):  # O_NOFOLLOW's ELOOP: a link appeared at the name meanwhile
            raise LinkRefused(f"{path} is a link; it was not followed") from exc
        raise


def create_private_file(path: Path) -> None:
    """Create `path` empty and 0600, replacing a stale leftover (but never a link)."""
    refuse_links(path)
    path.unlink(missing_ok=True)
    os.close(create_exclusive(path))


def open_private_append(path: Path, encoding: str = "utf-8"):  # type: ignore[no-untyped-def]
    """Open a text file for appending, creating it 0600; a link at its name is refused."""
    refuse_links(path)
    flags = (os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_CLOEXEC", 0))
    fd = os.open(path, flags, PRIVATE_FILE)
    tighten(path, fd=fd)
    return os.fdopen(fd, "a", encoding=encoding)


def tighten(path: Path, *, fd: int | None = None) -> None:
    """Make an existing regular file 0600 (files written by earlier releases were 0644)."""
    if not POSIX:
        return
    try:
        if fd is not None:
            if os.fstat(fd).st_mode & 0o077:
                os.fchmod(fd, PRIVATE_FILE)
        elif path.exists() and not is_link(path) and path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE)
    except PermissionError:
        pass  # not ours to change; the folder's 0700 still keeps others out
