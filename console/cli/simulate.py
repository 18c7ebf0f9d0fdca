"""`commune-console simulate source|devices|zalo`: the built-in simulators as real HTTP
servers."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    simulate = sub.add_parser("simulate", parents=[parent], help="run a simulator")
    sim_sub = simulate.add_subparsers(dest="sim_command", required=True)

    source = sim_sub.add_parser("source", parents=[parent],
                                help="the provincial source information system")
    source.add_argument("--host", default="127.0.0.1")
    source.add_argument("--port", type=int, default=0, help="0 picks a free port")
    source.add_argument("--items", type=int, default=500)
    source.add_argument("--seed", type=int, default=1)
    source.add_argument("--user", default="demo")
    source.add_argument("--password", default="demo")
    source.add_argument("--emergency-every", type=float, metavar="SECONDS")
    source.add_argument("--rate-kbps", type=float, help="throttle bodies to this many kbit/s")
    source.add_argument("--fail-rate", type=float, default=0.0,
                        help="share of requests that fail (0-1)")
    source.add_argument("--latency-ms", type=int, default=0)
    source.add_argument("--token-ttl", type=int, default=3600, help="access token lifetime, s")
    source.add_argument("--media-dir", type=Path, help="where the generated media are cached")
    source.add_argument("--bulk-files", type=int, default=0,
                        help="extra large files for benchmarks")
    source.add_argument("--bulk-file-bytes", type=int, default=5_000_000)
    source.add_argument("--page-cap", type=int, metavar="N",
                        help="at most N items a page of changes, whatever the client asks")
    source.add_argument("--gzip", action="store_true",
                        help="gzip-code JSON answers for clients that accept it")
    source.add_argument("--feed-fault", metavar="KIND[@POS]",
                        help="the change feed goes wrong from position POS on: stuck (more, "
                             "same cursor, nothing), rewind (a cursor given out before), "
                             "bomb (a gzip page expanding past any limit)")
    source.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS",
                        help="run the server's clock this far off (its HTTP Date header)")
    source.set_defaults(func=cmd_source)

    devices = sim_sub.add_parser("devices", parents=[parent],
                                 help="loudspeaker clusters and boards (both protocols)")
    devices.add_argument("--host", default="127.0.0.1")
    devices.add_argument("--clusters", type=int, default=12)
    devices.add_argument("--boards", type=int, default=2)
    devices.add_argument("--anthias", type=int, default=0, metavar="N",
                         help="also N boards running Anthias (signage API v2, Basic auth)")
    devices.add_argument("--protocol", choices=["reference", "gateway", "both"], default="both")
    devices.add_argument("--port-base", type=int, default=0,
                         help="reference devices on P, the gateway on P+1, Anthias on P+2 "
                         "(0: free ports)")
    devices.add_argument("--offline-rate", type=float, default=0.0,
                         help="share of devices offline at any moment (0-1)")
    devices.add_argument("--offline-period", type=float, default=20.0,
                         help="seconds between changes of who is offline")
    devices.add_argument("--fail-rate", type=float, default=0.0,
                         help="share of requests answered 503 (0-1)")
    devices.add_argument("--latency-ms", type=int, default=0)
    devices.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS",
                         help="run every device's clock this far off (reported in /status)")
    devices.add_argument("--rate-kbps", type=float, default=0.0,
                         help="per-connection upload rate of each device (0: unlimited)")
    devices.add_argument("--registry-out", type=Path, metavar="FILE",
                         help="write the device list in the format `devices import` takes")
    devices.add_argument("--keep-files", type=Path, metavar="DIR",
                         help="keep every file a device receives as DIR/<device id>/"
                              "<sha256>.<ext>, to listen to or measure")
    devices.set_defaults(func=cmd_devices)

    zalo = sim_sub.add_parser("zalo", parents=[parent],
                              help="the Zalo Official Account API (and its token server)")
    zalo.add_argument("--host", default="127.0.0.1")
    zalo.add_argument("--port", type=int, default=0, help="0 picks a free port")
    zalo.add_argument("--app-id", default="3719146372418906118")
    zalo.add_argument("--secret-key", default="", help="the app's secret key (default: new)")
    zalo.add_argument("--refresh-token", default="",
                      help="the first refresh token (default: a new one, printed)")
    zalo.add_argument("--token-ttl", type=float, default=90_000.0,
                      help="access token lifetime, s (Zalo: about 25 hours)")
    zalo.add_argument("--rate-limit", type=int, default=120,
                      help="calls per minute per access token (0: no limit)")
    zalo.add_argument("--article-delay", type=float, default=0.5,
                      help="seconds Zalo takes to make an article after create")
    zalo.add_argument("--followers", type=int, default=1240)
    zalo.set_defaults(func=cmd_zalo)


def cmd_source(args: argparse.Namespace) -> int:
    from ..sim.source import SimulatorConfig, serve_forever

    if not 0.0 <= args.fail_rate <= 1.0:
        from .common import fail

        fail("--fail-rate must be between 0 and 1")
    config = SimulatorConfig(
        host=args.host, port=args.port, items=args.items, seed=args.seed, user=args.user,
        password=args.password, emergency_every=args.emergency_every,
        rate_kbps=args.rate_kbps, fail_rate=args.fail_rate, latency_ms=args.latency_ms,
        token_ttl=args.token_ttl, media_dir=args.media_dir, bulk_files=args.bulk_files,
        bulk_file_bytes=args.bulk_file_bytes, clock_offset_s=args.clock_offset,
        page_cap=args.page_cap, gzip=args.gzip, feed_fault=args.feed_fault,
    )
    if args.feed_fault:
        from ..sim.source.hostile import parse_feed_fault
        from .common import fail

        try:
            parse_feed_fault(args.feed_fault)
        except ValueError as exc:
            fail(str(exc))
    return serve_forever(config)


def cmd_devices(args: argparse.Namespace) -> int:
    from ..sim.devices import FleetConfig, serve_forever
    from .common import fail

    for name in ("offline_rate", "fail_rate"):
        if not 0.0 <= getattr(args, name) <= 1.0:
            fail(f"--{name.replace('_', '-')} must be between 0 and 1")
    if (args.clusters < 0 or args.boards < 0 or args.anthias < 0
            or args.clusters + args.boards + args.anthias == 0):
        fail("there must be at least one cluster or board")
    config = FleetConfig(clusters=args.clusters, boards=args.boards, anthias=args.anthias,
                         protocol=args.protocol,
                         host=args.host, port_base=args.port_base,
                         offline_rate=args.offline_rate, fail_rate=args.fail_rate,
                         offline_period_s=args.offline_period, latency_ms=args.latency_ms,
                         rate_kbps=args.rate_kbps, clock_offset_s=args.clock_offset,
                         keep_dir=args.keep_files.resolve() if args.keep_files else None)
    return serve_forever(config, args.registry_out)


def cmd_zalo(args: argparse.Namespace) -> int:
    from ..sim.zalo import ZaloSimConfig, serve_forever
    from .common import fail

    if args.token_ttl < 1 or args.rate_limit < 0 or args.article_delay < 0 or args.followers < 0:
        fail("--token-ttl must be at least 1 s; --rate-limit, --article-delay and --followers "
             "cannot be negative")
    config = ZaloSimConfig(host=args.host, port=args.port, app_id=args.app_id,
                           secret_key=args.secret_key, refresh_token=args.refresh_token,
                           token_ttl_s=args.token_ttl, rate_limit=args.rate_limit,
                           article_delay_s=args.article_delay, followers=args.followers)
    return serve_forever(config)
