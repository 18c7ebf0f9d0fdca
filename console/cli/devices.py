"""`commune-console devices list|status|import FILE|export FILE|collect`, and the operator
commands `devices volume|stop|play-now|fm TARGET|all`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..services.errors import InvalidInput, ServiceError
from ..services.permissions import Permission
from ..services.translatable import QT_TRANSLATE_NOOP
from ..station import StationContext
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
    devices = sub.add_parser("devices", parents=[parent], help="loudspeaker clusters and boards")
    d_sub = devices.add_subparsers(dest="devices_command", required=True)
    lst = d_sub.add_parser("list", parents=[parent], help="the registry, as stored")
    add_json(lst)
    lst.set_defaults(func=cmd_list)
    status = d_sub.add_parser(
        "status", parents=[parent], help="ask every target now",
        description="Ask every target and print the answers. With --as USER the answers are "
        "also recorded (last seen, status history), as the running console does every 30 s.")
    add_actor(status, optional=True)
    add_json(status)
    status.set_defaults(func=cmd_status)
    imp = d_sub.add_parser("import", parents=[parent],
                           help="import the Department's device list (CSV or XLSX)")
    imp.add_argument("file", type=Path)
    add_actor(imp)
    add_json(imp)
    imp.set_defaults(func=cmd_import)
    exp = d_sub.add_parser("export", parents=[parent], help="write the device list as CSV")
    exp.add_argument("file", type=Path)
    add_json(exp)
    exp.set_defaults(func=cmd_export)
    collect = d_sub.add_parser("collect", parents=[parent],
                               help="fetch play logs into as-run entries and queue them upward")
    add_actor(collect)
    add_json(collect)
    collect.set_defaults(func=cmd_collect)
    volume = d_sub.add_parser("volume", parents=[parent],
                              help="set the volume (0 to 10) of one target or all")
    volume.add_argument("target", metavar="TARGET|all")
    volume.add_argument("level", type=int, metavar="LEVEL")
    stop = d_sub.add_parser("stop", parents=[parent],
                            help="stop what a target (or all) is playing now")
    stop.add_argument("target", metavar="TARGET|all")
    play = d_sub.add_parser("play-now", parents=[parent],
                            help="play a library item now on one target or all")
    play.add_argument("target", metavar="TARGET|all")
    play.add_argument("--item", required=True, metavar="ID", help="a library item id")
    play.add_argument("--quiet-reason", metavar="TEXT",
                      help="during quiet hours: why it must play now (the acting user must be "
                           "allowed to override quiet hours)")
    fm = d_sub.add_parser("fm", parents=[parent],
                          help="relay an FM station now on clusters behind a vendor gateway")
    fm.add_argument("target", metavar="TARGET|all")
    fm.add_argument("--mhz", type=float, required=True, help="the station's frequency, MHz")
    fm.add_argument("--minutes", type=int, default=30,
                    help="how long; then the clusters go back to their schedule (default 30)")
    fm.add_argument("--quiet-reason", metavar="TEXT",
                    help="during quiet hours: why it must go out now (the acting user must be "
                         "allowed to override quiet hours)")
    for parser, func in ((volume, cmd_volume), (stop, cmd_stop), (play, cmd_play_now),
                         (fm, cmd_fm)):
        parser.add_argument("--timeout", type=float, default=30.0,
                            help="seconds to keep trying before reporting (default 30)")
        add_actor(parser)
        add_json(parser)
        parser.set_defaults(func=func)


def cmd_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..delivery.registry import export_rows
    from ..models import DeliveryTarget

    ctx = open_context(args)
    try:
        with ctx.db.read() as session:
            rows = export_rows(session)
            extra = {t.id: t for t in session.scalars(select(DeliveryTarget))}
            for row in rows:
                t = extra[row["id"]]
                row.pop("key", None)
                row.update(status=t.status, last_seen=t.last_seen.isoformat()
                           if t.last_seen else None, schedule_version=t.schedule_version)
    finally:
        ctx.close()
    emit(args, {"targets": rows}, lambda: "\n".join(
        f"{r['id']:<10} {r['kind']:<8} {r['protocol']:<9} {r['status']:<8} {r['name']}"
        for r in rows) or "no devices registered")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ..delivery.status import poll

    ctx = open_context(args)
    try:
        record = bool(args.as_user)
        if record:
            acting_user(ctx, args, PasswordSource(args.password_stdin),
                        Permission.OPERATE_DEVICES)
        states = poll(ctx, record=record)
        if record:
            from ..services.gateway_watch import after_poll

            after_poll(ctx, states)
    finally:
        ctx.close()
    emit(args, {"targets": [asdict(s) for s in states]}, lambda: "\n".join(
        f"{s.id:<10} {s.status:<8} vol {s.volume if s.volume is not None else '-':<3} "
        f"v{s.schedule_version or 0:<5} {s.now_playing or ''} {s.detail}".rstrip()
        for s in states) or "no devices registered")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.device_registry import import_devices

    if not args.file.is_file():
        fail(f"no such file: {args.file}")
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            report = import_devices(ctx, args.file, actor)
        except ServiceError as exc:
            fail(exc)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            fail(f"cannot read {args.file}: {exc}")
    finally:
        ctx.close()
    emit(args, report.as_dict(), lambda: "\n".join(
        [f"line {line}: {reason}" for line, reason in report.errors]
        + [f"{report.imported} imported, {report.updated} updated, "
           f"{len(report.errors)} rejected"]))
    return 0 if not report.errors else 3


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.device_registry import export_devices

    ctx = open_context(args)
    try:
        count = export_devices(ctx, args.file)
    finally:
        ctx.close()
    emit(args, {"exported": count, "file": str(args.file)},
         f"{count} devices written to {args.file} (device keys are not exported)")
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    from ..delivery.proof import collect
    from ..services import audit

    require_as(args)
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin),
                            Permission.PREPARE_REPORTS)
        stats = collect(ctx)
        with ctx.db.write() as session:
            audit.record(session, actor, "play_logs.collect", None, collected=stats.collected,
                         inferred=stats.inferred, queued=stats.queued)
    finally:
        ctx.close()
    emit(args, {"collected": stats.collected, "inferred": stats.inferred,
                "queued": stats.queued, "unreachable": stats.unreachable,
                "nothing_new": stats.quiet},
         f"{stats.collected} plays from device logs, {stats.inferred} inferred from status, "
         f"{stats.queued} queued for the province")
    return 0


def _target_ids(value: str) -> list[str]:
    """`all` (every enabled cluster and board) or one target id."""
    return [] if value.strip().lower() == "all" else [value.strip()]


def _send_command(args: argparse.Namespace, kind: str, label: str,
                  fields: Callable[[StationContext, Any], dict[str, Any]]) -> int:
    """Queue a command on the routine lane, send it, and report per target."""
    from ..services.live_commands import device_command, without_volume

    def queue(ctx: StationContext, actor: Any) -> tuple[list[int], list[tuple[str, str]]]:
        ids = device_command(ctx, actor, kind, _target_ids(args.target), **fields(ctx, actor))
        return ids, (without_volume(ctx, _target_ids(args.target)) if kind == "set_volume"
                     else [])

    return _send_queued(args, kind, label, queue, "their controller takes no volume command")


def _send_queued(args: argparse.Namespace, kind: str, label: str,
                 queue: Callable[[StationContext, Any],
                                 tuple[list[int], list[tuple[str, str]]]],
                 left_out_why: str) -> int:
    """Queue jobs (`queue` returns them and the targets it left out), send them, and report
    per target."""
    from ..delivery.dispatcher import Dispatcher

    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            ids, left_out = queue(ctx, actor)
        except ServiceError as exc:
            fail(exc)
        dispatcher = Dispatcher(ctx)
        try:
            views = dispatcher.drain(ids, timeout_s=args.timeout)
        finally:
            dispatcher.close()
    finally:
        ctx.close()
    acked = sum(v.state == "delivered" for v in views)
    data = {"command": kind, "targets": [
        {"id": v.target_id, "state": v.state, "detail": v.detail or ""} for v in views],
        "left_out": [ident for ident, _name in left_out]}
    width = max((len(v.target_id) for v in views), default=4)
    emit(args, data, lambda: "\n".join(
        [f"{v.target_id:<{width}}  {v.state:<9}  {v.detail or ''}".rstrip() for v in views]
        + [f"{label}: {acked} of {len(views)} targets acknowledged"]
        + ([f"left out ({left_out_why}): "
            f"{', '.join(ident for ident, _name in left_out)}"] if left_out else [])))
    return 0 if acked == len(views) else 2


def cmd_volume(args: argparse.Namespace) -> int:
    if not 0 <= args.level <= 10:
        fail(f"volume {args.level} is out of range (0 to 10)")
    return _send_command(args, "set_volume", f"volume {args.level}",
                         lambda _ctx, _actor: {"volume": args.level})


def cmd_stop(args: argparse.Namespace) -> int:
    return _send_command(args, "stop", "stop", lambda _ctx, _actor: {})


def cmd_play_now(args: argparse.Namespace) -> int:
    """A library item now, under the rules of programmes (quiet hours, validity, approval)."""
    def content(ctx: StationContext, actor: Any) -> dict[str, Any]:
        from ..media.store import MediaStore
        from ..services.live_commands import QuietOverride, item_content

        with ctx.db.read() as session:
            found = item_content(session, args.item, MediaStore(ctx.paths.media))
        if not found.media:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "item {item} has no audio file in the media cache yet"),
                item=args.item)
        override = QuietOverride(actor, args.quiet_reason) if args.quiet_reason else None
        return {"item_id": args.item, "override": override}

    return _send_command(args, "play_now", f"play {args.item}", content)


def cmd_fm(args: argparse.Namespace) -> int:
    """An FM station now on the clusters behind a vendor gateway, for some minutes."""
    from ..services.fm_relay import fm_relay_now, plan_fm_relay
    from ..services.live_commands import QuietOverride

    def queue(ctx: StationContext, actor: Any) -> tuple[list[int], list[tuple[str, str]]]:
        targets = _target_ids(args.target)
        plan = plan_fm_relay(ctx, actor, targets, args.mhz, args.minutes)
        override = QuietOverride(actor, args.quiet_reason) if args.quiet_reason else None
        ids = fm_relay_now(ctx, actor, targets, args.mhz, args.minutes, override=override)
        return ids, plan.left_out

    return _send_queued(args, "fm_relay", f"FM {args.mhz:.1f} MHz for {args.minutes} min",
                        queue, "no FM receiver the console can tune")
