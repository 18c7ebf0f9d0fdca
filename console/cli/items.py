"""`commune-console items list | search`: the local catalogue."""

from __future__ import annotations

import argparse

from ..services.library import list_items, search_items
from .common import add_json, emit, fail, open_context


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
