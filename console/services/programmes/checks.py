"""Checks before submission and before air, each with a plain reason and a fix.

Each problem carries a code and its parameters (times as station-time datetimes), so the
console can say it in the operator's language; `reason` and `fix` are the English text the
CLI prints.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...delivery.entry_sound import relay_url
from ...delivery.jobs import reaches_a_board, relay_targets, resolve_targets
from ...media.store import MediaStore
from ...models import DeliveryTarget, Programme, SourceItem
from ...models.enums import EntryKind, Priority, ProgrammeStatus
from ...settings import DAILY_LIMIT_MIN, QUIET_END, QUIET_START, SESSION_LIMIT_MIN
from ...timezone import STATION_TZ
from .air_window import from_today, not_over
from .common import fmt_duration, hhmm, load, on_the_air
from .daily_limit import over_daily_limit
from .schedule import occurrences
from .sources import ready_path, resolve, speech_cache, speech_options
from .targets import target_ids
from .timing import timeline, total_seconds

if TYPE_CHECKING:
    from ...station import StationContext

log = logging.getLogger(__name__)

ALL = "*"  # "every target of the commune"


@dataclass(frozen=True)
class Problem:
    code: str
    reason: str
    fix: str
    blocking: bool = True
    entry_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class CheckReport:
    programme_id: int
    status: str
    total_s: float
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def ok(self) -> bool:
        return not self.blocking

    def codes(self) -> set[str]:
        return {p.code for p in self.problems}


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(STATION_TZ).strftime("%Y-%m-%d %H:%M")


def target_set(session: Session, programme: Programme) -> set[str]:
    return {ALL} if programme.all_targets else target_ids(session, programme)


def target_names(session: Session, ids: set[str]) -> str:
    if ALL in ids:
        return "all clusters"
    rows = session.scalars(select(DeliveryTarget.name).where(DeliveryTarget.id.in_(ids)))
    return ", ".join(sorted(rows)) or ", ".join(sorted(ids))


def quiet_window(ctx: StationContext) -> tuple[dt.time, dt.time]:
    """The allowed window (first start, last end) of non-emergency sound, station time."""
    return hhmm(ctx.settings.get(QUIET_START)), hhmm(ctx.settings.get(QUIET_END))


def in_quiet_hours(start: dt.datetime, length_s: float,
                   window: tuple[dt.time, dt.time]) -> bool:
    """Whether sound from `start` for `length_s` falls outside the allowed window: the one
    rule for programmes and for live commands."""
    first, last = window
    local = start.astimezone(STATION_TZ)
    end = local + dt.timedelta(seconds=length_s)
    latest = dt.datetime.combine(local.date(), last, STATION_TZ)
    return local.time() < first or end > latest


def _quiet(programme: Programme, starts: list[dt.datetime], total: float,
           window: tuple[dt.time, dt.time]) -> list[Problem]:
    if programme.priority == Priority.EMERGENCY:
        return []  # emergencies are never held back by quiet hours
    first, last = window
    for start in starts:
        local = start.astimezone(STATION_TZ)
        end = local + dt.timedelta(seconds=total)
        if in_quiet_hours(start, total, window):
            reason = (f"quiet hours: it would play {_when(local)}-{end.strftime('%H:%M')}, "
                      f"outside the allowed {first:%H:%M}-{last:%H:%M}")
            params: dict[str, Any] = {"start": local, "end": end, "first": first,
                                      "last": last}
            if programme.quiet_override_reason:
                return [Problem("quiet_hours", f"{reason} (allowed by "
                                f"{programme.quiet_override_by}: "
                                f"{programme.quiet_override_reason})", "", blocking=False,
                                params={**params, "by": programme.quiet_override_by,
                                        "why": programme.quiet_override_reason})]
            return [Problem("quiet_hours", reason,
                            f"move it between {first:%H:%M} and {last:%H:%M}, or have a leader "
                            "override the quiet hours with a written reason", params=params)]
    return []


def _items(session: Session, programme: Programme, starts: list[dt.datetime]) -> list[Problem]:
    problems: list[Problem] = []
    slots = {s.entry_id: s for s in timeline(programme)[0]}
    for entry in sorted(programme.entries, key=lambda e: e.position):
        if entry.kind != EntryKind.ITEM or not entry.item_id:
            continue
        item = session.get(SourceItem, entry.item_id)
        label = f"entry {entry.position + 1} \u201c{entry.title}\u201d"
        which = {"entry": entry.position + 1, "title": entry.title or ""}
        if item is None:
            continue  # reported as missing audio
        if item.withdrawn:
            problems.append(Problem("withdrawn", f"{label} was withdrawn by the province",
                                    "remove it from the programme", entry_id=entry.id,
                                    params=which))
            continue
        slot = slots[entry.id]
        for start in starts[:1] + starts[-1:]:
            begins = start + dt.timedelta(seconds=slot.offset_s)
            ends = begins + dt.timedelta(seconds=slot.length_s or 0)
            if item.valid_until is not None and ends > item.valid_until:
                problems.append(Problem(
                    "expired", f"{label} is valid only until {_when(item.valid_until)} but "
                    f"would play on {_when(begins)}",
                    "remove it, or end the schedule before it expires", entry_id=entry.id,
                    params={**which, "until": item.valid_until.astimezone(STATION_TZ),
                            "when": begins.astimezone(STATION_TZ)}))
                break
            if item.valid_from is not None and begins < item.valid_from:
                problems.append(Problem(
                    "not_yet_valid", f"{label} may be broadcast only from "
                    f"{_when(item.valid_from)} but would play on {_when(begins)}",
                    "remove it or move the programme later", entry_id=entry.id,
                    params={**which, "since": item.valid_from.astimezone(STATION_TZ),
                            "when": begins.astimezone(STATION_TZ)}))
                break
        if item.local:
            problems.append(Problem("local_content", f"{label} was made in the commune",
                                    "a leader must approve the programme before air",
                                    blocking=False, entry_id=entry.id, params=which))
        elif not item.reviewed:
            problems.append(Problem("not_reviewed", f"{label} was not reviewed by the "
                                    "province's editorial board", "listen to it before "
                                    "approving", blocking=False, entry_id=entry.id,
                                    params=which))
    return problems


def _requested(session: Session, programme: Programme) -> list[Problem]:
    """The week's schedule leaves an item the province asked to air short of its airings."""
    from .requests import short_in_programme

    return [Problem("airings_short", f"\u201c{item.title}\u201d is asked for {asked} airing(s) "
                    f"this week; the schedule gives it {covered}",
                    "add it to more programmes, or schedule this one more often",
                    blocking=False, params={"title": item.title, "asked": asked,
                                            "covered": covered})
            for item, asked, covered in short_in_programme(session, programme)]


