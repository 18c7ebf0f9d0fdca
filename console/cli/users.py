"""`commune-console users add|list`: accounts for the Department's IT staff."""

from __future__ import annotations

import argparse

from ..services.errors import ServiceError
from ..services.users import UserService
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
        "the second the password of the --as admin.",
    )
    add.add_argument("name")
    add.add_argument("--role", type=role_arg, required=True)
    add.add_argument("--display-name")
    add_actor(add, optional=True)
    add_json(add)
    add.set_defaults(func=cmd_add)

    lst = users_sub.add_parser("list", parents=[parent], help="list local users")
    add_json(lst)
    lst.set_defaults(func=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    passwords = PasswordSource(args.password_stdin)
    try:
        if not UserService(ctx.db).has_users():
            if args.role.value != "admin":
                fail("the first user of a station must be an admin (--role admin)")
            password = passwords.next(f"Password for the new user {args.name}: ")
            UserService(ctx.db).create_first_admin(args.name, password, args.display_name)
        else:
            password = passwords.next(f"Password for the new user {args.name}: ")
            actor = acting_user(ctx, args, passwords)
            UserService(ctx.db).add_user(actor, args.name, args.role, password, args.display_name)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, {"username": args.name, "role": args.role.value},
         f"user {args.name} ({args.role.value}) added")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = UserService(ctx.db).list()
    finally:
        ctx.close()
    emit(args, [r.__dict__ for r in rows],
         lambda: "\n".join(f"{r.username}\t{r.role}\t{'' if r.active else 'disabled'}"
                           for r in rows) or "no users")
    return 0
