"""The plan's themes: a title, a period (a month, quarter, half-year, nine months or the
year), the tags that say which bulletins belong to it, and planned counts per channel."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import delete, select

from ...models import PlanTheme
from ...station import StationContext
from ...text.clean import clean_display_text, fold
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..reports.periods import Period, period_of
from ..reports.template import period_label
from ..translatable import QT_TRANSLATE_NOOP

NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "A theme needs a title.")
BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "Planned counts are whole numbers from 0 to 100000.")
NO_THEME = QT_TRANSLATE_NOOP("Errors", "There is no plan theme {id}.")
BAD_YEAR = QT_TRANSLATE_NOOP("Errors", "The plan's year must be between 2000 and 2100.")
BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "A plan's period is a month, a quarter, a half-year, "
                                         "nine months or the year ({reason}).")

CHANNELS = ("airings", "board_days", "zalo_articles", "team_activities")
MAX_COUNT = 100_000
KIND_ORDER = {"month": 0, "quarter": 1, "half_year": 2, "nine_months": 3, "year": 4}


_ROMAN_IN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_LABELS = (
    (re.compile(r"^(?:thang|t)\s*(\d{1,2})(?:\s*nam\s*\d{4})?$"), "month"),
    (re.compile(r"^(\d{1,2})$"), "month"),
    (re.compile(r"^(?:quy|q)\s*(iv|iii|ii|i|\d)(?:\s*nam\s*\d{4})?$"), "quarter"),
    (re.compile(r"^(?:6 thang (dau|cuoi)(?: nam)?(?: \d{4})?|h([12]))$"), "half_year"),
    (re.compile(r"^(?:9 thang(?: dau nam)?(?: nam)?(?: \d{4})?|9m)$"), "nine_months"),
    (re.compile(r"^(?:ca nam|nam|year|12 thang)(?: \d{4})?$"), "year"),
)


def parse_period_label(text: str, year: int) -> Period | None:
    """'Tháng 3', 'T3', '3', 'Quý II', 'Q2', '6 tháng đầu năm', 'H1', '9 tháng', 'Cả năm'."""
    value = " ".join(fold(clean_display_text(text)).replace(".", " ").replace(":", " ").split())
    for pattern, kind in _LABELS:
        match = pattern.match(value)
        if not match:
            continue
        try:
            if kind == "month":
                return period_of(kind, year, int(match.group(1)))
            if kind == "quarter":
                raw = match.group(1)
                return period_of(kind, year, _ROMAN_IN.get(raw) or int(raw))
            if kind == "half_year":
                first = match.group(1) == "dau" or match.group(2) == "1"
                return period_of(kind, year, 1 if first else 2)
            return period_of(kind, year)
        except ValueError:
            return None
    return None


def split_tags(text: str) -> list[str]:
    return [t for t in (clean_display_text(p)[:60] for p in re.split(r"[,;\n]", text or ""))
            if t][:20]


@dataclass(frozen=True)
class ThemeView:
    id: int
    year: int
    period: Period
    period_label: str
    title: str
    tags: list[str]
    planned: dict[str, int]
    note: str
    position: int

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "period": self.period.code,
                "period_label": self.period_label, "tags": self.tags, "planned": self.planned,
                "note": self.note}


@dataclass(frozen=True)
class ThemeChanges:
    year: int
    period_kind: str
    period_index: int | None
    title: str
    tags: list[str] = field(default_factory=list)
    planned: dict[str, int] = field(default_factory=dict)
    note: str = ""


def _view(row: PlanTheme) -> ThemeView:
    return ThemeView(row.id, row.year, period_of(row.period_kind, row.year, row.period_index),
                     period_label(row.period_kind, row.period_index), row.title,
                     list(row.tags or []), {c: int(getattr(row, f"planned_{c}")) for c in CHANNELS},
                     row.note or "", row.position)


def _order(view: ThemeView) -> tuple[object, ...]:
    """Months in order, then quarters, half-years, nine months and the year."""
    return (KIND_ORDER.get(view.period.kind, 9), view.period.start, view.position, view.id)


def list_themes(ctx: StationContext, year: int) -> list[ThemeView]:
    with ctx.db.read() as session:
        views = [_view(r) for r in session.scalars(select(PlanTheme).where(PlanTheme.year == year))]
    return sorted(views, key=_order)


def themes_within(ctx: StationContext, period: Period) -> list[ThemeView]:
    """Themes whose period lies inside `period` (the themes a report accounts for)."""
    years = range(period.start.year, period.end.year + 1)
    with ctx.db.read() as session:
        views = [_view(r) for r in session.scalars(
            select(PlanTheme).where(PlanTheme.year.in_(list(years))))]
    return sorted((v for v in views if period.start <= v.period.start
                   and v.period.end <= period.end), key=_order)


def themes_on(ctx: StationContext, day: object) -> list[ThemeView]:
    """Themes whose period includes the day: this month's first, then longer ones."""
    with ctx.db.read() as session:
        views = [_view(r) for r in session.scalars(
            select(PlanTheme).where(PlanTheme.year == day.year))]  # type: ignore[attr-defined]
    found = [v for v in views if v.period.start <= day <= v.period.end]  # type: ignore[operator]
    return sorted(found, key=lambda v: (KIND_ORDER.get(v.period.kind, 9), v.position, v.id))


