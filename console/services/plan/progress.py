"""Each theme of the plan with what was done for it (reports.plan_actual counts the rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...station import StationContext
from ...timezone import STATION_TZ
from ..reports.periods import custom_period
from ..reports.plan_actual import ThemeActual, theme_actuals, windows
from .themes import ThemeView, list_themes, themes_on


@dataclass(frozen=True)
class ThemeProgress:
    theme: ThemeView
    actual: ThemeActual

    def to_json(self) -> dict[str, object]:
        counts = self.actual.counts()
        return {**self.theme.to_json(), "actual": {
            "airings": counts["airings"], "board_days": counts["board_days"],
            "zalo_articles": counts["zalo_articles"], "zalo_views": counts["zalo_views"],
            "zalo_views_read": (self.actual.views_read.isoformat()
                                if self.actual.views_read else None),
            "team_activities": counts["team_activities"],
            "people_reached": counts["people_reached"], "trainings": counts["trainings"]}}


def _progress(ctx: StationContext, themes: list[ThemeView],
              until: dt.date | None = None) -> list[ThemeProgress]:
    within = None
    if until is not None and themes:
        within = custom_period(min(t.period.start for t in themes), until)
    actuals = theme_actuals(ctx, windows(((t.id, t.tags, t.period) for t in themes), within))
    return [ThemeProgress(t, actuals.get(t.id, ThemeActual(t.id))) for t in themes]


def plan_status(ctx: StationContext, year: int) -> list[ThemeProgress]:
    """The year's themes with their actual counts (so far, for periods not over yet)."""
    return _progress(ctx, list_themes(ctx, year))


def progress_on(ctx: StationContext, day: dt.date | None = None) -> list[ThemeProgress]:
    """Themes whose period includes the day (this month's first), done up to that day."""
    day = day or dt.datetime.now(STATION_TZ).date()
    return _progress(ctx, themes_on(ctx, day), until=day)
