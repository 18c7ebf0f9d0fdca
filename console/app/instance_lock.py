"""One window per data folder: two consoles writing one station's database would confuse both."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

LOCK_NAME = "console.lock"


def acquire_instance_lock(root: Path) -> QLockFile | None:
    """Lock `root/console.lock` for this process, or return None when another console holds it.

    The lock is never declared stale by age (the window stays open for weeks); Qt still
    removes it when the process that made it is gone, e.g. after a crash or power cut.
    """
    root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(root / LOCK_NAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        log.info("data folder %s is in use (process, host, program: %s)", root,
                 lock.getLockInfo())
        return None
    # Permission or other errors: the folder cannot hold a lock, so refuse as well.
    log.warning("cannot lock data folder %s: %s", root, lock.error().name)
    return None
