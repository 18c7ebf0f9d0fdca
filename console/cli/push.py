"""`commune-console push PROGRAMME_ID [--json] [--no-wait]`: deliver a programme."""

from __future__ import annotations

import argparse

from ..services.errors import ServiceError
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    push = sub.add_parser(
        "push", parents=[parent], help="push an approved programme to its clusters and boards",
        description="Create one delivery job per target (a re-push changes nothing) and send "
        "them. Targets that are away keep their job and get it when they come back.")
    push.add_argument("programme_id", type=int)
    push.add_argument("--no-wait", action="store_true",
                      help="only queue the jobs; the console sends them")
    push.add_argument("--timeout", type=float, default=60.0,
                      help="seconds to keep trying before reporting (default 60)")
    add_actor(push)
    add_json(push)
    push.set_defaults(func=cmd_push)


def cmd_push(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..delivery.dispatcher import Dispatcher, job_views
    from ..models import DeliveryJob, Programme
    from ..services.library_media import media_fetcher
    from ..services.push import push_programme

    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            push_programme(ctx, actor, args.programme_id)  # at the station's loudness
            with ctx.db.read() as session:
                version = session.scalar(select(Programme.version)
                                         .where(Programme.id == args.programme_id))
                ids = list(session.scalars(select(DeliveryJob.id).where(
                    DeliveryJob.programme_id == args.programme_id,
                    DeliveryJob.programme_version == version)))
        except ServiceError as exc:
            fail(exc)
        if args.no_wait:
            views = job_views(ctx, ids)
        else:
            dispatcher = Dispatcher(ctx, fetch=media_fetcher(ctx))
            try:
                views = dispatcher.drain(ids, timeout_s=args.timeout)
            finally:
                dispatcher.close()
    finally:
        ctx.close()
    data = {"targets": [{"id": v.target_id, "state": v.state, "detail": v.detail or ""}
                        for v in views]}

    def text() -> str:
        width = max((len(v.target_id) for v in views), default=4)
        lines = [f"{v.target_id:<{width}}  {v.state:<9}  {v.detail or ''}" for v in views]
        done = sum(v.state == "delivered" for v in views)
        return "\n".join([*lines, f"{done} of {len(views)} targets delivered"])

    emit(args, data, text)
    return 0 if args.no_wait or all(v.state == "delivered" for v in views) else 2
