"""`commune-console plan export|import|status`: the commune's annual plan."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ..services.errors import ServiceError
from ..services.plan.progress import plan_status
from ..services.plan.workbook import export_plan, import_plan
from ..timezone import STATION_TZ
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def _this_year() -> int:
    return dt.datetime.now(STATION_TZ).year


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    plan = sub.add_parser("plan", parents=[parent], help="the commune's annual plan")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True)

    exp = plan_sub.add_parser(
        "export", parents=[parent], help="the year's plan as XLSX (or an empty template)",
        description="Write the year's plan in the layout `plan import` reads; a year without "
        "a plan gives the empty template, one line per month, for the office to fill in.")
    exp.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp.add_argument("--year", type=int, default=None, help="default: this year")
    exp.set_defaults(func=cmd_export)

    imp = plan_sub.add_parser(
        "import", parents=[parent], help="replace the year's plan from an XLSX",
        description="The year is read from the file's title (KẾ HOẠCH … NĂM 2026) or its Năm "
        "cell. A theme with the same period and title keeps its links to the team's "
        "activities. One bad row and nothing changes.")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    add_actor(imp)
    add_json(imp)
    imp.set_defaults(func=cmd_import)

    status = plan_sub.add_parser("status", parents=[parent],
                                 help="each theme with planned and actual counts per channel")
    status.add_argument("--year", type=int, default=None, help="default: this year")
    add_json(status)
    status.set_defaults(func=cmd_status)


def cmd_export(args: argparse.Namespace) -> int:
    year = args.year or _this_year()
    ctx = open_context(args)
    try:
        count = export_plan(ctx, year, args.file)
    except OSError as exc:
        fail(f"cannot write {args.file}: {exc.strerror or exc}")
    finally:
        ctx.close()
    print(f"{count} themes of {year} written to {args.file}" if count
          else f"an empty {year} plan template written to {args.file}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        fail(f"no such file: {args.file}")
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        report = import_plan(ctx, actor, args.file)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, report.to_json(),
         f"plan {report.year}: {report.added} themes added, {report.updated} updated, "
         f"{report.removed} removed" + (f" ({report.unlinked} activities unlinked)"
                                        if report.unlinked else ""))
    return 0


CHANNEL_NAMES = (("airings", "airings"), ("board_days", "board days"),
                 ("zalo_articles", "Zalo articles"), ("team_activities", "team activities"))


def cmd_status(args: argparse.Namespace) -> int:
    year = args.year or _this_year()
    ctx = open_context(args)
    try:
        rows = plan_status(ctx, year)
    finally:
        ctx.close()

    def text() -> str:
        lines = []
        for row in rows:
            done = ", ".join(f"{name} {row.actual.counts()[c]}/{row.theme.planned[c]}"
                             for c, name in CHANNEL_NAMES)
            lines.append(f"{row.theme.period.code}\t{row.theme.title}\t{done}")
        return "\n".join(lines) or f"no plan for {year}"
    emit(args, {"year": year, "themes": [r.to_json() for r in rows]}, text)
    return 0
