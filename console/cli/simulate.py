"""`commune-console simulate source|devices`: the built-in simulators as real HTTP servers."""

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
    source.set_defaults(func=cmd_source)


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
        bulk_file_bytes=args.bulk_file_bytes,
    )
    return serve_forever(config)
