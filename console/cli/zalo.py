"""`commune-console zalo connect|status|publish|articles`: the commune's Zalo OA."""

from __future__ import annotations

import argparse
import getpass
import sys

from ..services import zalo
from ..services.errors import ServiceError
from ..services.users import UserService
from .common import add_json, emit, fail, open_context

EXIT_WAITING = 2  # published later: the article waits in the outbox


class _Secrets:
    """Lines of standard input, in the order the flags name them; else a prompt."""

    def __init__(self, any_stdin: bool) -> None:
        self._lines = sys.stdin.read().splitlines() if any_stdin else []

    def take(self, from_stdin: bool, prompt: str, flag: str) -> str:
        if from_stdin:
            if not self._lines:
                fail(f"standard input has no line left for {flag}")
            return self._lines.pop(0).strip()
        if not sys.stdin or not sys.stdin.isatty():
            fail(f"give it on standard input with {flag}")
        return getpass.getpass(prompt)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    zalo_parser = sub.add_parser("zalo", parents=[parent], help="the commune's Zalo OA")
    zalo_sub = zalo_parser.add_subparsers(dest="zalo_command", required=True)

    connect = zalo_sub.add_parser(
        "connect", parents=[parent], help="connect the OA (tokens go to the keyring)",
        description="Connect the commune's Zalo OA. Standard input gives, one a line and in "
        "this order, the refresh token (--refresh-token-stdin), the app's secret key "
        "(--secret-key-stdin) and the password of --as USER (--password-stdin); what is not "
        "on standard input is asked for.")
    connect.add_argument("--server", default=zalo.state.API_URL,
                         help="the OA API (default: Zalo's); the token server is the same "
                         "address unless --oauth-server says otherwise")
    connect.add_argument("--oauth-server", help="Zalo's token server (default: Zalo's own "
                         "for Zalo's API, else --server)")
    connect.add_argument("--app-id", required=True)
    connect.add_argument("--refresh-token-stdin", action="store_true")
    connect.add_argument("--secret-key-stdin", action="store_true")
    _actor(connect)
    connect.set_defaults(func=cmd_connect)

    status = zalo_sub.add_parser("status", parents=[parent],
                                 help="the OA's name, followers and when they were read")
    add_json(status)
    status.set_defaults(func=cmd_status)

    publish = zalo_sub.add_parser(
        "publish", parents=[parent], help="publish a bulletin as an OA article",
        description="Publish a bulletin's current revision as an article (at most once per "
        "revision: asked again, prints the same article id). Exit 2 when the article waits "
        "in the outbox because Zalo cannot be reached.")
    publish.add_argument("item_id", metavar="ITEM_ID")
    publish.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                         help="how long to wait for Zalo to make the article")
    _actor(publish)
    publish.set_defaults(func=cmd_publish)

    articles = zalo_sub.add_parser("articles", parents=[parent],
                                   help="articles published, waiting and removed")
    add_json(articles)
    articles.set_defaults(func=cmd_articles)


def _actor(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_user", metavar="USER", required=True,
                        help="act as this local user")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the user's password from standard input")
    add_json(parser)


def _login(ctx, args: argparse.Namespace, lines: _Secrets):  # type: ignore[no-untyped-def]
    password = lines.take(args.password_stdin, f"Password for {args.as_user}: ",
                          "--password-stdin")
    try:
        return UserService(ctx.db).authenticate(args.as_user, password)
    except ServiceError as exc:
        fail(str(exc))


def _status_text(status: zalo.ZaloStatus) -> str:
    if not status.connected:
        return "Zalo OA: not connected"
    lines = [f"Zalo OA: {status.oa_name or '(name not read yet)'} ({status.server})",
             f"followers: {status.followers if status.followers is not None else '-'}"
             + (f" (read {status.last_read:%Y-%m-%d %H:%M})" if status.last_read else ""),
             f"articles: {status.published} published, {status.waiting} waiting"]
    if status.problem_message:
        lines.append(f"problem: {status.problem_message}")
    return "\n".join(lines)


def cmd_connect(args: argparse.Namespace) -> int:
    lines = _Secrets(args.refresh_token_stdin or args.secret_key_stdin or args.password_stdin)
    refresh = lines.take(args.refresh_token_stdin, "Refresh token: ", "--refresh-token-stdin")
    secret = lines.take(args.secret_key_stdin, "App secret key: ", "--secret-key-stdin")
    ctx = open_context(args)
    try:
        actor = _login(ctx, args, lines)
        status = zalo.connect_oa(ctx, actor, app_id=args.app_id, secret_key=secret,
                                 refresh_token=refresh, server=args.server,
                                 oauth_server=args.oauth_server)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    emit(args, status.to_json(), lambda: _status_text(status))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        status = zalo.zalo_status(ctx)
    finally:
        ctx.close()
    emit(args, status.to_json(), lambda: _status_text(status))
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    lines = _Secrets(args.password_stdin)
    ctx = open_context(args)
    try:
        actor = _login(ctx, args, lines)
        view = zalo.publish_item(ctx, actor, args.item_id)
        if view.article_id is None:
            view = zalo.send_now(ctx, view, wait_s=args.wait)
        status = zalo.zalo_status(ctx)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        ctx.close()
    if status.problem_message:
        fail(status.problem_message)
    data = {"article_id": view.article_id, "item_id": view.item_id, "revision": view.revision,
            "state": view.state}
    emit(args, data, lambda: f"article {view.article_id}" if view.article_id
         else f"{view.state}: {zalo.NOT_SENT_YET}")
    if view.article_id is None:
        if view.last_error:
            print(f"commune-console: {view.last_error}", file=sys.stderr)
        return EXIT_WAITING
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        views = zalo.list_articles(ctx)
    finally:
        ctx.close()

    def text() -> str:
        return "\n".join(
            f"{v.article_id or '-'}\t{v.state}\t{v.item_id}@{v.revision}\t"
            f"{v.total_view if v.total_view is not None else '-'}\t{v.title}"
            for v in views) or "no articles"
    emit(args, [v.to_json() for v in views], text)
    return 0
