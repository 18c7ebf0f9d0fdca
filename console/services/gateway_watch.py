"""Noticing plays the console did not send, on clusters behind the vendor gateway protocol.

That protocol has no authentication (contracts/devices.md §2): anyone who reaches the
gateway on the commune network can make a cluster play any URL. The console cannot change
the vendor's protocol, but after every status poll it compares what each gateway cluster
does with what the console sent it:

- the protocol's status says whether a cluster plays (`AudioOutState`). A cluster that plays
  while nothing the console sent is due — no delivered programme entry around this time, no
  play-now, FM relay or emergency still running — plays something foreign;
- some gateways also report the URL being played (`NowPlaying`, outside the protocol's
  documented fields). When they do, a URL the console never handed to that cluster is
  foreign even in the middle of a scheduled programme.

A foreign play raises an alarm on the target (shown on the Devices page until someone
acknowledges it) and writes `device.unexpected_play` to the audit log, as the console.
One alarm per episode: it is updated while the play goes on, and it ends (or is cleared,
once acknowledged) when the cluster plays only what it was sent again.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.as_run import occurrence_starts, planned_length, scheduled_entries
from ..delivery.command_plays import (
    STARTS,
    STOPS,
    acknowledged_commands,
    command_plays,
    files_length,
)
from ..models import DeliveryJob, DeliveryTarget
from ..models.base import utcnow
from ..models.enums import JobState
from ..recurrence import REPEATING
from ..station import StationContext
from . import audit
from .permissions import SYSTEM, Actor, Permission

log = logging.getLogger(__name__)

ALARM = "unexpected_play"            # key in the target's options
GRACE = dt.timedelta(minutes=2)      # device clocks and the 30 s poll: no alarm at the edges
_SHA = re.compile(r"([0-9a-f]{64})")


@dataclass(frozen=True)
class UnexpectedPlay:
    target_id: str
    since: dt.datetime
    seen: dt.datetime
    playing: str            # what the gateway said it plays ("" when it does not say)
    reason: str
    ongoing: bool
    acknowledged: bool


@dataclass(frozen=True)
class GatewayState:
    """What a status poll learnt about one gateway cluster."""

    target_id: str
    playing: bool
    now_playing: str | None


def _scheduled_now(session: Session, target_id: str, now: dt.datetime) -> bool:
    """A delivered programme entry of this target is due around `now`."""
    for sched in scheduled_entries(session, target_id).values():
        if sched.get("repeat") == "command" or sched["_state"] != JobState.DELIVERED.value \
                or sched.get("_replaced") or not sched.get("start"):
            continue
        length = (dt.timedelta(seconds=planned_length(sched)) if sched.get("relay")
                  else files_length(sched.get("durations"), len(sched.get("media") or [])))
        if sched.get("repeat") in REPEATING:
            starts = occurrence_starts(sched, now - length - GRACE, now + GRACE)
        else:
            starts = [dt.datetime.fromisoformat(sched["start"])]
        if any(start - GRACE <= now <= start + length + GRACE for start in starts):
            return True
    return False


def _commanded_now(commands: list[tuple[dict[str, Any], dt.datetime]],
                   now: dt.datetime) -> bool:
    """A play-now, relay, FM relay or emergency this target acknowledged is still running
    (the last one: every later one ends it)."""
    turns = [command for command, _at in commands if command.get("type") in STARTS + STOPS]
    if not turns or turns[-1].get("type") in STOPS:
        return False
    last = command_plays(commands)[-1]
    return last.end is None or now <= last.end + GRACE  # None: until stopped


def _ours(playing: str, sent_media: set[str], sent_urls: set[str]) -> bool:
    """Whether a URL the gateway reports is one the console handed to this cluster."""
    if playing in sent_urls:
        return True
    found = _SHA.findall(playing)
    return bool(found) and found[-1] in sent_media


def _sent(session: Session, target: DeliveryTarget,
          ) -> tuple[list[tuple[dict[str, Any], dt.datetime]], set[str], set[str]]:
    """This target's acknowledged commands (oldest first), and every file and stream URL
    the console sent it."""
    commands = acknowledged_commands(session, target.id)
    media: set[str] = set((target.options or {}).get("held_media") or [])
    urls: set[str] = set()
    for command, _at in commands:
        media.update(command.get("media") or [])
        if command.get("stream_url"):
            urls.add(str(command["stream_url"]))
    for (payload,) in session.execute(
            select(DeliveryJob.payload).where(
                DeliveryJob.target_id == target.id, DeliveryJob.kind != "command",
                DeliveryJob.state == JobState.DELIVERED.value).order_by(DeliveryJob.id)):
        for entry in (payload or {}).get("entries", []):
            media.update(entry.get("media") or [])
            if entry.get("relay"):  # a relay's stream, played at its time
                urls.add(str(entry["relay"]["url"]))
    return commands, media, urls


def check_gateways(ctx: StationContext, states: list[GatewayState],
                   now: dt.datetime | None = None) -> list[UnexpectedPlay]:
    """Compare what gateway clusters play with what the console sent them; raise, keep or
    end their alarms. Returns the alarms raised by this call."""
    now = now or utcnow()
    raised: list[UnexpectedPlay] = []
    with ctx.db.write() as session:
        for state in states:
            target = session.get(DeliveryTarget, state.target_id)
            if target is None or target.protocol != "gateway":
                continue
            reason = _foreign(session, target, state, now)
            options = dict(target.options or {})
            alarm = options.get(ALARM)
            if reason is not None:
                if alarm is None:
                    alarm = {"since": now.isoformat(), "playing": state.now_playing or "",
                             "reason": reason, "acknowledged": False}
                    audit.record(session, SYSTEM, "device.unexpected_play", target.id,
                                 playing=state.now_playing or "", reason=reason,
                                 name=target.name)
                    log.warning("cluster %s plays something the console did not send (%s): "
                                "%s", target.id, reason, state.now_playing or "no URL given")
                    raised.append(_view(target.id, {**alarm, "seen": now.isoformat(),
                                                    "ongoing": True}))
                alarm = {**alarm, "seen": now.isoformat(), "ongoing": True,
                         "playing": state.now_playing or alarm.get("playing", "")}
                options[ALARM] = alarm
            elif alarm is not None:
                if alarm.get("acknowledged"):
                    options.pop(ALARM)
                else:
                    options[ALARM] = {**alarm, "ongoing": False}
            else:
                continue
            target.options = options
    return raised


def _foreign(session: Session, target: DeliveryTarget, state: GatewayState,
             now: dt.datetime) -> str | None:
    """Why what the cluster plays is not the console's, or None."""
    if not state.playing:
        return None
    commands, media, urls = _sent(session, target)
    playing = (state.now_playing or "").strip()
    if playing.lower().startswith(("http://", "https://", "rtsp://")) \
            and not _ours(playing, media, urls):
        return "it plays a URL the console never sent it"
    if _scheduled_now(session, target.id, now) or _commanded_now(commands, now):
        return None
    return "it plays while nothing the console sent is due"


