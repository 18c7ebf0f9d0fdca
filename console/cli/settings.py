"""`commune-console settings get|set`: the station settings of the window's Settings page.

`set` acts as the `--as` user (an admin) and is audited; a setting the Department locks
(department.json, "locked") is refused with the reason.
"""

from __future__ import annotations

import argparse

from ..services.errors import ServiceError
from ..services.station_settings import EDITABLE, SettingView, change_settings, read_settings
from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("settings", parents=[parent], help="station settings",
                         description="Settings: " + ", ".join(EDITABLE))
    cmd_sub = cmd.add_subparsers(dest="settings_command", required=True)
    get = cmd_sub.add_parser("get", parents=[parent], help="show settings (all, or one)")
    get.add_argument("key", nargs="?")
    add_json(get)
    get.set_defaults(func=cmd_get)
    put = cmd_sub.add_parser("set", parents=[parent], help="change a setting")
    put.add_argument("key")
    put.add_argument("value")
    add_actor(put)
    add_json(put)
    put.set_defaults(func=cmd_set)


def _line(view: SettingView) -> str:
    note = ""
    if view.locked:
        note = f"\t(locked by {view.department})"
    elif view.preset is not None:
        note = f"\t(preset by {view.department}: {view.preset})"
    return f"{view.key}\t{view.value}{note}"


def _data(view: SettingView) -> dict[str, object]:
    return {"key": view.key, "value": view.value, "default": view.default,
            "preset": view.preset, "locked": view.locked, "department": view.department}


def cmd_get(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        views = read_settings(ctx, [args.key] if args.key else None)
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    if args.key:
        emit(args, _data(views[0]), _line(views[0]))
    else:
        emit(args, [_data(v) for v in views], "\n".join(_line(v) for v in views))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        changed = change_settings(ctx, actor, {args.key: args.value})
        view = read_settings(ctx, [args.key])[0]
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    emit(args, {**_data(view), "changed": bool(changed)},
         f"{view.key} = {view.value}" + ("" if changed else " (unchanged)"))
    return 0
