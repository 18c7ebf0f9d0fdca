"""The report's sections beyond the indicators: the plan against what was done, the Zalo OA
and the propagandist team, computed from the station's own records when the report is built
and frozen with it (Report.sections), every number with the ids of its rows.

    plan        each theme within the period: planned and actual per channel (plan_actual)
    evaluation  per channel: planned, actual, share done and a verdict
    zalo        followers at the start and the end (with the day each was read), the articles
                published in the period and their views (with the day they were read)
    team        propagandists (active when built), activities by kind and people reached,
                trainings and who attended
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from ...models import (
    PlanTheme,
    Propagandist,
    TeamActivity,
    Training,
    TrainingAttendee,
    Village,
    ZaloArticle,
    ZaloFollowerReading,
)
from ...station import StationContext
from .periods import Period, period_of, station_midnight_utc
from .plan_actual import PUBLISHED_STATES, article_views, theme_actuals, windows

CHANNELS = ("airings", "board_days", "zalo_articles", "team_activities")
KIND_ORDER = {"month": 0, "quarter": 1, "half_year": 2, "nine_months": 3, "year": 4}
ACTIVITY_KINDS = ("meeting", "house_visits", "mobile_loudspeaker", "zalo_post")


def _verdict(planned: int, actual: int) -> tuple[float | None, str]:
    if planned <= 0:
        return None, "no_plan"
    pct = round(100.0 * actual / planned, 1)
    return pct, "done" if actual >= planned else "not_done"


def _plan(ctx: StationContext, period: Period, entries: list[Any] | None
          ) -> list[dict[str, Any]]:
    with ctx.db.read() as session:
        rows = list(session.scalars(select(PlanTheme).where(
            PlanTheme.year.in_(list(range(period.start.year, period.end.year + 1))))))
        themes = []
        for row in rows:
            theme_period = period_of(row.period_kind, row.year, row.period_index)
            if period.start <= theme_period.start and theme_period.end <= period.end:
                themes.append((row, theme_period))
    themes.sort(key=lambda rp: (KIND_ORDER.get(rp[1].kind, 9), rp[1].start, rp[0].position,
                                rp[0].id))
    actuals = theme_actuals(ctx, windows((r.id, list(r.tags or []), p) for r, p in themes),
                            entries=entries)
    out = []
    for row, theme_period in themes:
        actual = actuals[row.id]
        out.append({
            "id": row.id, "title": row.title, "period": theme_period.code,
            "period_kind": theme_period.kind, "period_index": theme_period.index,
            "tags": list(row.tags or []),
            "planned": {c: int(getattr(row, f"planned_{c}")) for c in CHANNELS},
            "actual": actual.counts(),
            "views_read": actual.views_read.isoformat() if actual.views_read else None,
            "rows": {k: list(v) for k, v in actual.rows.items()},
        })
    return out


def _evaluation(plan: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for channel in CHANNELS:
        planned = sum(t["planned"][channel] for t in plan)
        actual = sum(t["actual"][channel] for t in plan)
        pct, verdict = _verdict(planned, actual)
        out.append({"channel": channel, "planned": planned, "actual": actual, "pct": pct,
                    "verdict": verdict})
    for channel in ("zalo_views", "people_reached", "trainings"):
        out.append({"channel": channel, "planned": None,
                    "actual": sum(t["actual"][channel] for t in plan), "pct": None,
                    "verdict": "no_plan"})
    return out


def _followers(ctx: StationContext, period: Period) -> dict[str, Any]:
    start, end = period.start.isoformat(), period.end.isoformat()
    with ctx.db.read() as session:
        before = session.execute(
            select(ZaloFollowerReading.id, ZaloFollowerReading.day, ZaloFollowerReading.followers)
            .where(ZaloFollowerReading.day <= start)
            .order_by(ZaloFollowerReading.day.desc()).limit(1)).first()
        inside = session.execute(
            select(ZaloFollowerReading.id, ZaloFollowerReading.day, ZaloFollowerReading.followers)
            .where(ZaloFollowerReading.day >= start, ZaloFollowerReading.day <= end)
            .order_by(ZaloFollowerReading.day)).all()
    first = before or (inside[0] if inside else None)
    last = inside[-1] if inside else None
    return {"followers_start": first.followers if first else None,
            "followers_start_day": first.day if first else None,
            "followers_start_row": first.id if first else None,
            "followers_end": last.followers if last else None,
            "followers_end_day": last.day if last else None,
            "followers_end_row": last.id if last else None}


def _zalo(ctx: StationContext, period: Period) -> dict[str, Any]:
    begins = station_midnight_utc(period.start)
    ends = station_midnight_utc(period.end + dt.timedelta(days=1))
    with ctx.db.read() as session:
        rows = list(session.scalars(select(ZaloArticle.id).where(
            ZaloArticle.state.in_(PUBLISHED_STATES), ZaloArticle.published_at >= begins,
            ZaloArticle.published_at < ends).order_by(ZaloArticle.published_at)))
    views, read = article_views(ctx, rows, ends)
    return {**_followers(ctx, period), "articles": len(rows), "views": views,
            "views_read": read.isoformat() if read else None, "rows": rows}


def _team(ctx: StationContext, period: Period) -> dict[str, Any]:
    with ctx.db.read() as session:
        people = session.execute(
            select(Propagandist.id, Village.name)
            .outerjoin(Village, Village.id == Propagandist.village_id)
            .where(Propagandist.active.is_(True)).order_by(Propagandist.id)).all()
        activities = session.execute(
            select(TeamActivity.id, TeamActivity.kind, TeamActivity.people_reached)
            .where(TeamActivity.day >= period.start, TeamActivity.day <= period.end)
            .order_by(TeamActivity.day, TeamActivity.id)).all()
        trainings = list(session.scalars(
            select(Training.id).where(Training.day >= period.start, Training.day <= period.end)
            .order_by(Training.day, Training.id)))
        trainees = int(session.scalar(
            select(func.count(func.distinct(TrainingAttendee.propagandist_id)))
            .where(TrainingAttendee.training_id.in_(trainings))) or 0) if trainings else 0
    by_village: dict[str, int] = defaultdict(int)
    for _id, village in people:
        by_village[village or ""] += 1
    kinds = {kind: {"count": 0, "people": 0, "rows": []} for kind in ACTIVITY_KINDS}
    for row_id, kind, reached in activities:
        bucket = kinds.setdefault(kind, {"count": 0, "people": 0, "rows": []})
        bucket["count"] += 1
        bucket["people"] += int(reached or 0)
        bucket["rows"].append(row_id)
    return {"propagandists": len(people), "propagandist_rows": [p[0] for p in people],
            "by_village": dict(sorted(by_village.items())),
            "activities": len(activities),
            "people_reached": sum(int(r or 0) for _i, _k, r in activities),
            "by_kind": kinds, "trainings": len(trainings), "trainees": trainees,
            "training_rows": trainings}


def compute_sections(ctx: StationContext, period: Period, *,
                     entries: list[Any] | None = None) -> dict[str, Any]:
    """The sections of a report of `period`; `entries`: its as-run entries if already read
    (indicators.load_entries), so that a report reads them once."""
    plan = _plan(ctx, period, entries)
    return {"plan": plan, "evaluation": _evaluation(plan), "zalo": _zalo(ctx, period),
            "team": _team(ctx, period)}


def section_totals(sections: dict[str, Any]) -> dict[str, int | None]:
    """The sections' headline numbers under stable codes (the XLSX data sheet, the CLI)."""
    zalo, team = sections.get("zalo") or {}, sections.get("team") or {}
    out: dict[str, int | None] = {}
    for row in sections.get("evaluation") or []:
        out[f"plan_{row['channel']}_actual"] = row["actual"]
        if row["planned"] is not None:
            out[f"plan_{row['channel']}_planned"] = row["planned"]
    out.update({"zalo_followers_start": zalo.get("followers_start"),
                "zalo_followers_end": zalo.get("followers_end"),
                "zalo_articles": zalo.get("articles"), "zalo_views": zalo.get("views"),
                "team_propagandists": team.get("propagandists"),
                "team_activities": team.get("activities"),
                "team_people_reached": team.get("people_reached"),
                "team_trainings": team.get("trainings"),
                "team_trainees": team.get("trainees")})
    return out
