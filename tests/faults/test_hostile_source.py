"""Hostile source: every crafted answer is rejected or sanitised with a clear log line.

Each case is served over real HTTP by the source simulator's hostile mode, next to honest
items in the same page. For every case: (a) the item is rejected or cleaned as the fault
table in docs/field-hardening.md says, (b) a log line names the item (or file) and the
reason, (c) nothing is written outside the data folder, (d) the honest items of the page
still land with their media and the outbox still goes up, (e) memory stays bounded for the
huge and endless answers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import tracemalloc
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from console.app import open_station
from console.db.outbox import enqueue
from console.media.store import MediaStore
from console.retry import RetryPolicy
from console.sim.source import HostileBody, SourceSimulator
from console.sync import client as client_module
from console.sync.errors import SyncError

from .net_helpers import db_rows, files_under, logged_in, make_sim

GOOD_ITEMS = 12
ESCAPE = "escaped-by-hostile-source"  # a file of this name anywhere means a path escaped


def _asrun(title: str) -> dict[str, Any]:
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(microsecond=0)
    return {"station_code": "DTT-24343", "entries": [{
        "id": str(uuid.uuid4()), "item_id": None, "title": title, "target_id": "cum-loa-01",
        "target_kind": "loudspeaker_cluster", "started_at": now.isoformat(),
        "ended_at": now.isoformat(), "played_s": 60.0, "result": "success",
        "priority": "normal"}]}


def fake_sha(name: str) -> str:
    return hashlib.sha256(f"hostile:{name}".encode()).hexdigest()


def item(sim: SourceSimulator, name: str, /, **over: Any) -> dict[str, Any]:
    """An honest-looking audio item pointing at a real file of the simulator."""
    assert sim.pool is not None
    clip = sim.pool.of_kind("audio")[0]
    raw: dict[str, Any] = {
        "id": f"hostile-{name}", "revision": 1, "kind": "audio",
        "title": f"Bản tin thử {name}", "priority": "normal", "origin": "province",
        "published_at": "2026-11-20T08:00:00+07:00", "language": "vi", "channels": ["radio"],
        "files": [{"role": "main", "name": "ban-tin.mp3", "mime": clip.mime, "size": clip.size,
                   "sha256": clip.sha256, "url": f"files/{clip.sha256}"}],
    }
    raw.update(over)
    return raw


def with_file(sim: SourceSimulator, name: str, /, **file_over: Any) -> dict[str, Any]:
    raw = item(sim, name)
    raw["files"][0].update(file_over)
    return raw


def as_json(raw: dict[str, Any]) -> bytes:
    return json.dumps(raw, ensure_ascii=False).encode("utf-8")


@dataclass
class Case:
    """One hostile input and what must become of it."""

    items: list[bytes] = field(default_factory=list)
    files: dict[str, HostileBody] = field(default_factory=dict)
    changes: HostileBody | None = None
    outcome: str = "rejected"  # rejected | sanitised | media-refused | sync-refused
    ident: str = ""  # what the log line must name (item id or file hash prefix)
    reason: str = ""  # what the log line must say
    stored: Callable[[dict[str, Any]], bool] | None = None  # sanitised: the stored row
    sha: str | None = None  # media-refused: the file that must not become ready
    memory_mb: float | None = None  # bound on the peak of traced allocations
    outbox_goes_on: bool = True  # messages waiting to go up are sent in the same sync


def _title_of(row: dict[str, Any]) -> str:
    return str(row["title"])


def build(name: str, sim: SourceSimulator) -> Case:
    assert sim.pool is not None
    clip = sim.pool.of_kind("audio")[1]
    real = sim.pool.data(clip.sha256)
    ident = f"hostile-{name}"
    if name == "path-traversal-file-name":
        return Case([as_json(with_file(sim, name, name="../" * 12 + ESCAPE))], outcome="sanitised",
                    ident=ident, reason="not a plain name",
                    stored=lambda r: r["file_names"] == [ESCAPE])
    if name == "absolute-posix-file-name":
        return Case([as_json(with_file(sim, name, name=f"/tmp/{ESCAPE}"))], outcome="sanitised",
                    ident=ident, reason="not a plain name",
                    stored=lambda r: r["file_names"] == [ESCAPE])
    if name == "absolute-windows-file-name":
        return Case([as_json(with_file(sim, name, name=f"C:\\Windows\\System32\\{ESCAPE}.dll"))],
                    outcome="sanitised", ident=ident, reason="not a plain name",
                    stored=lambda r: r["file_names"] == [f"{ESCAPE}.dll"])
    if name == "path-traversal-file-url":
        return Case([as_json(with_file(sim, name, url="../../../../etc/passwd"))],
                    ident=ident, reason="not on the configured server")
    if name == "wrong-hash":
        sha = fake_sha(name)
        return Case([as_json(with_file(sim, name, sha256=sha, size=len(real), url=f"files/{sha}"))],
                    files={sha: HostileBody(real, content_type=clip.mime)},
                    outcome="media-refused", ident=ident, reason="sha256", sha=sha)
    if name == "size-smaller-than-body":
        sha = fake_sha(name)
        return Case([as_json(with_file(sim, name, size=1000, sha256=sha, url=f"files/{sha}"))],
                    files={sha: HostileBody(real, content_type=clip.mime)},
                    outcome="media-refused", ident=ident, reason="more bytes", sha=sha)
    if name == "size-disputed-by-other-items":
        # Honest items of the page share this file; a lie about its size must not spoil it.
        return Case([as_json(with_file(sim, name, size=1000, sha256=clip.sha256,
                                       url=f"files/{clip.sha256}"))],
                    ident=ident, reason="other items say")
    if name == "size-larger-than-body":
        sha = fake_sha(name)
        return Case([as_json(with_file(sim, name, size=len(real) * 3, sha256=sha,
                                       url=f"files/{sha}"))],
                    files={sha: HostileBody(real, content_type=clip.mime)},
                    outcome="media-refused", ident=ident, reason="transfer stopped", sha=sha)
    if name == "negative-size":
        return Case([as_json(with_file(sim, name, size=-5))], ident=ident,
                    reason="impossible size")
    if name == "title-10-mb":
        return Case([as_json(item(sim, name, title="Bão " * 2_500_000))], ident=ident,
                    reason="larger than 1 MiB", memory_mb=160)
    if name == "invalid-utf8":
        raw = as_json(item(sim, name, title="Tin @@BAD@@ lũ")).replace(b"@@BAD@@", b"\xff\xfe\xc3(")
        return Case([raw], ident=ident, reason="not UTF-8")
    if name == "nfd-text":
        title = unicodedata.normalize("NFD", "Thông báo lũ ở Đắk Lắk")
        return Case([as_json(item(sim, name, title=title))], outcome="sanitised", ident=ident,
                    reason="NFC", stored=lambda r: _title_of(r) == unicodedata.normalize(
                        "NFC", title))
    if name == "control-characters":
        return Case([as_json(item(sim, name, title="Tin\x00 khẩn\x07\x1b[31m đỏ\u202e"))],
                    outcome="sanitised", ident=ident, reason="control characters",
                    stored=lambda r: _title_of(r) == "Tin khẩn đỏ")
    if name == "script-and-markup":
        return Case([as_json(item(sim, name, title="<script>alert(1)</script>Tin <b>bão</b>",
                                  body='<img src=x onerror="alert(2)">Nội dung'))],
                    outcome="sanitised", ident=ident, reason="markup removed",
                    stored=lambda r: _title_of(r) == "Tin bão" and "<" not in str(r["body"]))
    if name == "duplicate-ids":
        return Case([as_json(item(sim, name, title="Bản cũ")),
                     as_json(item(sim, name, title="Bản mới", revision=2))],
                    outcome="sanitised", ident=ident, reason="appears twice",
                    stored=lambda r: _title_of(r) == "Bản mới" and r["revision"] == 2)
    if name == "unknown-priority":
        return Case([as_json(item(sim, name, priority="apocalypse"))], ident=ident,
                    reason="priority")
    if name == "unknown-kind":
        return Case([as_json(item(sim, name, kind="hologram"))], ident=ident, reason="kind")
    if name == "unknown-channel":
        return Case([as_json(item(sim, name, channels=["radio", "telepathy"]))], ident=ident,
                    reason="unknown channel")
    if name == "file-url-on-other-host":
        return Case([as_json(with_file(sim, name, url=f"http://evil.example/files/{clip.sha256}"))],
                    ident=ident, reason="not on the configured server")
    if name == "file-scheme-url":
        return Case([as_json(with_file(sim, name, url="file:///etc/passwd"))], ident=ident,
                    reason="not on the configured server")
    if name == "endless-file-body":
        sha = fake_sha(name)
        return Case([as_json(with_file(sim, name, sha256=sha, size=200_000, url=f"files/{sha}"))],
                    files={sha: HostileBody(b"\0" * 4096, endless=True)},
                    outcome="media-refused", ident=ident, reason="more bytes", sha=sha,
                    memory_mb=64)
    if name == "endless-error-body":
        sha = fake_sha(name)
        return Case([as_json(with_file(sim, name, sha256=sha, size=len(real), url=f"files/{sha}"))],
                    files={sha: HostileBody(b"<html>not found " * 4096, status=404,
                                            content_type="text/html", endless=True)},
                    outcome="media-refused", ident=ident, reason="404", sha=sha, memory_mb=64)
    if name == "slow-drip-file":
        sha = fake_sha(name)
        return Case([as_json(with_file(sim, name, sha256=sha, size=len(real), url=f"files/{sha}"))],
                    files={sha: HostileBody(real, drip_s=0.05, drip_bytes=8)},
                    outcome="media-refused", ident=ident, reason="crawls", sha=sha)
    if name == "endless-change-feed":
        return Case(changes=HostileBody(b'{"items":[' + b'{"id":"x"},' * 1000, endless=True),
                    outcome="sync-refused", ident="/items/changes", reason="larger than",
                    memory_mb=client_module.MAX_JSON_BYTES / 2**20 * 2.5)
    if name == "slow-drip-change-feed":
        return Case(changes=HostileBody(b'{"items":[],"deleted":[]}' * 400, drip_s=0.05,
                                        drip_bytes=8),
                    outcome="sync-refused", ident="/items/changes", reason="crawls",
                    outbox_goes_on=False)  # judged a dead link: the outbox waits for the next
    raise AssertionError(name)


CASES = [
    "path-traversal-file-name", "absolute-posix-file-name", "absolute-windows-file-name",
    "path-traversal-file-url", "wrong-hash", "size-smaller-than-body", "size-larger-than-body",
    "size-disputed-by-other-items",
    "negative-size", "title-10-mb", "invalid-utf8", "nfd-text", "control-characters",
    "script-and-markup", "duplicate-ids", "unknown-priority", "unknown-kind", "unknown-channel",
    "file-url-on-other-host", "file-scheme-url", "endless-file-body", "endless-error-body",
    "slow-drip-file",
    "endless-change-feed", "slow-drip-change-feed",
]


@pytest.fixture(scope="module")
def sim() -> Any:
    sim = make_sim(items=GOOD_ITEMS)
    yield sim
    sim.stop()


def _row(db: Path, item_id: str) -> dict[str, Any] | None:
    rows = db_rows(db, "SELECT title, body, revision FROM source_item WHERE id = ?", item_id)
    if not rows:
        return None
    names = [n for (n,) in db_rows(db, "SELECT name FROM item_file WHERE item_id = ?", item_id)]
    title, body, revision = rows[0]
    return {"title": title, "body": body, "revision": revision, "file_names": names}


def _good_items_landed(db: Path, sim: SourceSimulator) -> None:
    good = {i["id"] for i in sim.catalogue_items()}
    stored = {i for (i,) in db_rows(db, "SELECT id FROM source_item")}
    assert good <= stored, sorted(good - stored)
    not_ready = db_rows(
        db, "SELECT DISTINCT f.sha256 FROM item_file f JOIN media_blob b ON b.sha256 = f.sha256 "
        "WHERE b.state != 'ready' AND f.item_id NOT LIKE 'hostile-%'")
    assert not not_ready, not_ready


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_hostile_input_is_refused_or_cleaned(name: str, sim: SourceSimulator, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # A slow drip is judged over a short window here (30 s in the field).
    monkeypatch.setattr(client_module, "STALL_WINDOW_S", 1.0)
    caplog.set_level(logging.INFO)
    case = build(name, sim)
    sim.hostile.clear()
    sim.hostile.raw_items.extend(case.items)
    sim.hostile.files.update(case.files)
    sim.hostile.changes = case.changes
    data = tmp_path / "station"
    before = files_under(tmp_path)
    ctx = open_station(data)
    try:
        # Two tries per request: a hostile change feed would otherwise be retried 12 times.
        policy = RetryPolicy(attempts=2, base_s=0.02, cap_s=0.1)
        service = logged_in(ctx, sim, policy)
        with ctx.db.write() as session:
            enqueue(session, "broadcast_logs", _asrun(f"Đã phát: bản tin {name}"))
        if case.memory_mb is not None:
            tracemalloc.start()
        try:
            if case.outcome == "sync-refused":
                with pytest.raises(SyncError) as refused:
                    service.sync_once()
                assert case.reason in str(refused.value)
            else:
                result = service.sync_once()
        finally:
            if case.memory_mb is not None:
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                print(f"\n{name}: peak of traced memory {peak / 2**20:.0f} MB")
                assert peak / 2**20 < case.memory_mb, f"peak {peak / 2**20:.0f} MB"
        db = data / "console.sqlite3"
        # (b) one clear log line naming the item and the reason
        lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
        assert any(case.ident in line and case.reason in line for line in lines), lines[-15:]
        outbox = [state for (state,) in db_rows(db, "SELECT state FROM outbox")]
        assert outbox == (["done"] if case.outbox_goes_on else ["pending"]), outbox
        if case.outcome == "sync-refused":
            # Nothing half-stored; once the source behaves, the next sync completes.
            assert db_rows(db, "SELECT count(*) FROM source_item")[0][0] == 0
            sim.hostile.clear()
            result = service.sync_once()
        row = _row(db, f"hostile-{name}")
        if case.outcome == "rejected":  # (a)
            assert row is None
            assert result.items_rejected >= 1
        elif case.outcome == "sanitised":
            assert row is not None and case.stored is not None and case.stored(row), row
        elif case.outcome == "media-refused":
            assert row is not None and case.sha is not None
            state = db_rows(db, "SELECT state FROM media_blob WHERE sha256 = ?", case.sha)
            assert state and state[0][0] != "ready"
            assert not MediaStore(data / "media").path(case.sha).exists()
            assert result.files_failed >= 1
        # (c) nothing outside the data folder, nothing named by the source anywhere
        written = files_under(tmp_path) - before
        assert all(data in p.parents for p in written), sorted(p for p in written
                                                               if data not in p.parents)
        assert not list(tmp_path.rglob(f"{ESCAPE}*"))
        assert not Path("/tmp", ESCAPE).exists() and not Path("/etc", ESCAPE).exists()
        media_files = [p for p in files_under(data / "media") if ".partial" not in p.parts]
        assert all(len(p.name) == 64 for p in media_files)  # only hashes name media files
        # (d) the honest items of the same page landed, with their media
        _good_items_landed(db, sim)
    finally:
        sim.hostile.clear()
        ctx.close()


def test_the_table_has_every_hostile_input_of_the_issue() -> None:
    """Issue #9 part 3 lists these inputs; each has at least one case above."""
    listed = ["path-traversal", "absolute", "wrong-hash", "size", "title-10-mb", "invalid-utf8",
              "nfd", "control", "script", "duplicate-ids", "unknown", "other-host", "endless",
              "slow-drip"]
    for word in listed:
        assert any(word in case for case in CASES), word
    assert len(CASES) >= 16
