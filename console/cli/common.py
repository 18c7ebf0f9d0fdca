"""Shared pieces of the command line: output, errors, and acting as a local user."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ..app import open_station
from ..models.enums import Role
from ..paths import default_data_dir
from ..services.errors import ServiceError
from ..services.permissions import Actor, Permission
from ..services.users import UserService
from ..settings import UI_LANGUAGE
from ..station import StationContext
from .language import error_message, use_language


class CommandError(Exception):
    """Ends a command with a one-line reason and a non-zero exit."""

    def __init__(self, reason: str, code: int = 1) -> None:
        super().__init__(reason)
        self.code = code


def fail(reason: str | BaseException, code: int = 1) -> NoReturn:
    """End the command; an exception is said in the command line's language."""
    if isinstance(reason, BaseException):
        reason = error_message(reason)
    raise CommandError(reason, code)


def common_parser() -> argparse.ArgumentParser:
    """Options every command accepts, wherever they are written on the line."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="station data folder (default: the per-user data folder)")
    parent.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="log debug detail to stderr")
    parent.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS,
                        help="language of error messages (default: the station's language "
                        "when it was chosen, else English)")
    parent.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                        help="the station database: sqlite:///FILE or postgresql+psycopg://"
                             "USER@SERVER:5432/NAME (password from the keyring: `database "
                             "connect`); default: the data folder's workstation.json, else "
                             "its own SQLite file")
    return parent


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def add_actor(parser: argparse.ArgumentParser, *, optional: bool = False) -> None:
    """`--as USER`: a command that changes the station's data is refused without it before
    anything else is read, asked or changed (`optional`: the command decides, as without a
    user it changes nothing)."""
    parser.add_argument("--as", dest="as_user", metavar="USER",
                        help="act as this local user (asks for the password)")
    parser.set_defaults(actor_required=not optional)
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password(s) from standard input, one a line")


def data_dir(args: argparse.Namespace) -> Path:
    return getattr(args, "data_dir", None) or default_data_dir()


def open_context(args: argparse.Namespace) -> StationContext:
    try:
        ctx = open_station(data_dir(args), database=getattr(args, "database", None))
    except ServiceError as exc:
        fail(exc)
    except Exception as exc:  # a database that cannot be opened: say why in one line
        fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    if getattr(args, "lang", None) is None and ctx.settings.is_set(UI_LANGUAGE):
        use_language(ctx.settings.get(UI_LANGUAGE))  # the station chose its language
    return ctx


class PasswordSource:
    """Passwords from standard input (one a line) or from an interactive prompt."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self._lines: list[str] | None = None
        self._from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def next(self, prompt: str) -> str:
        if self._from_stdin:
            if self._lines is None:
                self._lines = self._stdin.read().splitlines()
            if not self._lines:
                fail("standard input has no more password lines")
            return self._lines.pop(0)
        if not sys.stdin or not sys.stdin.isatty():
            fail("a password is needed: give it with --password-stdin")
        return getpass.getpass(prompt)


def require_as(args: argparse.Namespace) -> None:
    """Fail at once (before any other prompt) when a changing command names no user."""
    if not getattr(args, "as_user", None):
        fail("this command changes the station's data: say who you are with --as USER")


def acting_user(ctx: StationContext, args: argparse.Namespace,
                passwords: PasswordSource, permission: Permission | None = None) -> Actor:
    """Authenticate `--as USER`; every change is done and audited as that user. Wrong
    passwords count toward the account's lock, as in the window.

    Only the console's own background work acts as the console ("system"); a command
    never does.
    """
    require_as(args)
    password = passwords.next(f"Password for {args.as_user}: ")
    try:
        signed = UserService(ctx.db).sign_in(args.as_user, password)
    except ServiceError as exc:
        fail(exc)
    if signed.must_change_password:
        fail(f"{args.as_user} has a one-time password: choose a new one first with "
             f"`commune-console users passwd {args.as_user}`")
    if permission is not None:
        try:
            signed.actor.require(permission)
        except ServiceError as exc:
            fail(exc)
    return signed.actor


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str],
         out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if getattr(args, "json", False):
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    else:
        out.write((text() if callable(text) else text).rstrip("\n") + "\n")


def role_arg(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise argparse.ArgumentTypeError(f"unknown role {value!r} (one of {choices})") from None
