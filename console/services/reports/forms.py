"""The periodic report (báo cáo định kỳ): draft → approved → submitted through the outbox.

Building a report freezes the indicators computed at that moment; the form adds manual
fields, notes and signers. An approved report that is edited, or whose figures change when
it is rebuilt, goes back to draft: an approval covers exactly the numbers it saw. A submitted
report is never changed; building the period again starts a correction with a new id.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ...db.outbox import enqueue
from ...models import Report
from ...models.base import utcnow
from ...models.enums import ReportState
from ...settings import STATION_CODE
from ...station import StationContext
from ...timezone import STATION_TZ
from .. import audit
from ..errors import InvalidInput, NotFound, ServiceError
from ..permissions import SYSTEM, Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP
from .indicators import compute_statistics, load_entries
from .periods import Period, due_date, period_of, upcoming_due
from .sections import compute_sections

log = logging.getLogger(__name__)

MANUAL_FIELDS = ("propagandists", "social_followers")  # tuyên truyền viên, người theo dõi
SIGNER_FIELDS = ("prepared_by", "checked_by", "approved_by")
MAX_NOTES = 4000
MAX_NAME = 200


@dataclass(frozen=True)
class ReportView:
    id: str
    period: Period
    state: str
    station_code: str
    indicators: dict[str, float | int | None]
    manual: dict[str, int | None]
    notes: str
    prepared_by: str
    checked_by: str
    approved_by: str
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    due: dt.date | None = None
    sections: dict[str, Any] = field(default_factory=dict)  # sections.py, frozen at build


class ReportNotFound(NotFound, LookupError):
    """get_report's LookupError, also a ServiceError with a plain reason."""


def _view(ctx: StationContext, row: Report) -> ReportView:
    period = period_of(row.period_kind, row.year, row.period_index)
    manual = dict(row.manual or {})
    return ReportView(
        id=row.id, period=period, state=row.state,
        station_code=manual.get("station_code") or ctx.settings.get(STATION_CODE) or "",
        indicators=dict(row.indicators or {}),
        manual={k: manual.get(k) for k in MANUAL_FIELDS}, notes=row.notes or "",
        prepared_by=row.prepared_by or "", checked_by=row.checked_by or "",
        approved_by=row.approved_by or "",
        created_at=row.created_at.astimezone(STATION_TZ),
        submitted_at=row.submitted_at.astimezone(STATION_TZ) if row.submitted_at else None,
        due=due_date(period), sections=dict(row.sections or {}))


def list_reports(ctx: StationContext) -> list[ReportView]:
    """Newest period first; within a period, the newest report first."""
    with ctx.db.read() as session:
        rows = list(session.scalars(select(Report)))
        views = [_view(ctx, row) for row in rows]
    return sorted(views, key=lambda v: (v.period.end, -v.period.days, v.created_at),
                  reverse=True)


def get_report(ctx: StationContext, report_id: str) -> ReportView:
    with ctx.db.read() as session:
        row = session.get(Report, report_id)
        if row is None:
            raise ReportNotFound(QT_TRANSLATE_NOOP("Errors", "no report {id}"), id=report_id)
        return _view(ctx, row)


def _load(session: Any, report_id: str) -> Report:
    row = session.get(Report, report_id)
    if row is None:
        raise ReportNotFound(QT_TRANSLATE_NOOP("Errors", "no report {id}"), id=report_id)
    return row


def _signer(actor: Actor) -> str | None:
    if actor is SYSTEM:  # built by the console itself: nobody to print as preparer
        return None
    return actor.display_name or actor.username


