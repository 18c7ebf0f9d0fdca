"""Hostile mode: answers crafted to break a client, served over real HTTP.

Tests (and `SourceSimulator.hostile`) put raw item JSON into the first page of the change
feed and replace file or change-feed answers with endless, dripping or lying bodies. The
rest of the simulator keeps behaving, so a client can show that one bad answer costs it
only that answer.
"""

from __future__ import annotations

import functools
import gzip
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

ENDLESS_LIMIT = 4 * 1024**3  # an "endless" body still ends here, so no thread runs forever


@dataclass
class HostileBody:
    """How to answer one request.

    body: the bytes sent (repeated when `endless`); length: the Content-Length announced
    (None: the true length; more than the body: the connection closes early); endless:
    chunked, never ends until the client hangs up; drip_s: pause after every `drip_bytes`;
    headers: sent as well (a Content-Encoding for a coded body).
    """

    body: bytes = b""
    status: int = 200
    content_type: str = "application/octet-stream"
    length: int | None = None
    endless: bool = False
    drip_s: float = 0.0
    drip_bytes: int = 1
    headers: dict[str, str] = field(default_factory=dict)  # more headers (Content-Encoding)

    def pieces(self, stop: threading.Event) -> Iterator[bytes]:
        """The body in the pieces it is written in (drip pauses happen between them)."""
        if self.endless:
            block = (self.body or b" ") * max(1, 65536 // max(1, len(self.body or b" ")))
            sent = 0
            while sent < ENDLESS_LIMIT and not stop.is_set():
                yield block
                sent += len(block)
            return
        step = self.drip_bytes if self.drip_s > 0 else max(1, len(self.body))
        for off in range(0, len(self.body), step):
            if stop.is_set():
                return
            yield self.body[off:off + step]
            if self.drip_s > 0 and stop.wait(self.drip_s):
                return


# How a change feed may go wrong on a bad day while every answer still has the contract's
# shape: "stuck" answers has_more with no changes and the very cursor it was asked with;
# "rewind" hands back a cursor it gave out before (a server whose position went back);
# "bomb" sends a gzip-coded page (HTTP lets a server code an answer when the client
# accepts gzip) that expands past any size a page may have.
FEED_FAULTS = ("stuck", "rewind", "bomb")
BOMB_EXPANDED_BYTES = 80 * 2**20


@dataclass
class FeedFault:
    """One of FEED_FAULTS for every page of GET /items/changes that starts at position
    `after` or later (earlier pages are honest)."""

    kind: str
    after: int = 0
    issued: list[str] = field(default_factory=list)  # next cursors handed out, in order

    def __post_init__(self) -> None:
        if self.kind not in FEED_FAULTS:
            raise ValueError(f"unknown feed fault {self.kind!r}")


def parse_feed_fault(text: str) -> FeedFault:
    """"KIND" or "KIND@POS" (the first position that misbehaves), as `simulate source
    --feed-fault` takes it."""
    kind, _, after = text.partition("@")
    try:
        return FeedFault(kind.strip(), int(after) if after else 0)
    except ValueError as exc:
        raise ValueError(f"--feed-fault: {exc}; KIND is one of {', '.join(FEED_FAULTS)}, "
                         "optionally @POSITION") from exc


@functools.cache
def gzip_bomb() -> bytes:
    """A well-formed change-feed page, gzip-coded: some 80 KB that expand to 80 MiB."""
    head = b'{"items":[{"id":"bomb","revision":1,"kind":"text","title":"'
    tail = b'"}],"deleted":[],"next_cursor":"x","has_more":false}'
    body = head + b"a" * (BOMB_EXPANDED_BYTES - len(head) - len(tail)) + tail
    return gzip.compress(body, compresslevel=9, mtime=0)


@dataclass
class HostileOverlay:
    """What the hostile simulator serves instead of (or besides) the honest catalogue."""

    raw_items: list[bytes] = field(default_factory=list)  # spliced into the first page
    files: dict[str, HostileBody] = field(default_factory=dict)  # by sha256 in the URL
    paths: dict[str, HostileBody] = field(default_factory=dict)  # any other path under the API
    changes: HostileBody | None = None  # replaces every answer of GET /items/changes
    feed: FeedFault | None = None  # the change feed goes wrong from some page on
    served: dict[str, int] = field(default_factory=dict)  # what was served, by kind

    def clear(self) -> None:
        self.raw_items.clear()
        self.files.clear()
        self.paths.clear()
        self.changes = None
        self.feed = None

    def note(self, kind: str) -> None:
        self.served[kind] = self.served.get(kind, 0) + 1
