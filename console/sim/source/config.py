"""Configuration of the source-system simulator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass
class SimulatorConfig:
    host: str = "127.0.0.1"
    port: int = 0  # 0 = a free port
    items: int = 500
    seed: int = 1
    user: str = "demo"
    password: str = "demo"
    emergency_every: float | None = None  # seconds; publish a new emergency item periodically
    rate_kbps: float | None = None  # throttle response bodies (kilobits/s per connection)
    fail_rate: float = 0.0  # 0..1: drops, truncated bodies, 500/503/429 at random
    latency_ms: int = 0  # added before each response
    token_ttl: int = 3600  # access-token lifetime, seconds
    cursor_ttl: float | None = None  # seconds after which a cursor answers 410 (None = never)
    media_dir: Path | None = None  # media pool cache (default: temp dir keyed by seed)
    bulk_files: int = 0  # extra large pseudo-random "video" files for benchmarks ...
    bulk_file_bytes: int = 5_000_000  # ... of this size each
    # Extensions beyond the brief, with defaults that keep the behaviour above:
    edge_cases: bool = True  # a few items at the contract's limits (500-char title, ~1 MiB
    #                          body, file display names that are not safe paths)
    anchor: datetime | None = None  # base items end here (default: midnight today, +07:00)
    clock_offset_s: float = 0.0  # the server's clock is this far off (its HTTP Date header)
    page_cap: int | None = None  # a change-feed page holds at most this many items (a server
    #                              may send fewer than the limit asked for)
    gzip: bool = False  # JSON answers gzip-coded when the client accepts it
    feed_fault: str | None = None  # "stuck", "rewind" or "bomb", optionally "@POS" (hostile.py)
    tls_cert: Path | None = None  # with tls_key: serve https:// with this PEM certificate
    tls_key: Path | None = None
