"""`commune-console report …`: statistics, the periodic report, exports, contributions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..services.errors import ServiceError
from .common import (
    PasswordSource,
    acting_user,
    add_actor,
    add_json,
    emit,
    fail,
    open_context,
    require_as,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[parent],
                            help="reports to the Department: statistics, forms, exports")
    r_sub = report.add_subparsers(dest="report_command", required=True)
    build = r_sub.add_parser(
        "build", parents=[parent], help="collect play logs, then create or refresh the "
        "period's draft report and print its figures",
        description="PERIOD is 2026-11, 2026-Q4, 2026-H2, 2026-9M or 2026. Play logs are "
        "first collected from the devices that answer; each that fails is named with its "
        "reason on stderr. The draft is prepared and audited as the --as user.")
    build.add_argument("--period", required=True)
    build.add_argument("--no-collect", action="store_true",
                       help="do not ask the devices for play logs first")
    add_actor(build)
    add_json(build)
    build.set_defaults(func=cmd_build)
    stats = r_sub.add_parser("stats", parents=[parent],
                             help="the figures of any period, custom ranges too, without a report")
    stats.add_argument("--period", required=True,
                       help="as for build, or a range 2026-10-05..2026-11-20")
    stats.add_argument("--no-collect", action="store_true",
                       help="do not ask the devices for play logs (then no --as is needed)")
    add_actor(stats, optional=True)
    add_json(stats)
    stats.set_defaults(func=cmd_stats)
    lst = r_sub.add_parser("list", parents=[parent], help="the reports, newest period first")
    add_json(lst)
    lst.set_defaults(func=cmd_list)
    show = r_sub.add_parser("show", parents=[parent], help="one report")
    show.add_argument("id")
    add_json(show)
    show.set_defaults(func=cmd_show)
    edit = r_sub.add_parser("set", parents=[parent],
                            help="fill in the manual fields, notes and signers of a report")
    edit.add_argument("id")
    edit.add_argument("--propagandists", help="number of propagandists (tuyên truyền viên)")
    edit.add_argument("--followers", help="followers of the commune's social page")
    edit.add_argument("--notes")
    edit.add_argument("--prepared-by")
    edit.add_argument("--checked-by")
    edit.add_argument("--approved-by")
    add_actor(edit)
    add_json(edit)
    edit.set_defaults(func=cmd_set)
    for name, helptext in (("approve", "approve a draft report"),
                           ("submit", "send an approved report to the source system (outbox)")):
        cmd = r_sub.add_parser(name, parents=[parent], help=helptext)
        cmd.add_argument("id")
        add_actor(cmd)
        add_json(cmd)
        cmd.set_defaults(func=cmd_approve if name == "approve" else cmd_submit)
    export = r_sub.add_parser("export", parents=[parent],
                              help="write a report as the official form (XLSX or PDF)")
    export.add_argument("id")
    export.add_argument("--format", choices=("xlsx", "pdf"), required=True)
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(func=cmd_export)
    log = r_sub.add_parser("log", parents=[parent],
                           help="the broadcast log (nhật ký phát thanh), or export it")
    log.add_argument("--period", help="as for stats; default: the current month")
    log.add_argument("--target", action="append", default=[], help="target id (repeatable)")
    log.add_argument("--item", help="item id")
    log.add_argument("--result", action="append", default=[],
                     help="success, partial or failed (repeatable)")
    log.add_argument("--priority", action="append", default=[],
                     help="normal, priority or emergency (repeatable)")
    log.add_argument("--out", type=Path, help="write CSV or XLSX (by the extension)")
    log.add_argument("--limit", type=int, default=200, help="rows to print (default 200)")
    add_json(log)
    log.set_defaults(func=cmd_log)
    due = r_sub.add_parser("due", parents=[parent],
                           help="reports due soon that are not submitted yet (reminders)")
    due.add_argument("--within", type=int, default=14, help="days ahead (default 14)")
    add_json(due)
    due.set_defaults(func=cmd_due)
    contribute = r_sub.add_parser("contribute", parents=[parent],
                                  help="send a commune-made item to the source system")
    contribute.add_argument("item_id")
    add_actor(contribute)
    add_json(contribute)
    contribute.set_defaults(func=cmd_contribute)
    contributions = r_sub.add_parser("contributions", parents=[parent],
                                     help="items sent to the source system and their state")
    add_json(contributions)
    contributions.set_defaults(func=cmd_contributions)


def _period(text: str, *, custom: bool) -> Any:
    from ..services.reports.periods import parse_period

    try:
        period = parse_period(text)
    except ValueError as exc:
        fail(exc)
    if period.kind == "custom" and not custom:
        fail("a report needs a month, quarter, half-year, nine months or year "
             "(use `report stats` for a date range)")
    return period


def _collect(ctx: Any, args: argparse.Namespace, actor: Any) -> None:
    from ..services.reports.collect import collect_play_logs

    if args.no_collect:
        return
    try:
        result = collect_play_logs(ctx, actor=actor)
    except ServiceError as exc:
        fail(str(exc))
    except Exception as exc:  # the report is still made from the logs already here
        print(f"commune-console: play logs not collected: {exc}", file=sys.stderr)
        return
    for note in result.failed:
        print(f"commune-console: failed {note}", file=sys.stderr)
    if result.nothing_new:
        print(f"commune-console: nothing new from {', '.join(result.nothing_new)}",
              file=sys.stderr)


def _value_text(code: str, value: Any) -> str:
    from ..services.reports import template as t

    row = next((r for r in t.all_rows() if r.code == code), None)
    if value is None:
        return "-"
    decimals = row.decimals if row else 2
    unit = {"%": "%", "giờ": " h", "phút": " min"}.get(row.unit if row else "", "")
    return f"{value:,.{decimals}f}{unit}"


def _figures_text(indicators: dict[str, Any], manual: dict[str, Any] | None = None) -> str:
    from ..services.reports import template as t

    values = {**indicators, **(manual or {})}
    rows = [r for r in t.all_rows() if r.code in values]
    width = max(len(r.english) for r in rows)
    return "\n".join(f"{r.english:<{width}}  {_value_text(r.code, values[r.code])}"
                     for r in rows)


def _report_data(view: Any) -> dict[str, Any]:
    return {"id": view.id, "period": view.period.code, "state": view.state,
            "station_code": view.station_code, "indicators": view.indicators,
            "manual": view.manual, "notes": view.notes, "prepared_by": view.prepared_by,
            "checked_by": view.checked_by, "approved_by": view.approved_by,
            "created_at": view.created_at.isoformat(),
            "submitted_at": view.submitted_at.isoformat() if view.submitted_at else None,
            "due": view.due.isoformat() if view.due else None}


def _report_text(view: Any) -> str:
    head = f"report {view.id}  {view.period.code}  {view.state}"
    return head + "\n" + _figures_text(view.indicators, view.manual)


def _actor(ctx: Any, args: argparse.Namespace) -> Any:
    return acting_user(ctx, args, PasswordSource(args.password_stdin))


def cmd_build(args: argparse.Namespace) -> int:
    from ..services.reports.forms import build_report

    period = _period(args.period, custom=False)
    require_as(args)
    ctx = open_context(args)
    try:
        actor = _actor(ctx, args)
        _collect(ctx, args, actor)
        try:
            view = build_report(ctx, actor, period)
        except ServiceError as exc:
            fail(exc)
    finally:
        ctx.close()
    data = {"id": view.id, "period": view.period.code, "state": view.state,
            "indicators": view.indicators}
    emit(args, data, lambda: _report_text(view))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from ..services.reports.indicators import compute_statistics

    period = _period(args.period, custom=True)
    if not args.no_collect and not args.as_user:
        fail("collecting play logs changes the station's data: say who you are with "
             "--as USER, or give --no-collect")
    ctx = open_context(args)
    try:
        if not args.no_collect:
            _collect(ctx, args, _actor(ctx, args))
        stats = compute_statistics(ctx, period)
    finally:
        ctx.close()
    data = {"period": period.code, "start": period.start.isoformat(),
            "end": period.end.isoformat(), "indicators": stats.values(),
            "by_month": [{"month": b.key, "bulletins": b.bulletins, "hours": b.hours}
                         for b in stats.by_month],
            "by_village": [{"village": b.label, "bulletins": b.bulletins, "hours": b.hours}
                           for b in stats.by_village]}
    emit(args, data, lambda: f"{period.code}  ({period.start} to {period.end})\n"
         + _figures_text(stats.values()))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..services.reports.forms import list_reports

    ctx = open_context(args)
    try:
        views = list_reports(ctx)
    finally:
        ctx.close()
    emit(args, {"reports": [_report_data(v) for v in views]}, lambda: "\n".join(
        f"{v.id}  {v.period.code:<8} {v.state:<9} due {v.due}" for v in views)
        or "no reports yet")
    return 0


def _one(args: argparse.Namespace, action: Any, *, actor_needed: bool) -> int:
    ctx = open_context(args)
    try:
        actor = _actor(ctx, args) if actor_needed else None
        try:
            view = action(ctx, actor)
        except (ServiceError, LookupError) as exc:
            fail(str(exc).strip("'\""))
    finally:
        ctx.close()
    emit(args, _report_data(view), lambda: _report_text(view))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from ..services.reports.forms import get_report

    return _one(args, lambda ctx, _a: get_report(ctx, args.id), actor_needed=False)


def cmd_set(args: argparse.Namespace) -> int:
    from ..services.reports.forms import update_report

    manual = {k: v for k, v in (("propagandists", args.propagandists),
                                ("social_followers", args.followers)) if v is not None}
    return _one(args, lambda ctx, actor: update_report(
        ctx, actor, args.id, manual=manual or None, notes=args.notes,
        prepared_by=args.prepared_by, checked_by=args.checked_by,
        approved_by=args.approved_by), actor_needed=True)


def cmd_approve(args: argparse.Namespace) -> int:
    from ..services.reports.forms import approve_report

    return _one(args, lambda ctx, actor: approve_report(ctx, actor, args.id), actor_needed=True)


def cmd_submit(args: argparse.Namespace) -> int:
    from ..services.reports.forms import submit_report

    code = _one(args, lambda ctx, actor: submit_report(ctx, actor, args.id), actor_needed=True)
    if not getattr(args, "json", False):
        print("queued in the outbox; `commune-console sync` sends it when the source system "
              "is reachable")
    return code


def cmd_export(args: argparse.Namespace) -> int:
    out: Path = args.out
    if not out.parent.is_dir():
        fail(f"folder {out.parent} does not exist")
    ctx = open_context(args)
    try:
        try:
            if args.format == "xlsx":
                from ..services.reports.export_report import export_report_xlsx

                export_report_xlsx(ctx, args.id, out)
            else:
                from ..services.reports.export_pdf import export_report_pdf

                export_report_pdf(ctx, args.id, out)
        except (ServiceError, LookupError, OSError) as exc:
            fail(str(exc).strip("'\""))
    finally:
        ctx.close()
    print(out)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from ..services.reports.log import LogFilter, count_log, log_totals, query_log
    from ..services.reports.periods import current_month

    period = _period(args.period, custom=True) if args.period else current_month()
    flt = LogFilter(start=period.start, end=period.end, target_ids=tuple(args.target),
                    item_id=args.item, results=tuple(args.result),
                    priorities=tuple(args.priority))
    ctx = open_context(args)
    try:
        if args.out is not None:
            from ..services.reports.export_log import export_log_csv, export_log_xlsx

            suffix = args.out.suffix.lower()
            if suffix not in (".csv", ".xlsx"):
                fail("--out must end in .csv or .xlsx")
            try:
                writer = export_log_xlsx if suffix == ".xlsx" else export_log_csv
                written = writer(ctx, flt, args.out)
            except OSError as exc:
                fail(exc)
            emit(args, {"rows": written, "file": str(args.out)},
                 f"{written} entries written to {args.out}")
            return 0
        rows = query_log(ctx, flt, limit=args.limit)
        total = count_log(ctx, flt)
        totals = log_totals(ctx, flt)
    finally:
        ctx.close()
    data = {"period": period.code, "total": total,
            "totals": {"success": totals.success, "partial": totals.partial,
                       "failed": totals.failed, "played_s": round(totals.played_s, 1)},
            "entries": [{"id": r.id, "started_at": r.started_at.isoformat(),
                         "target_id": r.target_id, "village": r.village, "item_id": r.item_id,
                         "title": r.title, "priority": r.priority, "result": r.result,
                         "played_s": r.played_s, "origin": r.origin} for r in rows]}

    def text() -> str:
        lines = [f"{r.started_at:%Y-%m-%d %H:%M:%S}  {r.target_id:<10} {r.result:<8} "
                 f"{r.priority:<9} {r.played_s:>7.0f}s  {r.title}" for r in rows]
        lines.append(f"{total} entries: {totals.success} success, {totals.partial} partial, "
                     f"{totals.failed} failed, {totals.played_s / 3600:.2f} h played")
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from ..services.reports.forms import due_reminders

    if args.within < 0:
        fail("--within must be zero or more days")
    ctx = open_context(args)
    try:
        reminders = due_reminders(ctx, within_days=args.within)
    finally:
        ctx.close()
    emit(args, {"due": [{"period": r.period.code, "due": r.due.isoformat(),
                         "report_id": r.report_id, "state": r.state} for r in reminders]},
         lambda: "\n".join(f"{r.period.code:<8} due {r.due}  {r.state or 'not built'}"
                           for r in reminders) or f"nothing due within {args.within} days")
    return 0


def cmd_contribute(args: argparse.Namespace) -> int:
    from ..services.reports.contributions import contribute_item

    ctx = open_context(args)
    try:
        actor = _actor(ctx, args)
        try:
            view = contribute_item(ctx, actor, args.item_id)
        except ServiceError as exc:
            fail(exc)
    finally:
        ctx.close()
    emit(args, {"id": view.id, "item_id": view.item_id, "status": view.status},
         f"contribution {view.id} of {view.item_id}: {view.status}")
    return 0


def cmd_contributions(args: argparse.Namespace) -> int:
    from ..services.reports.contributions import list_contributions

    ctx = open_context(args)
    try:
        views = list_contributions(ctx)
    finally:
        ctx.close()
    emit(args, {"contributions": [
        {"id": v.id, "item_id": v.item_id, "title": v.title, "status": v.status,
         "remote_id": v.remote_id, "created_at": v.created_at.isoformat(),
         "updated_at": v.updated_at.isoformat(), "detail": v.detail} for v in views]},
        lambda: "\n".join(f"{v.id:>4}  {v.status:<15} {v.remote_id or '-':<12} {v.title}"
                          for v in views) or "no contributions yet")
    return 0
