"""What the province asks to be aired: priority (ưu tiên) items and items carrying
`requested_airings` windows. The editor suggests them for the next programmes with the
airings they still need, the checks warn when the week's schedule leaves one short, and
the Today page lists what is still owed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...db import Database
from ...delivery.entry_sound import PLAYABLE_MIME, item_picture, item_speech_text, relay_url
from ...delivery.jobs import reaches_a_board
from ...models import ItemFile, Programme, ProgrammeEntry, SourceItem
from ...models.enums import EntryKind, ItemKind, Priority
from ...timezone import STATION_TZ, station_now
from .air_window import air_span, coming_airings, item_air_problem
from .common import on_the_air
from .schedule import occurrences

LOOK_AHEAD_DAYS = 7
RECENT_PRIORITY = dt.timedelta(days=3)  # a priority item asks for the next programmes
WINDOW_WITHOUT_END = dt.timedelta(days=1)


@dataclass(frozen=True)
class Window:
    start: dt.datetime
    end: dt.datetime

    def holds(self, moment: dt.datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class Owed:
    """An item the province asks to air, and how far the schedule gives it that."""

    item_id: str
    title: str
    priority: str
    requested: int            # airings asked for (windows; 1 for a priority item without)
    scheduled: int            # of those, how many an airing of a programme covers
    next_window: dt.datetime | None

    @property
    def needed(self) -> int:
        return max(0, self.requested - self.scheduled)


def _moment(value: object) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=STATION_TZ)


def windows_of(item: SourceItem, now: dt.datetime, until: dt.datetime) -> list[Window]:
    """The item's requested windows that end after now and start before `until`; a
    priority item without windows asks for one airing in the next days."""
    out = []
    for raw in item.requested_airings or []:
        start = _moment((raw or {}).get("start")) if isinstance(raw, dict) else None
        if start is None:
            continue
        end = _moment(raw.get("end")) or start + WINDOW_WITHOUT_END
        if end > now and start < until:
            out.append(Window(start, end))
    if not out and item.priority == Priority.PRIORITY.value:
        received = item.received_at
        if received is not None and received.tzinfo is None:
            received = received.replace(tzinfo=dt.UTC)
        if received is None or now - received <= RECENT_PRIORITY:
            out.append(Window(now, until))
    return sorted(out, key=lambda w: w.start)


def _airings_by_item(session: Session, item_ids: Iterable[str], since: dt.datetime,
                     days: int) -> dict[str, list[dt.datetime]]:
    ids = list(item_ids)
    if not ids:
        return {}
    found: dict[str, list[dt.datetime]] = {}
    programmes = session.scalars(
        select(Programme).join(ProgrammeEntry, ProgrammeEntry.programme_id == Programme.id)
        .where(ProgrammeEntry.item_id.in_(ids), on_the_air()).distinct())
    for programme in programmes:
        starts = occurrences(programme, since, days)
        for entry in programme.entries:
            if entry.item_id in ids:
                found.setdefault(entry.item_id, []).extend(starts)
    return found


def owed_airings(db: Database, *, now: dt.datetime | None = None,
                 days: int = LOOK_AHEAD_DAYS, item_ids: Iterable[str] | None = None
                 ) -> list[Owed]:
    """Items asked for in the next `days`: requested, scheduled and still needed airings.
    Emergencies are left out: they go on air by themselves."""
    now = (now or station_now()).astimezone(STATION_TZ)
    until = now + dt.timedelta(days=days)
    with db.read() as session:
        query = select(SourceItem).where(
            SourceItem.withdrawn.is_(False), SourceItem.priority != Priority.EMERGENCY.value,
            or_(SourceItem.valid_until.is_(None), SourceItem.valid_until > now),
            or_(SourceItem.priority == Priority.PRIORITY.value,
                func.json_array_length(SourceItem.requested_airings) > 0))
        if item_ids is not None:
            query = query.where(SourceItem.id.in_(list(item_ids)))
        items = [(i, windows_of(i, now, until)) for i in session.scalars(query)]
        items = [(i, w) for i, w in items if w]
        airings = _airings_by_item(session, (i.id for i, _ in items), now - dt.timedelta(
            days=1), days + 2)
        out = []
        for item, windows in items:
            mine = airings.get(item.id, [])
            covered = sum(1 for w in windows if any(w.holds(a) for a in mine))
            future = [w.start for w in windows if w.end > now]
            out.append(Owed(item.id, item.title, item.priority, len(windows), covered,
                            min(future) if future else None))
    out.sort(key=lambda o: (o.needed == 0, o.priority != Priority.PRIORITY.value,
                            o.next_window or until, o.title))
    return out


def still_owed(db: Database, *, now: dt.datetime | None = None) -> list[Owed]:
    """Only the items that still need airings (the Today page's list)."""
    return [o for o in owed_airings(db, now=now) if o.needed]


@dataclass(frozen=True)
class ProgrammeOffer:
    """What the programme editor offers to add to a programme, and what it leaves out."""

    items: list[Owed]        # may air in it, at a time the province asked for
    elsewhen: list[Owed]     # owed, but the programme airs outside every time asked for


def owed_for_a_programme(db: Database, programme_id: int | None = None, *,
                         now: dt.datetime | None = None) -> ProgrammeOffer:
    """What the programme editor offers to add to a programme: still owed, with a sound a
    loudspeaker can play (a file, or a text to read), or a picture when the programme goes
    to a bulletin board, and valid over the airings the programme's checks look at (an item
    the province allows only from tomorrow would stop a programme airing this morning).

    A programme with airings coming is offered only the items it airs within one of their
    requested times: one asked for by this noon does not count as aired in the evening
    programme (the rest are `elsewhen`). One with no airing yet is offered them all."""
    now = (now or station_now()).astimezone(STATION_TZ)
    owed = still_owed(db, now=now)
    if not owed:
        return ProgrammeOffer([], [])
    ids = [o.item_id for o in owed]
    starts: list[dt.datetime] = []
    with db.read() as session:
        playable = or_(*(ItemFile.mime.startswith(prefix) for prefix in PLAYABLE_MIME))
        heard = set(session.scalars(
            select(ItemFile.item_id).where(ItemFile.item_id.in_(ids), ItemFile.role == "main",
                                           playable)))
        items = {i.id: i for i in session.scalars(select(SourceItem).where(
            SourceItem.id.in_(ids)))}
        span = None
        programme = session.get(Programme, programme_id) if programme_id is not None else None
        if programme is not None:
            if any(relay_url(session, e) is not None for e in programme.entries):
                return ProgrammeOffer([], [])  # a relay goes alone (checks.py)
            starts = coming_airings(programme)
            span = air_span(programme, starts)
            if reaches_a_board(session, programme):
                heard.update(i for i in ids if item_picture(session, i) is not None)
    heard.update(i for i, item in items.items()
                 if item.kind == ItemKind.TEXT.value and item_speech_text(item))
    if span is not None:
        heard = {i for i in heard if item_air_problem(items[i], *span) is None}
    until = now + dt.timedelta(days=LOOK_AHEAD_DAYS)
    elsewhen = set() if not starts else {
        i for i in heard
        if not any(w.holds(start) for w in windows_of(items[i], now, until) for start in starts)}
    return ProgrammeOffer([o for o in owed if o.item_id in heard - elsewhen],
                          [o for o in owed if o.item_id in elsewhen])


def short_in_programme(session: Session, programme: Programme,
                       now: dt.datetime | None = None) -> list[tuple[SourceItem, int, int]]:
    """Items of this programme whose requested windows this week's schedule leaves short:
    (item, requested, covered)."""
    now = (now or station_now()).astimezone(STATION_TZ)
    until = now + dt.timedelta(days=LOOK_AHEAD_DAYS)
    ids = {e.item_id for e in programme.entries if e.kind == EntryKind.ITEM and e.item_id}
    out = []
    airings = _airings_by_item(session, ids, now - dt.timedelta(days=1), LOOK_AHEAD_DAYS + 2)
    for item_id in sorted(ids):
        item = session.get(SourceItem, item_id)
        if item is None or not item.requested_airings:
            continue
        windows = windows_of(item, now, until)
        covered = sum(1 for w in windows if any(w.holds(a) for a in airings.get(item_id, [])))
        if windows and covered < len(windows):
            out.append((item, len(windows), covered))
    return out
