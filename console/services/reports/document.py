"""What the XLSX and PDF forms print: one plain structure built from a report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
class FormDocument:
    report: ReportView
    station_name: str
    period_title: str
    place_date: str
    lines: list[FormLine]
    state_name: str


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
        lines=lines, state_name=t.STATE_NAMES.get(view.state, (view.state, view.state))[0])
