"""`commune-console programme schedule|occurrences|targets|jingle|relay|duplicate|delete|withdraw`:
the week of a programme for the Department's automation, as the editor builds it."""

from __future__ import annotations

import argparse
import datetime as dt

from ..services import programmes as svc
from ..services.errors import ServiceError
from ..services.programmes import lifecycle, schedule, targets
from ..timezone import STATION_TZ, station_now
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context

DAY_NAMES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (YYYY-MM-DD)") from None


def _days(value: str) -> list[int]:
    days = []
    for part in (p.strip().lower()[:3] for p in value.split(",") if p.strip()):
        if part not in DAY_NAMES:
            raise argparse.ArgumentTypeError(
                f"unknown day {part!r} (mon, tue, wed, thu, fri, sat, sun)")
        days.append(DAY_NAMES[part])
    return days


def register(cmds: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    sch = cmds.add_parser("schedule", parents=[parent], help="when a programme airs")
    sch.add_argument("id", type=int)
    sch.add_argument("--repeat", required=True, choices=["once", "daily", "weekdays", "weekly"])
    sch.add_argument("--days", type=_days, default=[], metavar="mon,tue,...",
                     help="the days of the week (with --repeat weekly)")
    sch.add_argument("--at", required=True, metavar="HH:MM[,HH:MM...]",
                     help="start times in the day (station time)")
    sch.add_argument("--from", dest="first", type=_date, metavar="DATE")
    sch.add_argument("--until", type=_date, metavar="DATE")
    sch.add_argument("--skip", default="", metavar="DATE,...", help="days left out")
    add_actor(sch)
    add_json(sch)
    sch.set_defaults(func=cmd_schedule)

    occ = cmds.add_parser("occurrences", parents=[parent], help="the airings of a programme")
    occ.add_argument("id", type=int)
    occ.add_argument("--from", dest="first", type=_date, metavar="DATE")
    occ.add_argument("--days", type=int, default=28)
    add_json(occ)
    occ.set_defaults(func=cmd_occurrences)

    tgt = cmds.add_parser("targets", parents=[parent], help="where a programme goes")
    tgt.add_argument("id", type=int)
    which = tgt.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="the whole commune")
    which.add_argument("--villages", metavar="NAME,NAME")
    which.add_argument("--devices", metavar="ID,ID")
    add_actor(tgt)
    add_json(tgt)
    tgt.set_defaults(func=cmd_targets)

    jin = cmds.add_parser("jingle", parents=[parent], help="place a jingle in a programme")
    jin.add_argument("id", type=int)
    jin.add_argument("--item", required=True, help="the library item of the jingle")
    where = jin.add_mutually_exclusive_group(required=True)
    where.add_argument("--every", type=int, metavar="N", help="one after every N items")
    where.add_argument("--intro", action="store_true")
    where.add_argument("--outro", action="store_true")
    add_actor(jin)
    add_json(jin)
    jin.set_defaults(func=cmd_jingle)

    rel = cmds.add_parser("relay", parents=[parent],
                          help="add a relay of a stream (tiếp sóng) to a programme")
    rel.add_argument("id", type=int)
    rel.add_argument("--url", required=True, help="the stream: http(s):// or rtsp://")
    rel.add_argument("--minutes", type=float, required=True, help="how long to relay it")
    rel.add_argument("--name", help="the relay's name in the running order and reports")
    add_actor(rel)
    add_json(rel)
    rel.set_defaults(func=cmd_relay)

    dup = cmds.add_parser("duplicate", parents=[parent], help="copy a programme (Nhân bản)")
    dup.add_argument("id", type=int)
    dup.add_argument("--name")
    add_actor(dup)
    add_json(dup)
    dup.set_defaults(func=cmd_duplicate)

    dele = cmds.add_parser("delete", parents=[parent], help="delete a draft")
    dele.add_argument("id", type=int)
    add_actor(dele)
    add_json(dele)
    dele.set_defaults(func=cmd_delete)

    wd = cmds.add_parser("withdraw", parents=[parent],
                         help="take a scheduled programme off the air (devices drop it)")
    wd.add_argument("id", type=int)
    wd.add_argument("--reason", default="")
    add_actor(wd)
    add_json(wd)
    wd.set_defaults(func=cmd_withdraw)


def cmd_schedule(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        times = [t.strip() for t in args.at.split(",") if t.strip()]
        skip = [s.strip() for s in args.skip.split(",") if s.strip()]
        if args.repeat == "weekly" and not args.days:
            fail("say which days with --days mon,wed,...")
        svc.set_schedule(ctx.db, actor, args.id, args.repeat, times=times,
                         start_date=args.first, end_date=args.until, weekdays=args.days,
                         skip=skip)
        row, _entries = svc.get_programme(ctx.db, args.id)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    nxt = row.next_airing.isoformat() if row.next_airing else None
    emit(args, {"id": args.id, "repeat": args.repeat, "next": nxt},
         f"programme {args.id}: {args.repeat} at {', '.join(times)}; next airing {nxt or '-'}")
    return 0


def cmd_occurrences(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        first = args.first or station_now().date()
        since = dt.datetime.combine(first, dt.time(), STATION_TZ)
        until = since + dt.timedelta(days=max(1, args.days))
        with ctx.db.read() as session:
            from ..services.programmes.common import load

            starts = schedule.airings_between(load(session, args.id), since, until)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, [{"start": s.isoformat()} for s in starts],
         lambda: "\n".join(s.strftime("%Y-%m-%d %H:%M %a") for s in starts) or "no airings")
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        if args.all:
            choice = svc.TargetChoice()
        elif args.villages:
            names = tuple(v.strip() for v in args.villages.split(",") if v.strip())
            choice = svc.TargetChoice(False, villages=names)
        else:
            ids = tuple(d.strip() for d in args.devices.split(",") if d.strip())
            choice = svc.TargetChoice(False, devices=ids)
        svc.set_targets(ctx.db, actor, args.id, choice)
        devices = sorted(svc.target_tree(ctx.db).devices_of(choice))
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": args.id, "targets": choice.spec(), "devices": devices},
         f"programme {args.id} goes to {targets.describe(choice)} ({len(devices)} devices)")
    return 0


def cmd_jingle(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        svc.add_jingle_item(ctx.db, actor, args.id, args.item, intro=args.intro,
                            outro=args.outro, every=args.every or 0)
        _row, entries = svc.get_programme(ctx.db, args.id)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    count = sum(1 for e in entries if e.kind == "jingle")
    emit(args, {"id": args.id, "jingles": count},
         f"programme {args.id}: {count} jingle(s) in {len(entries)} entries")
    return 0


def cmd_relay(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        entry = svc.add_entry(ctx.db, actor, args.id, "stream", stream_url=args.url,
                              duration_s=args.minutes * 60, title=args.name)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": args.id, "entry": entry},
         f"programme {args.id}: relay of {args.url} for {args.minutes:g} min added")
    return 0


def cmd_duplicate(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        new = lifecycle.duplicate(ctx.db, actor, args.id, name=args.name)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": new}, f"programme {args.id} copied as {new}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        lifecycle.delete_draft(ctx.db, actor, args.id)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": args.id, "deleted": True}, f"programme {args.id} deleted")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        jobs = lifecycle.withdraw(ctx.db, actor, args.id, reason=args.reason)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": args.id, "status": "withdrawn", "jobs": jobs},
         f"programme {args.id} withdrawn; {len(jobs)} device(s) told to drop it")
    return 0
