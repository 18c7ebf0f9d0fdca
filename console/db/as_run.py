"""The as-run record: what was played where, as rows of the broadcast log.

Device play logs (console.delivery.proof) and this computer's own playout
(console.playout) both write it. A row's id is derived from the target, the schedule
entry, the file and the scheduled start, so collecting or logging twice stores once, and a
play and a miss of the same airing can never both be stored.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AsRunEntry, DeliveryJob, DeliveryTarget
from ..models.enums import JobState
from ..recurrence import REPEATING, rule_of_entry

NAMESPACE = uuid.UUID("5b0e1c1e-7a0c-4c55-9b43-6f1d2a7e0c11")
GRACE = dt.timedelta(seconds=30)
RECURRING_LOOK_BACK = dt.timedelta(days=8)  # a weekly entry's previous play is in reach


@dataclass
class PlayRecord:
    """One line of a play log: an entry's file, when it played, how it went."""

    entry_id: str
    sha256: str | None
    started_at: dt.datetime
    ended_at: dt.datetime | None
    result: str  # PlayResult value


def entry_id(programme_id: int, version: int, replay: int = 0) -> str:
    """The schedule entry id on the device; the programme is read back from it."""
    return f"prog-{programme_id}-v{version}-r{replay}"


def parse_entry_id(value: str) -> tuple[int, int] | None:
    parts = value.split("-")
    if len(parts) >= 3 and parts[0] == "prog" and parts[1].isdigit() and parts[2][1:].isdigit():
        return int(parts[1]), int(parts[2][1:])
    return None


def as_run_id(target_id: str, entry_id: str, sha: str | None, started: dt.datetime) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{target_id}|{entry_id}|{sha}|{started.isoformat()}"))


def scheduled_entries(session: Session, target_id: str) -> dict[str, dict[str, Any]]:
    """entry id → the scheduled entry as pushed (for titles, items and requested length).

    Entries of a programme version replaced by a newer delivered one are marked
    `_replaced`: the device no longer holds them, so they cannot be missed.
    """
    out: dict[str, dict[str, Any]] = {}
    newest: dict[int, int] = {}
    rows = session.execute(
        select(DeliveryJob.payload, DeliveryJob.lane, DeliveryJob.state, DeliveryJob.kind,
               DeliveryJob.programme_id, DeliveryJob.programme_version, DeliveryJob.updated_at)
        .where(DeliveryJob.target_id == target_id).order_by(DeliveryJob.id)).all()
    taken_off: dict[int, int] = {}  # programme -> the version from which this target has none
    for payload, lane, state, kind, pid, version, updated in rows:
        payload = payload or {}
        if kind == "schedule" and state == JobState.DELIVERED.value and pid is not None \
                and payload.get("version") is not None:
            taken_off[pid] = max(taken_off.get(pid, 0), int(payload["version"]))
            continue
        if kind == "command":  # emergencies, play-now, FM relays: the command id is the entry id
            cmd = payload.get("command") or {}
            if cmd.get("type") in ("emergency_start", "play_now", "fm_relay"):
                out[str(cmd.get("id"))] = {
                    "id": cmd.get("id"), "media": cmd.get("media") or [],
                    "titles": [cmd.get("title")] * len(cmd.get("media") or []),
                    "items": [cmd.get("item_id")] * len(cmd.get("media") or []),
                    "durations": cmd.get("durations") or [], "title": cmd.get("title"),
                    "loudness": cmd.get("loudness") or [],
                    "true_peaks": cmd.get("true_peaks") or [],
                    "repeat": "command", "_priority": "emergency" if lane == "emergency"
                    else "normal", "_lane": lane, "_programme": None, "_state": state}
                if cmd.get("stream_url") or cmd.get("type") == "fm_relay":
                    # a relay played now, or an FM station relayed: its as-run says so
                    durations = cmd.get("durations") or [0.0]
                    out[str(cmd.get("id"))]["relay"] = {
                        "url": cmd.get("stream_url"), "duration_s": float(durations[0] or 0.0),
                        "title": cmd.get("title"), "item": cmd.get("item_id")}
            continue
        if state == JobState.DELIVERED.value and pid is not None:
            newest[pid] = max(newest.get(pid, 0), version)
        for entry in payload.get("entries", []):
            out[entry["id"]] = {**entry, "_priority": payload.get("priority", "normal"),
                                "_lane": lane, "_programme": pid, "_version": version,
                                "_state": state, "_delivered_at": updated}
    for entry in out.values():
        pid = entry.get("_programme")
        entry["_replaced"] = pid is not None and entry.get("_version", 0) < max(
            newest.get(pid, 0), taken_off.get(pid, 0))
    return out


def as_run_row(target: DeliveryTarget, rec: PlayRecord, sched: dict[str, Any] | None,
               source: str) -> AsRunEntry:
    media = list((sched or {}).get("media") or [])
    index = media.index(rec.sha256) if rec.sha256 in media else None
    def pick(key: str) -> Any:
        values = (sched or {}).get(key) or []
        return values[index] if index is not None and index < len(values) else None
    played = ((rec.ended_at - rec.started_at).total_seconds() if rec.ended_at else 0.0)
    parsed = parse_entry_id(rec.entry_id)
    scheduled = scheduled_start(sched, rec.started_at)
    # A relay (tiếp sóng) has no file: its stream's item, name and length.
    relay = (sched or {}).get("relay") if rec.sha256 is None else None
    item = relay.get("item") if relay else pick("items")
    title = relay.get("title") if relay else pick("titles")
    return AsRunEntry(
        id=as_run_id(target.id, rec.entry_id, rec.sha256, rec.started_at),
        item_id=item, programme_id=parsed[0] if parsed else None,
        title=title or (sched or {}).get("title") or rec.entry_id or "(không rõ)",
        target_id=target.id, target_kind=target.kind,
        scheduled_at=scheduled,
        started_at=rec.started_at, ended_at=rec.ended_at, played_s=max(0.0, played),
        requested_s=relay.get("duration_s") if relay else pick("durations"),
        result=rec.result, priority=(sched or {}).get("_priority") or "normal",
        content_origin="relay" if relay else "source" if item else "own", source=source,
        loudness_lufs=pick("loudness"), true_peak_dbtp=pick("true_peaks"))


def planned_length(sched: dict[str, Any]) -> float:
    """Seconds a scheduled entry plays: its files, or its relay (60 when it says nothing)."""
    relay = sched.get("relay")
    if relay:
        return float(relay.get("duration_s") or 0) or 60.0
    return sum(float(d or 0) for d in sched.get("durations") or []) or 60.0


def scheduled_start(sched: dict[str, Any] | None, started: dt.datetime) -> dt.datetime | None:
    """The scheduled start a play belongs to: a daily or weekly entry's play of that day,
    not the entry's first day."""
    if not sched or not sched.get("start"):
        return None
    start = dt.datetime.fromisoformat(sched["start"])
    if sched.get("repeat") not in REPEATING:
        return start
    days = occurrence_starts(sched, started - RECURRING_LOOK_BACK, started + GRACE)
    return days[-1] if days else start


def occurrence_starts(sched: dict[str, Any], since: dt.datetime,
                       until: dt.datetime) -> list[dt.datetime]:
    rule = rule_of_entry(sched)
    return rule.starts(since, until) if rule is not None else []
