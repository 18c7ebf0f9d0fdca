"""Rotating log files in the data folder; secrets are scrubbed before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from .filemodes import open_private_append, private_dir

_SECRET_PATTERNS = [
    re.compile(r"(?i)(authorization:\s*bearer\s+)[^\s'\"]+"),
    re.compile(r"(?i)((?:password|passwd|token|access_token|refresh_token|secret|api_key)"
               r"[\"']?\s*[:=]\s*[\"']?)[^\s'\",}&]+"),
    # user:password@ in any URL (icecast://source:pw@…, http://admin:pw@board/…)
    re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]+:)[^@\s/]+(@)"),
    re.compile(r"(?i)(authorization:\s*basic\s+)[^\s'\"]+"),
    re.compile(r"(?i)(['\"]authorization['\"]\s*:\s*['\"](?:bearer|basic)\s+)[^'\"]+"),
]


def scrub(text: str) -> str:
    """Remove anything that looks like a credential from a log line."""
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + "***" + (m.group(2) if m.lastindex == 2 else ""),
                           text)
    return text


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only (0600), never written through a link."""

    def _open(self):  # type: ignore[no-untyped-def]
        return open_private_append(Path(self.baseFilename), encoding=self.encoding or "utf-8")


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging(log_dir: Path | None, *, verbose: bool = False, to_stderr: bool = True) -> None:
    """Configure the root logger once: a rotating file in the data folder, warnings to stderr."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_commune_console", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = ScrubbingFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    if log_dir is not None:
        private_dir(log_dir.parent, may_be_link=True)  # the data folder
        private_dir(log_dir)
        file_handler = PrivateRotatingFileHandler(
            log_dir / "console.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(fmt)
        file_handler._commune_console = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    # A frozen windowed exe has no stderr at all; never write to a missing stream.
    if to_stderr and sys.stderr is not None:
        err = logging.StreamHandler(sys.stderr)
        err.setLevel(logging.DEBUG if verbose else logging.WARNING)
        err.setFormatter(ScrubbingFormatter("%(levelname)s %(name)s: %(message)s"))
        err._commune_console = True  # type: ignore[attr-defined]
        root.addHandler(err)
    # urllib3 is chatty at DEBUG and logs full URLs; keep it at INFO.
    logging.getLogger("urllib3").setLevel(logging.INFO)
