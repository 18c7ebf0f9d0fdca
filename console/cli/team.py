"""`commune-console team list|import|export`: the propagandist team's roster."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.errors import ServiceError
from ..services.team.roster import list_team
from ..services.team.workbook import export_team, import_team
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[parent], help="the propagandist team")
    team_sub = team.add_subparsers(dest="team_command", required=True)

    lst = team_sub.add_parser("list", parents=[parent], help="the roster by village")
    lst.add_argument("--all", action="store_true", help="people no longer active too")
    add_json(lst)
    lst.set_defaults(func=cmd_list)

    imp = team_sub.add_parser(
        "import", parents=[parent], help="add or update people from an XLSX roster",
        description="Columns: Họ và tên, Thôn/ấp, Điện thoại, Zalo, Vai trò, Ghi chú (headers "
        "without accents work too). A row with a known phone number, or a known name in the "
        "same village, updates that person. One bad row and nothing changes.")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    add_actor(imp)
    add_json(imp)
    imp.set_defaults(func=cmd_import)

    exp = team_sub.add_parser("export", parents=[parent], help="the roster as XLSX")
    exp.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp.set_defaults(func=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = list_team(ctx, include_inactive=args.all)
    finally:
        ctx.close()
    emit(args, [r.to_json() for r in rows],
         lambda: "\n".join(f"{r.village or '-'}\t{r.name}\t{r.phone or '-'}\t{r.role or '-'}\t"
                           f"{r.trainings} training(s)" for r in rows) or "no propagandists")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        fail(f"no such file: {args.file}")
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        report = import_team(ctx, actor, args.file)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, report.to_json(), f"{report.added} added, {report.updated} updated, "
                                 f"{report.unchanged} unchanged")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        count = export_team(ctx, args.file)
    except OSError as exc:
        fail(f"cannot write {args.file}: {exc.strerror or exc}")
    finally:
        ctx.close()
    print(f"{count} propagandists written to {args.file}")
    return 0