def _media(session: Session, programme: Programme, ctx: StationContext) -> list[Problem]:
    problems: list[Problem] = []
    cache = speech_cache(ctx.paths, ctx.settings)
    store = MediaStore(ctx.paths.media)
    boards: bool | None = None  # whether the programme reaches a board (asked once)
    for entry in sorted(programme.entries, key=lambda e: e.position):
        label = f"entry {entry.position + 1} \u201c{entry.title}\u201d"
        which = {"entry": entry.position + 1, "title": entry.title or ""}
        source = resolve(session, entry, ctx.paths)
        if source.picture is not None:  # shown on the boards only
            if boards is None:
                boards = reaches_a_board(session, programme)
            if not boards:
                problems.append(Problem(
                    "picture_no_board", f"{label} is a picture and the programme goes to no "
                    "bulletin board", "send the programme to a board too, or remove the "
                    "picture", entry_id=entry.id, params=which))
            elif ready_path(session, store, source.picture) is None:
                problems.append(Problem("not_cached", f"{label}: its picture has not been "
                                        "downloaded yet", "sync the media, or remove the entry",
                                        entry_id=entry.id,
                                        params={**which, "missing": "picture_not_downloaded",
                                                "kind": "image"}))
            continue
        if source.missing:
            problems.append(Problem("not_cached", f"{label}: {source.missing}",
                                    "sync the media, or remove the entry", entry_id=entry.id,
                                    params={**which, "missing": source.missing_code,
                                            "kind": source.missing_detail}))
        elif source.text is not None \
                and cache.engine_for(speech_options(entry)[2]) is None \
                and cache.cached(source.text, *speech_options(entry)) is None:
            problems.append(Problem("no_speech", f"{label} is text and no speech engine is "
                                    "installed", "reinstall the console (it brings its own "
                                    "voice); the text can still go to the boards",
                                    entry_id=entry.id,
                                    params=which))
    return problems


def _relay(session: Session, programme: Programme) -> list[Problem]:
    """A relay (tiếp sóng) goes in a programme of its own (the devices play the stream, not
    a file), to loudspeakers whose schedule can hold a stream."""
    entries = sorted(programme.entries, key=lambda e: e.position)
    relays = [e for e in entries if relay_url(session, e) is not None]
    if not relays:
        return []
    problems = []
    if len(entries) > 1:
        first = relays[0]
        which = {"entry": first.position + 1, "title": first.title or ""}
        problems.append(Problem(
            "relay_not_alone", f"entry {first.position + 1} \u201c{first.title}\u201d is a "
            "relay, and a relay goes in a programme of its own", "move the other entries "
            "to another programme", entry_id=first.id, params=which))
    for entry in relays:
        if not entry.duration_s:  # a relay item the province sent without one
            problems.append(Problem(
                "relay_no_length", f"entry {entry.position + 1} \u201c{entry.title}\u201d is a "
                "relay without a length", "remove it and add the relay with its minutes "
                "(Relay…)", entry_id=entry.id,
                params={"entry": entry.position + 1, "title": entry.title or ""}))
    able, unable = relay_targets(session, resolve_targets(session, programme))
    if not able:
        problems.append(Problem(
            "relay_no_target", "none of its loudspeakers can relay a stream at a set time",
            "send it to clusters behind a vendor gateway or to this computer's speakers, "
            "which can"))
    elif unable:
        names = target_names(session, set(unable))
        problems.append(Problem(
            "relay_skips", f"{names} cannot relay a stream at a set time and will not get it",
            "", blocking=False, params={"targets": names}))
    return problems


