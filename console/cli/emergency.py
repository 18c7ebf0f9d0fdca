"""`commune-console emergency start --item ID | --text "..." [--targets ...]`; `emergency stop`."""

from __future__ import annotations

import argparse

from ..services.errors import ServiceError
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    emergency = sub.add_parser("emergency", parents=[parent],
                               help="emergency broadcast (phát khẩn cấp)")
    e_sub = emergency.add_subparsers(dest="emergency_command", required=True)
    start = e_sub.add_parser("start", parents=[parent], help="pre-empt every target now")
    what = start.add_mutually_exclusive_group(required=True)
    what.add_argument("--item", help="a library item id")
    what.add_argument("--text", help="a message (boards show it; clusters read it)")
    start.add_argument("--targets", nargs="+", metavar="ID", help="default: every target")
    start.add_argument("--timeout", type=float, default=20.0)
    add_actor(start)
    add_json(start)
    start.set_defaults(func=cmd_start)
    stop = e_sub.add_parser("stop", parents=[parent], help="end the emergency everywhere")
    stop.add_argument("--timeout", type=float, default=20.0)
    add_actor(stop)
    add_json(stop)
    stop.set_defaults(func=cmd_stop)


def _send(args: argparse.Namespace, label: str, ident: str, ids: list[int], ctx) -> int:  # type: ignore[no-untyped-def]
    from ..delivery.dispatcher import Dispatcher

    dispatcher = Dispatcher(ctx)
    try:
        views = dispatcher.drain(ids, timeout_s=args.timeout)
    finally:
        dispatcher.close()
    acked = sum(v.state == "delivered" for v in views)
    data = {"emergency": ident, "targets": [
        {"id": v.target_id, "state": v.state, "detail": v.detail or ""} for v in views]}
    emit(args, data, lambda: "\n".join(
        [f"{v.target_id}  {v.state}  {v.detail or ''}" for v in views]
        + [f"{label}: {acked} of {len(views)} targets acknowledged"]))
    return 0 if acked == len(views) else 2


def cmd_start(args: argparse.Namespace) -> int:
    from ..services.live_commands import emergency_start

    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            ident, ids = emergency_start(ctx, actor, item_id=args.item, text=args.text,
                                         target_ids=args.targets)
        except ServiceError as exc:
            fail(exc)
        return _send(args, "emergency started", ident, ids, ctx)
    finally:
        ctx.close()


def cmd_stop(args: argparse.Namespace) -> int:
    from ..services.live_commands import emergency_stop

    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            idents, ids = emergency_stop(ctx, actor)
        except ServiceError as exc:
            fail(exc)
        return _send(args, "emergency ended", ",".join(idents), ids, ctx)
    finally:
        ctx.close()
