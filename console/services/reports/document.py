"""What the XLSX and PDF forms print: one plain structure built from a report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ...models import Station
from ...station import StationContext
from ...timezone import STATION_TZ
from . import template as t
from .forms import ReportView, get_report


@dataclass(frozen=True)
class FormLine:
    number: str                  # STT: "1", "2", … ; "" for a heading line
    code: str
    title: str
    unit: str
    value: float | int | None
    text: str                    # the value as printed
    heading: bool = False


@dataclass(frozen=True)
class PlanLine:
    number: str
    title: str
    period_label: str
    tags: list[str]
    planned: dict[str, int]
    actual: dict[str, int]


@dataclass(frozen=True)
class EvaluationLine:
    channel: str
    title: str
    unit: str
    planned: int | None
    actual: int
    pct: float | None
    verdict: str


@dataclass(frozen=True)
class ValueLine:
    code: str
    title: str
    unit: str
    value: int | None
    note: str


@dataclass(frozen=True)
class SectionsDocument:
    plan: list[PlanLine]
    evaluation: list[EvaluationLine]
    channels: list[ValueLine]      # the Zalo OA and the team

    @property
    def shown(self) -> bool:
        """Printed when the station keeps a plan, an OA or a team (not on older forms)."""
        return bool(self.plan) or any(line.value for line in self.channels)


@dataclass(frozen=True)
class FormDocument:
    report: ReportView
    station_name: str
    period_title: str
    place_date: str
    lines: list[FormLine]
    state_name: str
    sections: SectionsDocument = field(default_factory=lambda: SectionsDocument([], [], []))


def station_name(ctx: StationContext, code: str) -> str:
    with ctx.db.read() as session:
        names = list(session.execute(select(Station.code, Station.name)))
    for station_code, name in names:
        if station_code == code:
            return name
    return names[0][1] if names else t.DEFAULT_STATION_NAME


def build_document(ctx: StationContext, report_id: str,
                   today: dt.date | None = None) -> FormDocument:
    view = get_report(ctx, report_id)
    day = (view.submitted_at.date() if view.submitted_at
           else today or dt.datetime.now(STATION_TZ).date())
    lines = []
    for n, row in enumerate(t.INDICATOR_ROWS, 1):
        value = view.indicators.get(row.code)
        lines.append(FormLine(str(n), row.code, row.title, row.unit, value,
                              t.format_number(value, row.decimals)))
    lines.append(FormLine("", "", t.MANUAL_HEADING, "", None, "", heading=True))
    for n, row in enumerate(t.MANUAL_ROWS, len(t.INDICATOR_ROWS) + 1):
        value = view.manual.get(row.code)
        lines.append(FormLine(str(n), row.code, row.title, row.unit, value,
                              t.format_number(value, row.decimals)))
    p = view.period
    return FormDocument(
        report=view, station_name=station_name(ctx, view.station_code),
        period_title=t.period_title(p.kind, p.year, p.index, p.start.strftime("%d/%m/%Y"),
                                    p.end.strftime("%d/%m/%Y")),
        place_date=t.PLACE_DATE.format(day=f"{day.day:02d}", month=f"{day.month:02d}",
                                       year=day.year),
        lines=lines, state_name=t.STATE_NAMES.get(view.state, (view.state, view.state))[0],
        sections=sections_document(view.sections))


def _day(iso: str | None) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def sections_document(sections: dict[str, Any]) -> SectionsDocument:
    """The frozen sections as the forms print them (Vietnamese document text)."""
    plan = [PlanLine(str(n), theme["title"],
                     t.period_label(theme["period_kind"], theme.get("period_index")),
                     list(theme.get("tags") or []), dict(theme["planned"]),
                     dict(theme["actual"]))
            for n, theme in enumerate(sections.get("plan") or [], 1)]
    evaluation = []
    for row in sections.get("evaluation") or []:
        title, unit = t.CHANNEL_NAMES[row["channel"]]
        evaluation.append(EvaluationLine(row["channel"], title, unit, row["planned"],
                                         row["actual"], row["pct"], t.VERDICTS[row["verdict"]]))
    zalo, team = sections.get("zalo") or {}, sections.get("team") or {}
    channels = []
    for code, title, unit in t.ZALO_LINES:
        day = {"followers_start": zalo.get("followers_start_day"),
               "followers_end": zalo.get("followers_end_day"),
               "views": zalo.get("views_read")}.get(code)
        channels.append(ValueLine(f"zalo_{code}", title, unit, zalo.get(code),
                                  t.READ_ON.format(day=_day(day)) if day else ""))
    for code, title, unit in t.TEAM_LINES:
        channels.append(ValueLine(f"team_{code}", title, unit, team.get(code), ""))
        if code == "activities":
            for kind, bucket in (team.get("by_kind") or {}).items():
                if bucket.get("count"):
                    name = t.ACTIVITY_NAMES.get(kind, kind)
                    channels.append(ValueLine(
                        f"team_{kind}", t.ACTIVITY_LINE.format(name=name.lower()), "hoạt động",
                        bucket["count"], f"{bucket['people']} người"))
    return SectionsDocument(plan, evaluation, channels)
