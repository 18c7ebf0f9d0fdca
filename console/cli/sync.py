"""`commune-console login` and `commune-console sync`.

Both talk to the source system with the station's account, and both change the station's
data (the stored account; the catalogue and the outbox), so both name a local user with
`--as USER`. With `--password-stdin` the first line is the source-system password (login,
one-shot sync) and the last line the local user's. Each run is audited under that user.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

from ..services.errors import ServiceError
from ..services.permissions import Permission
from ..settings import SYNC_INTERVAL_MIN
from ..sync.errors import Cancelled, IncompleteSync, SyncError
from ..sync.service import SyncService
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

log = logging.getLogger(__name__)

# Exit codes of `sync --once` (README, command table).
EXIT_COMPLETE = 0   # everything pulled, fetched and sent
EXIT_FAILED = 1     # nothing could be done (no account, login refused, no link, ...)
EXIT_PARTIAL = 3    # stopped part-way or some files not fetched; what was got is kept
EXIT_CANCELLED = 130


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    login = sub.add_parser("login", parents=[parent],
                           help="store the source-system account (password in the keyring)")
    login.add_argument("--server", required=True, help="API base URL of the source system")
    login.add_argument("--user", required=True)
    login.add_argument("--ca-bundle", metavar="PEM",
                       help="CA certificates of a provincial server with an internal CA")
    login.add_argument("--tls-pin", metavar="SHA256",
                       help="accept exactly this certificate (its SHA-256 fingerprint, as "
                       "`openssl x509 -noout -fingerprint -sha256` prints it) instead of "
                       "verifying it; for a self-signed https:// server (\"\" removes it)")
    add_actor(login)
    add_json(login)
    login.set_defaults(func=cmd_login)

    sync = sub.add_parser("sync", parents=[parent],
                          help="pull the catalogue and media, send the outbox")
    sync.add_argument("--once", action="store_true", help="one run, then exit")
    sync.add_argument("--interval", type=float, default=None,
                      help="seconds between runs without --once (default: the station's "
                      "sync interval, 5 minutes unless changed in Settings)")
    sync.add_argument("--server", help="one-shot: this server instead of the stored one")
    sync.add_argument("--user", help="one-shot: this account")
    sync.add_argument("--no-media", action="store_true", help="catalogue only")
    add_actor(sync)
    sync.add_argument("--budget-mb", type=float, metavar="N",
                      help="this run receives at most N MB (emergency media aside); "
                           "overrides the daily data budget for the run")
    add_json(sync)
    sync.set_defaults(func=cmd_sync)


def cmd_login(args: argparse.Namespace) -> int:
    from ..services.source_account import connect_source

    require_as(args)
    ctx = open_context(args)
    try:
        passwords = PasswordSource(args.password_stdin)
        password = passwords.next(f"Password of the source account {args.user}: ")
        actor = acting_user(ctx, args, passwords, Permission.EDIT_SETTINGS)
        try:
            station = connect_source(ctx, actor, args.server, args.user, password,
                                     ca_bundle=args.ca_bundle, tls_pin=args.tls_pin)
        except (SyncError, ValueError, ServiceError) as exc:
            fail(exc)
        if not ctx.secrets.persistent:
            log.warning("no keyring on this machine: the password is not kept after this "
                        "command; use `sync --server … --user … --password-stdin`")
    finally:
        ctx.close()
    emit(args, {"station": station.__dict__},
         f"logged in to {args.server} for {station.name} ({station.code})")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from ..services.source_account import record_sync_run

    require_as(args)
    if (args.server or args.user) and not (args.server and args.user):
        fail("one-shot sync needs both --server and --user")
    if args.budget_mb is not None and args.budget_mb < 0:
        fail("--budget-mb must be 0 or more")
    ctx = open_context(args)
    service = SyncService(ctx)
    if args.interval is None:
        args.interval = float(ctx.settings.get(SYNC_INTERVAL_MIN)) * 60
    try:
        client = None
        passwords = PasswordSource(args.password_stdin)
        source_password = None
        if args.server:
            source_password = passwords.next(f"Password of the source account {args.user}: ")
        actor = acting_user(ctx, args, passwords, Permission.SYNC)
        if args.server:
            try:
                client = service.make_client(args.server, args.user)
            except ValueError as exc:
                fail(exc)
            try:
                client.login(source_password or "", remember=False)
            except SyncError as exc:
                fail(exc)
        while True:
            try:
                result = service.sync_once(client=client, media=not args.no_media,
                                           budget_mb=args.budget_mb)
            except Cancelled:
                return EXIT_CANCELLED
            except IncompleteSync as exc:
                result = exc.result
                if args.once and not result.kept_anything:
                    fail(str(exc))
                # Stopped part-way but kept what it got: the figures, and why it stopped.
                record_sync_run(ctx, actor, result)
                print(f"sync stopped part-way: {exc}", file=sys.stderr)
                emit(args, result.summary(), lambda r=result: _text(r))
            except SyncError as exc:
                if args.once:
                    fail(exc)
                log.warning("sync failed: %s; next try in %.0f s", exc, args.interval)
            else:
                record_sync_run(ctx, actor, result)
                if result.withdrawn_in_use:  # off every programme and device still to air
                    from ..services.withdrawals import take_off_air

                    take_off_air(ctx, list(result.withdrawn_in_use))
                emit(args, result.summary(), lambda r=result: _text(r))
            if args.once:
                return EXIT_COMPLETE if result.status == "complete" else EXIT_PARTIAL
            time.sleep(args.interval)
    finally:
        if client is not None:
            client.close()
        ctx.close()


def _text(result) -> str:  # type: ignore[no-untyped-def]
    lines = [
        f"items: {result.items_added} added, {result.items_updated} updated, "
        f"{result.items_withdrawn} withdrawn, {result.items_rejected} rejected",
        f"media: {result.files_downloaded} files ({result.bytes / 2**20:.1f} MB), "
        f"{result.files_failed} failed",
        f"outbox: {result.outbox_sent} sent; {result.seconds:.1f} s",
    ]
    if result.limited:
        budget = ("no budget" if result.budget_bytes is None
                  else f"budget {result.budget_bytes / 2**20:.1f} MB")
        lines.append(f"data: {result.received / 2**20:.1f} MB received ({budget}); "
                     f"{result.held_back} files ({result.held_bytes / 2**20:.1f} MB) wait for "
                     f"the budget or an unmetered link")
    if result.stopped:
        lines.insert(0, f"stopped part-way: {result.stopped}")
    lines += [f"warning: {e}" for e in result.errors[:5] if e != result.stopped]
    lines += [f"withdrawn, taken off the programmes and devices that had it: {i}"
              for i in result.withdrawn_in_use]
    return "\n".join(lines)
