"""Hostile mode: answers crafted to break a client, served over real HTTP.

Tests (and `SourceSimulator.hostile`) put raw item JSON into the first page of the change
feed and replace file or change-feed answers with endless, dripping or lying bodies. The
rest of the simulator keeps behaving, so a client can show that one bad answer costs it
only that answer.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

ENDLESS_LIMIT = 4 * 1024**3  # an "endless" body still ends here, so no thread runs forever


@dataclass
class HostileBody:
    """How to answer one request.

    body: the bytes sent (repeated when `endless`); length: the Content-Length announced
    (None: the true length; more than the body: the connection closes early); endless:
    chunked, never ends until the client hangs up; drip_s: pause after every `drip_bytes`.
    """

    body: bytes = b""
    status: int = 200
    content_type: str = "application/octet-stream"
    length: int | None = None
    endless: bool = False
    drip_s: float = 0.0
    drip_bytes: int = 1

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


@dataclass
class HostileOverlay:
    """What the hostile simulator serves instead of (or besides) the honest catalogue."""

    raw_items: list[bytes] = field(default_factory=list)  # spliced into the first page
    files: dict[str, HostileBody] = field(default_factory=dict)  # by sha256 in the URL
    paths: dict[str, HostileBody] = field(default_factory=dict)  # any other path under the API
    changes: HostileBody | None = None  # replaces every answer of GET /items/changes
    served: dict[str, int] = field(default_factory=dict)  # what was served, by kind

    def clear(self) -> None:
        self.raw_items.clear()
        self.files.clear()
        self.paths.clear()
        self.changes = None

    def note(self, kind: str) -> None:
        self.served[kind] = self.served.get(kind, 0) + 1
