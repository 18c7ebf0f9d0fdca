"""`commune-console devices list|status|import FILE|export FILE|collect`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.errors import ServiceError
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    devices = sub.add_parser("devices", parents=[parent], help="loudspeaker clusters and boards")
    d_sub = devices.add_subparsers(dest="devices_command", required=True)
    lst = d_sub.add_parser("list", parents=[parent], help="the registry, as stored")
    add_json(lst)
    lst.set_defaults(func=cmd_list)
    status = d_sub.add_parser("status", parents=[parent], help="ask every target now")
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
    add_json(collect)
    collect.set_defaults(func=cmd_collect)


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
        states = poll(ctx)
    finally:
        ctx.close()
    emit(args, {"targets": [asdict(s) for s in states]}, lambda: "\n".join(
        f"{s.id:<10} {s.status:<8} vol {s.volume if s.volume is not None else '-':<3} "
        f"v{s.schedule_version or 0:<5} {s.now_playing or ''} {s.detail}".rstrip()
        for s in states) or "no devices registered")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..delivery.registry import import_file

    if not args.file.is_file():
        fail(f"no such file: {args.file}")
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        try:
            report = import_file(ctx, args.file, actor)
        except ServiceError as exc:
            fail(str(exc))
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
    from ..delivery.registry import export_csv

    ctx = open_context(args)
    try:
        count = export_csv(ctx, args.file)
    finally:
        ctx.close()
    emit(args, {"exported": count, "file": str(args.file)},
         f"{count} devices written to {args.file} (device keys are not exported)")
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    from ..delivery.proof import collect

    ctx = open_context(args)
    try:
        stats = collect(ctx)
    finally:
        ctx.close()
    emit(args, {"collected": stats.collected, "inferred": stats.inferred,
                "queued": stats.queued, "unreachable": stats.unreachable},
         f"{stats.collected} plays from device logs, {stats.inferred} inferred from status, "
         f"{stats.queued} queued for the province")
    return 0