def _conflicts(session: Session, programme: Programme, starts: list[dt.datetime],
               total: float) -> list[Problem]:
    mine = target_set(session, programme)
    spans = [(s, s + dt.timedelta(seconds=total)) for s in starts]
    others = session.scalars(select(Programme).where(Programme.id != programme.id,
                                                     on_the_air()))
    problems: list[Problem] = []
    for other in others:
        theirs = target_set(session, other)
        shared = mine | theirs if ALL in mine or ALL in theirs else mine & theirs
        if not shared:
            continue
        length = total_seconds(other)
        since = min((s for s, _ in spans), default=None)
        for o_start in occurrences(other, since):
            o_end = o_start + dt.timedelta(seconds=length)
            if any(s < o_end and o_start < e for s, e in spans):
                problems.append(Problem(
                    "conflict", f"it overlaps \u201c{other.name}\u201d (programme {other.id}, "
                    f"{_when(o_start)}-{o_end.astimezone(STATION_TZ):%H:%M}) on "
                    f"{target_names(session, shared)}",
                    "move one of them, or send them to different clusters",
                    params={"other": other.name, "other_id": other.id,
                            "start": o_start.astimezone(STATION_TZ),
                            "end": o_end.astimezone(STATION_TZ),
                            "targets": "" if ALL in shared else target_names(session, shared)}))
                break
    return problems


def _daily(session: Session, programme: Programme, starts: list[dt.datetime], total: float,
           limit_s: float) -> list[Problem]:
    over = over_daily_limit(session, programme, starts, total, limit_s)
    if over is None:
        return []
    day, day_s = over
    return [Problem("daily_limit", f"on {day:%Y-%m-%d} the station would broadcast "
                    f"{fmt_duration(day_s)}, more than its daily limit of "
                    f"{fmt_duration(limit_s)}",
                    "shorten it, move it to another day, or drop another programme that day",
                    params={"day": day, "total": day_s, "limit": limit_s})]


def check_programme(ctx: StationContext, programme_id: int, *,
                    for_air: bool = False) -> CheckReport:
    """Everything that stands between this programme and the air.

    `for_air` adds the approval itself: only an approved programme may go on air.
    """
    window = quiet_window(ctx)
    limit_s = float(ctx.settings.get(SESSION_LIMIT_MIN)) * 60
    daily_s = float(ctx.settings.get(DAILY_LIMIT_MIN)) * 60
    with ctx.db.read() as session:
        programme = load(session, programme_id)
        total = total_seconds(programme)
        report = CheckReport(programme.id, programme.status, total)
        add = report.problems.extend
        if not programme.entries:
            add([Problem("empty", "the programme has nothing in it", "add items to it")])
        every = occurrences(programme)
        starts = not_over(programme, every, total)
        if not starts:
            add([Problem("no_start", "the programme has no start time",
                         "give it a date and time or a schedule")])
        add(_quiet(programme, starts, total, window))
        if total > limit_s:
            add([Problem("session_limit", f"it lasts {fmt_duration(total)}, longer than the "
                         f"station's limit of {fmt_duration(limit_s)}",
                         "remove or trim entries, or split it into two programmes",
                         params={"length": total, "limit": limit_s})])
        if programme.slot_limit_s and total > programme.slot_limit_s:
            add([Problem("slot_overrun", f"it lasts {fmt_duration(total)}, "
                         f"{fmt_duration(total - programme.slot_limit_s)} more than its slot",
                         "remove or trim entries", blocking=False,
                         params={"length": total,
                                 "over": total - programme.slot_limit_s})])
        add(_items(session, programme, starts))
        add(_requested(session, programme))
        add(_media(session, programme, ctx))
        add(_relay(session, programme))
        if starts:
            add(_conflicts(session, programme, starts, total))
            add(_daily(session, programme, from_today(programme, every), total, daily_s))
        if for_air and programme.status not in (ProgrammeStatus.APPROVED,
                                                ProgrammeStatus.SCHEDULED):
            add([Problem("not_approved", f"it is not approved (it is {programme.status})",
                         "a leader must approve it", params={"status": programme.status})])
    log.debug("programme %s checked: %s", programme_id, sorted(report.codes()))
    return report
