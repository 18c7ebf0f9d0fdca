"""Helpers of the library tests: items written the way the sync writes them."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from console.audio import run_ffmpeg
from console.db.bulk import insert_many
from console.media import copies
from console.media.store import MediaStore
from console.models import Category, ItemFile, MediaBlob, SourceItem
from console.models.base import utcnow
from console.station import StationContext
from console.text.collation import vi_key

NOW = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)

CATEGORIES = [
    ("thoi-su", "Thời sự", None),
    ("thoi-tiet", "Thời tiết", "thoi-su"),
    ("nong-nghiep", "Nông nghiệp", None),
    ("y-te", "Y tế", None),
]


def item_row(item_id: str, title: str, **fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": item_id, "revision": 1, "kind": "text", "title": title, "summary": None,
        "body": None, "category_code": None, "tags": [], "language": "vi",
        "priority": "normal", "origin": "province", "issuer": "Sở Văn hóa",
        "published_at": NOW, "valid_from": None, "valid_until": None, "reviewed": True,
        "channels": ["radio"], "duration_s": None, "stream_url": None,
        "requested_airings": [], "updated_at": None, "received_at": NOW, "local": False,
        "withdrawn": False, "withdrawn_at": None, "seen": False,
    }
    row.update(fields)
    row.setdefault("title_key", vi_key(row["title"]))  # the sync gives the sort key too
    return row


def add_items(ctx: StationContext, *rows: dict[str, Any]) -> None:
    """Insert like the sync does: the driver's executemany on source_item."""
    with ctx.db.write() as session:
        for code, name, parent in CATEGORIES:
            if session.get(Category, code) is None:
                session.add(Category(code=code, name=name, parent_code=parent))
        session.flush()
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            by_keys.setdefault(tuple(row), []).append(row)
        for group in by_keys.values():
            insert_many(session, SourceItem.__table__, group)


def add_file(ctx: StationContext, item_id: str, data: bytes | None = None, *,
             mime: str = "audio/mpeg", ready: bool = False, path: Path | None = None,
             role: str = "main", name: str = "tệp.mp3") -> str:
    """A file of an item: in the media cache (ready) or still to download."""
    if path is not None:
        data = path.read_bytes()
    assert data is not None
    sha = hashlib.sha256(data).hexdigest()
    if ready:
        target = MediaStore(ctx.paths.media).path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    with ctx.db.write() as session:
        if session.get(MediaBlob, sha) is None:
            session.execute(insert(MediaBlob.__table__).values(
                sha256=sha, size=len(data), mime=mime, state="ready" if ready else "missing",
                bytes_done=len(data) if ready else 0, attempts=0, priority=0,
                created_at=utcnow(), verified_at=utcnow() if ready else None))
        if ready:  # in this PC's own cache (a shared database: its own rows)
            copies.made_here(session, sha, len(data))
        session.add(ItemFile(item_id=item_id, role=role, name=name, mime=mime,
                             size=len(data), sha256=sha, url=f"http://127.0.0.1:9/f/{sha}"))
    return sha


def make_tone(path: Path, seconds: float = 2.0, codec: str = "mp3") -> Path:
    """A real, decodable sound file (a 440 Hz tone) made with the bundled ffmpeg."""
    args = ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}", "-ac", "1",
            "-ar", "22050"]
    if codec == "mp3":
        args += ["-c:a", "libmp3lame", "-b:a", "64k"]
    run_ffmpeg([*args, "-y", path], timeout=60)
    return path


def make_picture(path: Path, size: str = "320x240") -> Path:
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc=size={size}:duration=1", "-frames:v", "1",
                "-y", path], timeout=60)
    return path


def make_video(path: Path, seconds: float = 1.0) -> Path:
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc=size=320x240:rate=10:duration={seconds}",
                "-f", "lavfi", "-i", f"sine=frequency=330:duration={seconds}",
                "-c:v", "mpeg4", "-c:a", "aac", "-shortest", "-y", path], timeout=60)
    return path