def _view(target_id: str, alarm: dict[str, Any]) -> UnexpectedPlay:
    since = dt.datetime.fromisoformat(alarm["since"])
    return UnexpectedPlay(target_id, since, dt.datetime.fromisoformat(alarm.get("seen")
                                                                     or alarm["since"]),
                          str(alarm.get("playing") or ""), str(alarm.get("reason") or ""),
                          bool(alarm.get("ongoing")), bool(alarm.get("acknowledged")))


def alarm_of(options: dict[str, Any] | None) -> UnexpectedPlay | None:
    """The alarm kept in a target's options (None when there is none)."""
    alarm = (options or {}).get(ALARM)
    return None if not alarm else _view("", alarm)


def acknowledge(ctx: StationContext, actor: Actor, target_ids: list[str]) -> int:
    """Someone has seen the alarms of these targets; audited. Returns how many."""
    actor.require(Permission.OPERATE_DEVICES)
    done = 0
    with ctx.db.write() as session:
        for target in session.scalars(select(DeliveryTarget).where(
                DeliveryTarget.id.in_(target_ids))):
            options = dict(target.options or {})
            alarm = options.get(ALARM)
            if not alarm or alarm.get("acknowledged"):
                continue
            if alarm.get("ongoing"):
                options[ALARM] = {**alarm, "acknowledged": True}
            else:
                options.pop(ALARM)
            target.options = options
            audit.record(session, actor, "device.unexpected_play.acknowledged", target.id,
                         since=alarm.get("since"))
            done += 1
    return done


def after_poll(ctx: StationContext, states: list[Any]) -> list[UnexpectedPlay]:
    """Run the check on a status poll's answers (console.delivery.status.TargetState)."""
    gateways = [GatewayState(s.id, s.status == "playing", s.now_playing) for s in states
                if s.protocol == "gateway" and s.status in ("playing", "online")]
    return check_gateways(ctx, gateways) if gateways else []