def plan_years(ctx: StationContext) -> list[int]:
    with ctx.db.read() as session:
        return sorted(set(session.scalars(select(PlanTheme.year))))


def checked(changes: ThemeChanges) -> ThemeChanges:
    if not 2000 <= changes.year <= 2100:
        raise InvalidInput(BAD_YEAR)
    try:
        period_of(changes.period_kind, changes.year, changes.period_index)
    except ValueError as exc:
        raise InvalidInput(BAD_PERIOD, reason=str(exc)) from None
    title = clean_display_text(changes.title)[:300]
    if not title:
        raise InvalidInput(NEEDS_TITLE)
    planned = {}
    for channel in CHANNELS:
        value = changes.planned.get(channel, 0)
        try:
            number = int(value or 0)
        except (TypeError, ValueError):
            raise InvalidInput(BAD_COUNT) from None
        if not 0 <= number <= MAX_COUNT or (isinstance(value, float) and not value.is_integer()):
            raise InvalidInput(BAD_COUNT)
        planned[channel] = number
    tags = list(dict.fromkeys(t for t in (clean_display_text(t)[:60] for t in changes.tags) if t))
    return ThemeChanges(changes.year, changes.period_kind, changes.period_index, title,
                        tags[:20], planned, clean_display_text(changes.note)[:1000])


def _apply(row: PlanTheme, changes: ThemeChanges) -> None:
    row.year, row.period_kind = changes.year, changes.period_kind
    row.period_index, row.title, row.tags = changes.period_index, changes.title, changes.tags
    for channel in CHANNELS:
        setattr(row, f"planned_{channel}", changes.planned[channel])
    row.note = changes.note or None


def save_theme(ctx: StationContext, actor: Actor, changes: ThemeChanges,
               theme_id: int | None = None) -> int:
    actor.require(Permission.EDIT_PLAN)
    changes = checked(changes)
    with ctx.db.write() as session:
        if theme_id is None:
            position = len(list(session.scalars(select(PlanTheme.id).where(
                PlanTheme.year == changes.year))))
            row = PlanTheme(position=position)
            session.add(row)
        else:
            row = session.get(PlanTheme, theme_id)
            if row is None:
                raise NotFound(NO_THEME, id=theme_id)
        _apply(row, changes)
        session.flush()
        audit.record(session, actor, "plan.theme_save", f"theme:{row.id}", title=row.title,
                     year=row.year, new=theme_id is None)
        return row.id


def delete_theme(ctx: StationContext, actor: Actor, theme_id: int) -> None:
    actor.require(Permission.EDIT_PLAN)
    with ctx.db.write() as session:
        row = session.get(PlanTheme, theme_id)
        if row is None:
            raise NotFound(NO_THEME, id=theme_id)
        audit.record(session, actor, "plan.theme_delete", f"theme:{theme_id}", title=row.title,
                     year=row.year)
        session.execute(delete(PlanTheme).where(PlanTheme.id == theme_id))
