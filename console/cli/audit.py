"""`commune-console audit list`: the audit log, newest first, filtered like the viewer."""

from __future__ import annotations

import argparse
import datetime as dt

from ..models.enums import Role
from ..services import audit
from ..services.audit import AuditFilter
from ..services.errors import ServiceError
from ..services.permissions import Actor
from ..timezone import to_station
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context

# Reading the log from a terminal on the station's computer: whoever can run this can
# also open the database file, so without --as it reads as the machine's administrator.
LOCAL = Actor("local", Role.ADMIN, "command line")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-12-05: {text!r}") from None


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("audit", parents=[parent], help="the audit log (read-only)")
    cmd_sub = cmd.add_subparsers(dest="audit_command", required=True)
    lst = cmd_sub.add_parser(
        "list", parents=[parent], help="list audit entries, newest first",
        description="Who did what, when, on which object. Dates are station days "
        "(Asia/Ho_Chi_Minh), both ends included. --as USER reads as that user (an admin or "
        "a leader); without it, as the computer's administrator.")
    lst.add_argument("--since", type=_date, metavar="DATE")
    lst.add_argument("--until", type=_date, metavar="DATE")
    lst.add_argument("--user", metavar="NAME", help="entries by this person or on their account")
    lst.add_argument("--kind", metavar="KIND", help="user, settings, programme, emergency, …")
    lst.add_argument("--limit", type=int, default=1000)
    add_actor(lst, optional=True)  # without --as: the machine's administrator (above)
    add_json(lst)
    lst.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin)) \
            if args.as_user else LOCAL
        flt = AuditFilter(person=args.user, kind=args.kind, since=args.since, until=args.until)
        rows = audit.query(ctx.db, actor, flt, limit=max(1, args.limit))
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    data = [{"id": r.id, "at": to_station(r.at).isoformat(), "actor": r.actor,
             "action": r.action, "subject": r.subject, "detail": r.detail} for r in rows]
    emit(args, data, lambda: "\n".join(
        f"{to_station(r.at):%Y-%m-%d %H:%M:%S}\t{r.actor}\t{r.action}\t{r.subject or ''}\t"
        f"{audit.describe_detail(r.detail)}".rstrip() for r in rows) or "no entries")
    return 0
