"""`commune-console users add|list|passwd|disable|enable|role`: accounts from a terminal.

Changes are made as the `--as` user (an admin, except for changing one's own password)
and audited; wrong passwords count toward the account's lock as in the window.
"""

from __future__ import annotations

import argparse

from ..services.errors import ServiceError
from ..services.users import UserRow, UserService, new_one_time_password
from ..timezone import to_station
from .common import (
    PasswordSource,
    acting_user,
    add_actor,
    add_json,
    emit,
    fail,
    open_context,
    role_arg,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    users = sub.add_parser("users", parents=[parent], help="local user accounts")
    users_sub = users.add_subparsers(dest="users_command", required=True)

    add = users_sub.add_parser(
        "add", parents=[parent], help="add a local user",
        description="Add a user. On a fresh data folder the first user must be an admin and "
        "needs no --as. With --password-stdin, the first line is the new user's password and "
        "the second the password of the --as admin. --one-time makes a one-time password "
        "instead (printed once; the user chooses their own at the first sign-in).",
    )
    add.add_argument("name")
    add.add_argument("--role", type=role_arg, required=True)
    add.add_argument("--display-name")
    add.add_argument("--one-time", action="store_true",
                     help="make and print a one-time password instead of asking for one")
    add_actor(add, optional=True)
    add_json(add)
    add.set_defaults(func=cmd_add)

    lst = users_sub.add_parser("list", parents=[parent], help="list local users")
    add_json(lst)
    lst.set_defaults(func=cmd_list)

    passwd = users_sub.add_parser(
        "passwd", parents=[parent], help="change your own password, or reset a user's",
        description="Without --reset: change NAME's own password (asks the old one, then "
        "the new one twice; with --password-stdin: old, new, new, one a line). With --reset "
        "and --as ADMIN: give NAME a new one-time password, printed once, to be changed at "
        "the next sign-in (it also lifts a lock).",
    )
    passwd.add_argument("name")
    passwd.add_argument("--reset", action="store_true",
                        help="an administrator's reset to a one-time password")
    add_actor(passwd, optional=True)  # one's own password: the old one proves who it is
    add_json(passwd)
    passwd.set_defaults(func=cmd_passwd)

    for name, text, active in (("disable", "disable an account (it is never deleted)", False),
                               ("enable", "enable an account again (lifts a lock)", True)):
        cmd = users_sub.add_parser(name, parents=[parent], help=text)
        cmd.add_argument("name")
        add_actor(cmd)
        add_json(cmd)
        cmd.set_defaults(func=cmd_set_active, active=active)

    role = users_sub.add_parser("role", parents=[parent], help="change a user's role")
    role.add_argument("name")
    role.add_argument("role", type=role_arg)
    add_actor(role)
    add_json(role)
    role.set_defaults(func=cmd_role)


def cmd_add(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    passwords = PasswordSource(args.password_stdin)
    one_time = None
    try:
        users = UserService(ctx.db)
        if not users.has_users():
            if args.role.value != "admin":
                fail("the first user of a station must be an admin (--role admin)")
            password = passwords.next(f"Password for the new user {args.name}: ")
            users.create_first_admin(args.name, password, args.display_name)
        else:
            if args.one_time:
                password = one_time = new_one_time_password()
            else:
                password = passwords.next(f"Password for the new user {args.name}: ")
            actor = acting_user(ctx, args, passwords)
            users.add_user(actor, args.name, args.role, password, args.display_name,
                           one_time=bool(one_time))
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    data = {"username": args.name, "role": args.role.value}
    text = f"user {args.name} ({args.role.value}) added"
    if one_time:
        data["one_time_password"] = one_time
        text += f"; one-time password: {one_time} (to be changed at the first sign-in)"
    emit(args, data, text)
    return 0


def _state(row: UserRow) -> str:
    if not row.active:
        return "disabled"
    if row.locked():
        assert row.locked_until is not None
        return f"locked until {to_station(row.locked_until):%H:%M}"
    return "must change password" if row.must_change_password else ""


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = UserService(ctx.db).list()
    finally:
        ctx.close()
    data = [{"username": r.username, "display_name": r.display_name, "role": r.role,
             "active": r.active, "must_change_password": r.must_change_password,
             "locked_until": r.locked_until.isoformat() if r.locked() and r.locked_until
             else None,
             "last_login_at": r.last_login_at.isoformat() if r.last_login_at else None}
            for r in rows]
    emit(args, data, lambda: "\n".join(f"{r.username}\t{r.role}\t{_state(r)}".rstrip()
                                       for r in rows) or "no users")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    passwords = PasswordSource(args.password_stdin)
    try:
        users = UserService(ctx.db)
        if args.reset:
            actor = acting_user(ctx, args, passwords)
            one_time = users.reset_password(actor, args.name)
            emit(args, {"username": args.name, "one_time_password": one_time},
                 f"one-time password for {args.name}: {one_time} (to be changed at the next "
                 "sign-in)")
            return 0
        old = passwords.next(f"Current password for {args.name}: ")
        new = passwords.next("New password: ")
        if passwords.next("New password again: ") != new:
            fail("the two new passwords are not the same")
        users.change_password(args.name, old, new)
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    emit(args, {"username": args.name, "changed": True}, f"password of {args.name} changed")
    return 0


def cmd_set_active(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        row = UserService(ctx.db).set_active(actor, args.name, args.active)
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    emit(args, {"username": row.username, "active": row.active},
         f"{row.username} {'enabled' if row.active else 'disabled'}")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
        row = UserService(ctx.db).set_role(actor, args.name, args.role)
    except ServiceError as exc:
        fail(exc)
    finally:
        ctx.close()
    emit(args, {"username": row.username, "role": row.role},
         f"{row.username} is now {row.role}")
    return 0