def build_report(ctx: StationContext, actor: Actor, period: Period) -> ReportView:
    """Create the period's draft, or refresh its figures; see the module docstring."""
    actor.require(Permission.PREPARE_REPORTS)
    if period.kind == "custom":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "a custom date range cannot be a periodic report: choose "
                                        "a month, quarter, half-year, nine months or year"))
    entries = load_entries(ctx, period)  # read once for the figures and the sections
    values = compute_statistics(ctx, period, entries=entries).values()
    sections = compute_sections(ctx, period, entries=entries)
    known = _known_manual(sections)
    with ctx.db.write() as session:
        rows = list(session.scalars(select(Report).where(
            Report.period_kind == period.kind, Report.year == period.year,
            Report.period_index == period.index).order_by(Report.created_at)))
        current = rows[-1] if rows else None
        if current is None or current.state == ReportState.SUBMITTED:
            previous = _latest_of_kind(session, period.kind)
            manual = {k: (previous.manual or {}).get(k) if previous else None
                      for k in MANUAL_FIELDS}
            current = Report(
                period_kind=period.kind, year=period.year, period_index=period.index,
                state=ReportState.DRAFT.value, indicators=values, sections=sections,
                manual={k: known.get(k) if known.get(k) is not None else v
                        for k, v in manual.items()},
                notes="", prepared_by=(previous.prepared_by if previous else None)
                or _signer(actor),
                checked_by=previous.checked_by if previous else None,
                approved_by=previous.approved_by if previous else None,
                created_at=utcnow())
            session.add(current)
            session.flush()
            audit.record(session, actor, "report.build", current.id, period=period.code,
                         correction=bool(rows))
        elif dict(current.indicators or {}) != values or dict(current.sections or {}) \
                != sections:
            if current.state == ReportState.APPROVED:
                audit.record(session, actor, "report.reopen", current.id, period=period.code,
                             reason="figures changed")
            current.indicators = values
            current.sections = sections
            current.state = ReportState.DRAFT.value
            audit.record(session, actor, "report.refresh", current.id, period=period.code)
        session.flush()
        return _view(ctx, current)


def _known_manual(sections: dict[str, Any]) -> dict[str, int | None]:
    """What the console now counts itself for the manual fields of a new draft: the team's
    propagandists and the OA's followers at the period's end (None: not known)."""
    team, zalo = sections.get("team") or {}, sections.get("zalo") or {}
    return {"propagandists": team.get("propagandists") or None,
            "social_followers": zalo.get("followers_end")}


def _latest_of_kind(session: Any, kind: str) -> Report | None:
    return session.scalars(select(Report).where(Report.period_kind == kind)
                           .order_by(Report.created_at.desc()).limit(1)).first()


def _clean_manual(manual: dict[str, Any]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for key, value in manual.items():
        if key not in MANUAL_FIELDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "unknown manual field {key} (one of {fields})"),
                key=key, fields=", ".join(MANUAL_FIELDS))
        if value is None or value == "":
            out[key] = None
            continue
        try:
            number = int(str(value).strip())
        except ValueError:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number"),
                               field=key.replace("_", " ")) from None
        if number < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{field} cannot be negative"),
                               field=key.replace("_", " "))
        out[key] = number
    return out


def update_report(ctx: StationContext, actor: Actor, report_id: str, *,
                  manual: dict[str, Any] | None = None, notes: str | None = None,
                  prepared_by: str | None = None, checked_by: str | None = None,
                  approved_by: str | None = None) -> ReportView:
    """Edit the form; an approved report goes back to draft. Submitted ones are final."""
    actor.require(Permission.PREPARE_REPORTS)
    cleaned = _clean_manual(manual) if manual is not None else None
    if notes is not None and len(notes) > MAX_NOTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "notes are limited to {count} characters"),
                           count=MAX_NOTES)
    names = {"prepared_by": prepared_by, "checked_by": checked_by, "approved_by": approved_by}
    for key, value in names.items():
        if value is not None and len(value.strip()) > MAX_NAME:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{field} is limited to {count} characters"),
                field=key.replace("_", " "), count=MAX_NAME)
    with ctx.db.write() as session:
        row = _load(session, report_id)
        if row.state == ReportState.SUBMITTED:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "this report was submitted and can no longer be "
                                            "changed"))
        changed = []
        if cleaned is not None:
            merged = {**(row.manual or {}), **cleaned}
            if merged != (row.manual or {}):
                row.manual = merged
                changed.append("manual")
        if notes is not None and notes.strip() != (row.notes or ""):
            row.notes = notes.strip()
            changed.append("notes")
        for key, value in names.items():
            if value is not None and value.strip() != (getattr(row, key) or ""):
                setattr(row, key, value.strip())
                changed.append(key)
        if changed:
            if row.state == ReportState.APPROVED:
                row.state = ReportState.DRAFT.value
                audit.record(session, actor, "report.reopen", row.id, reason="edited")
            audit.record(session, actor, "report.edit", row.id, fields=changed)
        session.flush()
        return _view(ctx, row)


