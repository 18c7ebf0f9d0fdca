"""`commune-console items list`: the local catalogue."""

from __future__ import annotations

import argparse

from ..services.library import list_items
from .common import add_json, emit, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    items = sub.add_parser("items", parents=[parent], help="the local catalogue")
    items_sub = items.add_subparsers(dest="items_command", required=True)
    lst = items_sub.add_parser("list", parents=[parent], help="list items")
    lst.add_argument("--limit", type=int)
    lst.add_argument("--withdrawn", action="store_true", help="include withdrawn items")
    add_json(lst)
    lst.set_defaults(func=cmd_list)


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
