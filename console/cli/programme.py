"""`commune-console programme create|check|submit|approve|reject|render|list|show`; the
week's commands are in programme_week.py."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from ..audio.errors import AudioToolError, Cancelled
from ..services import programmes as svc
from ..services.errors import ServiceError
from ..services.programmes.airings import schedule_draft
from ..services.programmes.common import fmt_duration
from . import programme_week
from .common import (
    PasswordSource,
    acting_user,
    add_actor,
    add_json,
    emit,
    fail,
    open_context,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    prog = sub.add_parser("programme", parents=[parent], help="broadcast programmes")
    cmds = prog.add_subparsers(dest="programme_command", required=True)

    create = cmds.add_parser("create", parents=[parent], help="create a programme of items")
    create.add_argument("--name", required=True)
    create.add_argument("--start", required=True, metavar="'YYYY-MM-DD HH:MM'",
                        help="start on the station's clock (Asia/Ho_Chi_Minh)")
    create.add_argument("--items", required=True, metavar="ID[,ID...]")
    create.add_argument("--targets", default="all", metavar="all|group:NAME|ID,...")
    create.add_argument("--slot-min", type=float, help="length of the slot, minutes")
    create.add_argument("--priority", choices=["normal", "priority", "emergency"],
                        default="normal")
    create.add_argument("--no-trim", action="store_true",
                        help="keep leading and trailing silence")
    add_actor(create)
    add_json(create)
    create.set_defaults(func=cmd_create)

    check = cmds.add_parser("check", parents=[parent],
                            help="exit 0 when the programme may go on air, else say why")
    check.add_argument("id", type=int)
    check.add_argument("--content-only", action="store_true",
                       help="leave out the approval (check before submitting)")
    add_json(check)
    check.set_defaults(func=cmd_check)

    for name, helptext in (("submit", "send a draft to the leader"),
                           ("approve", "approve (and schedule) a programme"),
                           ("reject", "send a programme back with a comment")):
        p = cmds.add_parser(name, parents=[parent], help=helptext)
        p.add_argument("id", type=int)
        if name == "approve":
            p.add_argument("--quiet-reason", metavar="TEXT",
                           help="allow it during quiet hours, for this written reason")
            p.add_argument("--no-schedule", action="store_true",
                           help="approve only; do not queue it for the devices yet")
        if name == "reject":
            p.add_argument("--comment", required=True)
        add_actor(p)
        add_json(p)
        p.set_defaults(func={"submit": cmd_submit, "approve": cmd_approve,
                             "reject": cmd_reject}[name])

    render = cmds.add_parser("render", parents=[parent], help="render the programme to MP3")
    render.add_argument("id", type=int)
    render.add_argument("--out", type=Path, required=True, metavar="FILE.mp3")
    render.add_argument("--entries-dir", type=Path,
                        help="also write one normalised MP3 per entry here")
    add_json(render)
    render.set_defaults(func=cmd_render)

    lst = cmds.add_parser("list", parents=[parent], help="list programmes")
    lst.add_argument("--status")
    add_json(lst)
    lst.set_defaults(func=cmd_list)

    show = cmds.add_parser("show", parents=[parent], help="a programme and its running order")
    show.add_argument("id", type=int)
    add_json(show)
    show.set_defaults(func=cmd_show)
    programme_week.register(cmds, parent)


def cmd_create(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        items = [i.strip() for i in args.items.split(",") if i.strip()]
        if not items:
            fail("give at least one item id with --items")
        start = svc.parse_station_time(args.start)
        pid = svc.create_programme(ctx.db, actor, args.name, start_at=start,
                                   slot_limit_s=args.slot_min * 60 if args.slot_min else None,
                                   priority=args.priority, item_ids=items,
                                   targets=args.targets)
        total = svc.refresh_timing(ctx.db, ctx.paths, pid, auto_cue=not args.no_trim)
    except (ServiceError, AudioToolError) as exc:
        fail(exc)
    finally:
        ctx.close()
    emit(args, {"id": pid, "duration_s": round(total, 3)},
         f"programme {pid} created ({fmt_duration(total)})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        report = svc.check_programme(ctx, args.id, for_air=not args.content_only)
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    data = {"id": report.programme_id, "ok": report.ok, "status": report.status,
            "duration_s": round(report.total_s, 3),
            "problems": [asdict(p) for p in report.problems]}
    if report.ok:
        notes = [f"note: {p.reason}" for p in report.problems]
        verdict = (f"programme {args.id} passes the checks" if args.content_only
                   else f"programme {args.id} may go on air")
        emit(args, data, "\n".join([verdict, *notes]))
        return 0
    emit(args, data, "\n".join(p.reason for p in report.blocking))
    return 1


def _transition(args: argparse.Namespace, action: str) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        if action == "submit":
            svc.submit(ctx, actor, args.id)
            status, jobs, note = "submitted", [], ""
        elif action == "reject":
            svc.reject(ctx, actor, args.id, args.comment)
            status, jobs, note = "rejected", [], ""
        else:
            result = svc.approve(ctx, actor, args.id, quiet_reason=args.quiet_reason,
                                 schedule=not args.no_schedule)
            status, jobs, note = result.status, result.jobs, result.note
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    text = f"programme {args.id} {status}" + (f" ({len(jobs)} delivery jobs)" if jobs else "")
    emit(args, {"id": args.id, "status": status, "jobs": jobs, "note": note},
         text + (f"\n{note}" if note else ""))
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    return _transition(args, "submit")


def cmd_approve(args: argparse.Namespace) -> int:
    return _transition(args, "approve")


def cmd_reject(args: argparse.Namespace) -> int:
    return _transition(args, "reject")


def cmd_render(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    last = [-1]

    def progress(fraction: float) -> None:
        percent = int(fraction * 100)
        if percent // 10 > last[0] // 10 and not args.json:
            sys.stderr.write(f"rendering… {percent}%\n")
            last[0] = percent

    try:
        result = svc.render_programme(ctx, args.id, args.out, entries_dir=args.entries_dir,
                                      progress=progress)
    except (ServiceError, AudioToolError) as exc:
        fail(exc)
    except Cancelled:
        fail("rendering was cancelled")
    finally:
        ctx.close()
    lufs, peak = result.integrated_lufs, result.true_peak_dbtp
    emit(args, {"id": args.id, "out": str(result.out), "duration_s": round(result.duration_s, 3),
                "entry_files": [str(p) for p in result.entry_files],
                "integrated_lufs": None if lufs is None else round(lufs, 1),
                "true_peak_dbtp": None if peak is None else round(peak, 1)},
         f"programme {args.id} rendered to {result.out} ({fmt_duration(result.duration_s)}"
         + ("" if lufs is None else f", {lufs:.1f} LUFS")
         + ("" if peak is None else f", true peak {peak:.1f} dBTP as it plays") + ")")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = svc.list_programmes(ctx.db, status=args.status)
    finally:
        ctx.close()
    emit(args, [asdict(r) for r in rows],
         lambda: "\n".join(
             f"{r.id}\t{r.start_at:%Y-%m-%d %H:%M}\t{r.status}\t{fmt_duration(r.duration_s)}"
             f"\t{r.name}" if r.start_at else f"{r.id}\t-\t{r.status}\t"
             f"{fmt_duration(r.duration_s)}\t{r.name}" for r in rows) or "no programmes")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        row, entries = svc.get_programme(ctx.db, args.id)
        draft = schedule_draft(ctx, args.id)
        devices = sorted(svc.target_tree(ctx.db).devices_of(svc.TargetChoice.parse(row.targets)))
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    repeat = {"kind": draft.repeat, "times": list(draft.times),
              "days": list(draft.weekdays),
              "from": draft.start_date.isoformat() if draft.start_date else None,
              "until": draft.end_date.isoformat() if draft.end_date else None,
              "skip": list(draft.skip), "moved": list(draft.extra)}

    def text() -> str:
        head = f"{row.id} {row.name} [{row.status}] {fmt_duration(row.duration_s)}"
        lines = [head]
        for e in entries:
            mark = "local" if e.local else ("reviewed" if e.reviewed else "")
            lines.append(f"  +{fmt_duration(e.start_offset_s)}\t{e.kind}\t"
                         f"{fmt_duration(e.duration_s or 0)}\t{mark}\t{e.title}")
        return "\n".join(lines)

    data = {"id": row.id, "name": row.name, "status": row.status,
            "repeat": repeat, "targets": devices, "target_choice": row.targets,
            "next_airing": row.next_airing.isoformat() if row.next_airing else None,
            "programme": asdict(row), "entries": [asdict(e) for e in entries]}
    emit(args, data, text)
    return 0
