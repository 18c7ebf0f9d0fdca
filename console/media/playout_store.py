"""Where a local playout target keeps what it was sent: its schedule, its commands, and
the player's own state (a heartbeat and a log of what it played).

It is the mailbox between the local delivery adapter (console.delivery.adapters.local)
and the player (console.playout), which do not import each other. Files in the data
folder (`playout/<target id>/`), each written whole and renamed into
place, so a reader never sees half a file and two processes (the command line pushing,
the window playing) never corrupt each other. Only the delivery adapter writes the
schedule and the commands; only the player writes its state and its log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import time
from pathlib import Path
from typing import Any

from ..timezone import STATION_TZ

log = logging.getLogger(__name__)

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def playout_root(data_root: Path) -> Path:
    return data_root / "playout"


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    part.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str),
                    encoding="utf-8")
    os.replace(part, path)


def _read_json(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, ValueError) as exc:  # a damaged file must not stop the player
        log.warning("cannot read %s: %s", path, exc)
        return default


def _now_text() -> str:
    return dt.datetime.now(STATION_TZ).isoformat(timespec="seconds")


class PlayoutStore:
    """The files of one local target."""

    def __init__(self, data_root: Path, target_id: str) -> None:
        self.target_id = target_id
        self.folder = playout_root(data_root) / SAFE_NAME.sub("_", target_id)

    @property
    def schedule_file(self) -> Path:
        return self.folder / "schedule.json"

    @property
    def commands_dir(self) -> Path:
        return self.folder / "commands"

    @property
    def done_dir(self) -> Path:
        return self.folder / "commands" / "done"

    @property
    def state_file(self) -> Path:
        return self.folder / "player.json"

    @property
    def log_file(self) -> Path:
        return self.folder / "played.jsonl"

    @property
    def gap_file(self) -> Path:
        return self.folder / "last-gap.json"

    # -- the schedule (written by the adapter) -------------------------------------------
    def load_schedule(self) -> dict[str, Any]:
        data = _read_json(self.schedule_file, None)
        if not isinstance(data, dict):
            return {"version": 0, "entries": [], "received": {}}
        data.setdefault("received", {})
        return data

    def save_schedule(self, schedule: dict[str, Any]) -> int:
        """Keep a newer schedule; the same or an older version changes nothing.

        Each entry remembers when it first arrived: a play due before the console knew
        of it cannot have been missed by the console.
        """
        current = self.load_schedule()
        version = int(schedule.get("version") or 0)
        if self.schedule_file.is_file() and version <= int(current.get("version") or 0):
            return int(current.get("version") or 0)
        known = dict(current.get("received") or {})
        now = _now_text()
        received = {str(e.get("id")): known.get(str(e.get("id")), now)
                    for e in schedule.get("entries", [])}
        _write_json(self.schedule_file, {**schedule, "version": version,
                                         "received": received, "saved_at": now})
        log.info("local playout %s holds schedule version %d (%d entries)", self.target_id,
                 version, len(received))
        return version

    def schedule_stamp(self) -> float | None:
        """Changes whenever the schedule file is replaced (the player re-reads then)."""
        try:
            return self.schedule_file.stat().st_mtime_ns
        except OSError:
            return None

    # -- commands (written by the adapter, taken by the player) ---------------------------
    def _command_name(self, ident: str) -> str:
        return SAFE_NAME.sub("_", ident)[:120] + ".json"

    def add_command(self, command: dict[str, Any]) -> bool:
        """Queue a command once: False when this id was already queued or carried out."""
        ident = str(command.get("id") or f"cmd-{time.time_ns()}")
        name = self._command_name(ident)
        if (self.commands_dir / name).is_file() or (self.done_dir / name).is_file():
            return False
        _write_json(self.commands_dir / name,
                    {**command, "id": ident, "queued_ns": time.time_ns()})
        return True

    def pending_commands(self) -> list[dict[str, Any]]:
        """Commands not yet carried out, oldest first."""
        if not self.commands_dir.is_dir():
            return []
        found = []
        for path in self.commands_dir.glob("*.json"):
            data = _read_json(path, None)
            if isinstance(data, dict):
                found.append(data)
        return sorted(found, key=lambda c: int(c.get("queued_ns") or 0))

    def command_done(self, ident: str) -> None:
        name = self._command_name(ident)
        self.done_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):  # already moved: nothing to do
            os.replace(self.commands_dir / name, self.done_dir / name)

    # -- the player's side ----------------------------------------------------------------
    def write_state(self, state: dict[str, Any]) -> None:
        _write_json(self.state_file, {**state, "updated_at": time.time()})

    def read_state(self) -> dict[str, Any]:
        data = _read_json(self.state_file, {})
        return data if isinstance(data, dict) else {}

    def write_gap(self, gap: dict[str, Any]) -> None:
        """What happened while the player was not running (a power cut, the PC off)."""
        _write_json(self.gap_file, gap)

    def read_gap(self) -> dict[str, Any]:
        data = _read_json(self.gap_file, {})
        return data if isinstance(data, dict) else {}

    def append_log(self, record: dict[str, Any]) -> None:
        """One line per file played (or not), with the plain reason when it failed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

    def read_log(self) -> list[dict[str, Any]]:
        try:
            lines = self.log_file.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out
