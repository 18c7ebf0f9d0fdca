"""`commune-console items list | search`: the local catalogue."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.errors import ServiceError
from ..services.library import list_items, search_items
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
    items = sub.add_parser("items", parents=[parent], help="the local catalogue")
    items_sub = items.add_subparsers(dest="items_command", required=True)
    lst = items_sub.add_parser("list", parents=[parent], help="list items")
    lst.add_argument("--limit", type=int)
    lst.add_argument("--withdrawn", action="store_true", help="include withdrawn items")
    add_json(lst)
    lst.set_defaults(func=cmd_list)
    find = items_sub.add_parser(
        "search", parents=[parent],
        help="find items by title, summary, body, tags or issuer, best first",
        description="Find items; case and accents do not matter (\"dong nai\" finds "
                    "\"Đồng Nai\"). The last word also matches longer words.")
    find.add_argument("query", help="words to look for")
    find.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    find.add_argument("--withdrawn", action="store_true", help="include withdrawn items")
    add_json(find)
    find.set_defaults(func=cmd_search)
    imp = items_sub.add_parser(
        "import", parents=[parent], help="add a local audio, picture or video file",
        description="Adds a file made in the commune as a library item, as the window's "
                    "import does. It needs a leader's approval before air.")
    imp.add_argument("file", type=Path)
    imp.add_argument("--title", help="the title (default: from the file name)")
    add_actor(imp)
    add_json(imp)
    imp.set_defaults(func=cmd_import)
    approve = items_sub.add_parser("approve", parents=[parent],
                                   help="a leader approves a commune-made item for the air")
    approve.add_argument("item")
    add_actor(approve)
    add_json(approve)
    approve.set_defaults(func=cmd_approve)


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = list_items(ctx.db, include_withdrawn=args.withdrawn, limit=args.limit)
    finally:
        ctx.close()
    emit(args, [r.__dict__ for r in rows],
         lambda: "\n".join(f"{r.id}\t{r.priority}\t{r.kind}\t{'cached' if r.cached else '-'}"
                           f"\t{r.title}" for r in rows) or "no items")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        fail("--limit must be at least 1")
    ctx = open_context(args)
    try:
        hits = search_items(ctx.db, args.query, limit=args.limit,
                            include_withdrawn=args.withdrawn)
    finally:
        ctx.close()
    emit(args, [{"id": h.id, "title": h.title, "kind": h.kind, "priority": h.priority}
                for h in hits],
         lambda: "\n".join(f"{h.id}\t{h.priority}\t{h.kind}\t{h.title}" for h in hits)
         or "nothing found")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.local_content import Refusal, Refused, import_file

    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            imported = import_file(ctx, actor, args.file, title=args.title)
        except Refused as exc:
            fail(str(Refusal(args.file, exc.reason, exc.detail)))
        except ServiceError as exc:
            fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": imported.item_id, "title": imported.title, "kind": imported.kind,
                "sha256": imported.sha256, "seconds": imported.duration_s},
         f"{imported.item_id}\t{imported.kind}\t{imported.title} (needs a leader's approval "
         "before air)")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from ..services.live_commands import approve_item

    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            approve_item(ctx, actor, args.item)
        except ServiceError as exc:
            fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"id": args.item, "approved": True}, f"{args.item} approved for the air")
    return 0
