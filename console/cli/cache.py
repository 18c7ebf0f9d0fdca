"""`commune-console cache status | prune | pin | unpin`: the media cache on this PC."""

from __future__ import annotations

import argparse

from ..services.errors import ServiceError
from ..services.media_cache import prune_cache, read_cache_status, set_pinned
from ..services.permissions import Permission
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

GB = 2**30


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cache = sub.add_parser("cache", parents=[parent], help="the media cache on this PC")
    cache_sub = cache.add_subparsers(dest="cache_command", required=True)
    status = cache_sub.add_parser(
        "status", parents=[parent],
        help="size against the limit, what programmes need, what is not on this PC")
    add_json(status)
    status.set_defaults(func=cmd_status)
    prune = cache_sub.add_parser(
        "prune", parents=[parent],
        help="remove least recently used media down to the limit (never what a programme, "
             "a template or a pinned item needs)")
    prune.add_argument("--max-gb", type=float, metavar="N",
                       help="prune down to N GB this once (default: the station's limit)")
    add_actor(prune)
    add_json(prune)
    prune.set_defaults(func=cmd_prune)
    for name, pinned, text in (("pin", True, "keep these items' files on this PC"),
                               ("unpin", False, "let the cache remove these items' files")):
        command = cache_sub.add_parser(name, parents=[parent], help=text)
        command.add_argument("items", nargs="+", metavar="ITEM_ID")
        add_actor(command)
        add_json(command)
        command.set_defaults(func=cmd_pin, pinned=pinned)


def _gb(value: int) -> float:
    return round(value / GB, 2)


def cmd_status(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        status = read_cache_status(ctx)
    finally:
        ctx.close()
    emit(args, status.to_json(), lambda: "\n".join([
        f"used: {_gb(status.used_bytes)} GB of {_gb(status.limit_bytes)} GB "
        f"({status.files} files)",
        f"needed by programmes, templates, pins and emergencies: {_gb(status.needed_bytes)} GB "
        f"({status.needed_files} files)",
        f"needed but not on this PC yet: {status.needed_missing_files} files "
        f"({_gb(status.needed_missing_bytes)} GB)",
        f"removed to save space (fetched again on demand): {status.evicted_files} files",
        f"pinned items: {status.pinned_items}",
    ]))
    return 0


def cmd_prune(args: argparse.Namespace) -> int:
    require_as(args)  # the console's own pruning acts as itself; a command never does
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin), Permission.SYNC)
        try:
            result = prune_cache(ctx, actor, args.max_gb)
        except ServiceError as exc:
            fail(str(exc))
    finally:
        ctx.close()
    data = {"freed_bytes": result.freed_bytes, "files": result.files,
            "used_bytes": result.used_bytes, "limit_bytes": result.limit_bytes,
            "still_over": result.still_over}
    emit(args, data, lambda: (
        f"removed {result.files} files ({_gb(result.freed_bytes)} GB); the cache holds "
        f"{_gb(result.used_bytes)} GB of {_gb(result.limit_bytes)} GB"
        + ("; what is left is needed by programmes, templates or pinned items"
           if result.still_over else "")))
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    require_as(args)
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin), Permission.SYNC)
        try:
            changed = set_pinned(ctx, actor, args.items, args.pinned)
        except ServiceError as exc:
            fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"changed": changed, "pinned": args.pinned},
         f"{changed} item(s) {'pinned' if args.pinned else 'unpinned'}")
    return 0