def approve_report(ctx: StationContext, actor: Actor, report_id: str) -> ReportView:
    actor.require(Permission.APPROVE_REPORTS)
    with ctx.db.write() as session:
        row = _load(session, report_id)
        if row.state != ReportState.DRAFT:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "only a draft can be approved (this report is "
                                            "{state})"),
                state=row.state)
        row.state = ReportState.APPROVED.value
        if not row.approved_by:
            row.approved_by = _signer(actor)
        audit.record(session, actor, "report.approve", row.id,
                     period=_view(ctx, row).period.code)
        session.flush()
        return _view(ctx, row)


def report_payload(view: ReportView, submitted_at: dt.datetime) -> dict[str, Any]:
    """The contract's Report: numbers only (a figure without data is left out)."""
    indicators = {k: v for k, v in view.indicators.items() if isinstance(v, int | float)}
    indicators.update({k: v for k, v in view.manual.items() if isinstance(v, int)})
    return {"id": view.id, "station_code": view.station_code, "period": view.period.wire(),
            "indicators": indicators, "notes": view.notes, "prepared_by": view.prepared_by,
            "approved_by": view.approved_by,
            "submitted_at": submitted_at.astimezone(STATION_TZ).isoformat()}


def submit_report(ctx: StationContext, actor: Actor, report_id: str) -> ReportView:
    """Approved only: written to the outbox (kind 'report') in the same transaction."""
    actor.require(Permission.SUBMIT_REPORTS)
    station = ctx.settings.get(STATION_CODE)
    if not station:
        raise ServiceError(
            QT_TRANSLATE_NOOP("Errors", "the station code is not set: log in to the source "
                                        "system or set it in Settings first"))
    with ctx.db.write() as session:
        row = _load(session, report_id)
        if row.state != ReportState.APPROVED:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "only an approved report can be submitted (this one "
                                            "is {state})"),
                state=row.state)
        now = utcnow()
        row.manual = {**(row.manual or {}), "station_code": station}
        row.state = ReportState.SUBMITTED.value
        row.submitted_at = now
        view = _view(ctx, row)
        enqueue(session, "report", report_payload(view, now))
        audit.record(session, actor, "report.submit", row.id, period=view.period.code)
        session.flush()
        return _view(ctx, row)


@dataclass(frozen=True)
class Reminder:
    period: Period
    due: dt.date
    report_id: str | None
    state: str | None  # None: no report built yet


def due_reminders(ctx: StationContext, today: dt.date | None = None,
                  within_days: int = 14) -> list[Reminder]:
    """Reports due soon that are not submitted yet, soonest first."""
    today = today or dt.datetime.now(STATION_TZ).date()
    latest: dict[str, ReportView] = {}
    for view in list_reports(ctx):
        latest.setdefault(view.period.code, view)
    out = []
    for period, due in upcoming_due(today, within_days):
        view = latest.get(period.code)
        if view is None or view.state != ReportState.SUBMITTED:
            out.append(Reminder(period, due, view.id if view else None,
                                view.state if view else None))
    return out
