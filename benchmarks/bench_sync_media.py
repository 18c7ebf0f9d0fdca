"""Media download throughput against a floor, and the bytes a resumed download re-fetches.

Floor: the same files streamed with plain requests and hashlib to disk, one after the
other, in the same run against the same simulator process. Ours: the media queue
(verified, resumable, content-addressed, N parallel downloads).

Resume: a `commune-console sync` process is killed with SIGKILL at about half of the
bytes; a second run must transfer at most 1.05x the bytes that were still missing.

    python benchmarks/bench_sync_media.py [--files 100] [--file-mb 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from _common import MEDIA_CACHE, report

from console.app import open_station
from console.media.store import MediaStore
from console.services.users import UserService
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.catalogue import CatalogueSync
from console.sync.downloads import MediaDownloader
from console.sync.service import SyncService


def all_files(url: str) -> list[tuple[str, int, str]]:
    session = requests.Session()
    token = session.post(url + "/auth/token", json={
        "username": "demo", "password": "demo", "client_id": "floor"}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    files: dict[str, tuple[str, int, str]] = {}
    cursor = None
    while True:
        page = session.get(url + "/items/changes", params={
            "limit": 1000, **({"cursor": cursor} if cursor else {})}).json()
        for item in page["items"]:
            for f in item["files"]:
                files[f["sha256"]] = (f["sha256"], f["size"], url + "/" + f["url"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return list(files.values())


def floor_download(url: str, files: list[tuple[str, int, str]], folder: Path) -> int:
    session = requests.Session()
    token = session.post(url + "/auth/token", json={
        "username": "demo", "password": "demo", "client_id": "floor"}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    total = 0
    for sha, _size, file_url in files:
        hasher = hashlib.sha256()
        with session.get(file_url, stream=True) as resp, (folder / sha).open("wb") as fh:
            for chunk in resp.iter_content(1024 * 1024):
                fh.write(chunk)
                hasher.update(chunk)
                total += len(chunk)
        assert hasher.hexdigest() == sha
    return total


def cache_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--file-mb", type=float, default=5.0)
    args = parser.parse_args()
    config = SimulatorConfig(items=200, seed=5, media_dir=MEDIA_CACHE, bulk_files=args.files,
                             bulk_file_bytes=int(args.file_mb * 1_000_000))
    with SourceSimulator(config) as sim, tempfile.TemporaryDirectory() as tmp:
        files = all_files(sim.url)
        payload = sum(size for _, size, _ in files)
        floor_dir = Path(tmp) / "floor"
        floor_dir.mkdir()
        start = time.perf_counter()
        floor_download(sim.url, files, floor_dir)
        floor_s = time.perf_counter() - start

        ctx = open_station(Path(tmp) / "ours")
        service = SyncService(ctx)
        service.login(sim.url, "demo", "demo")
        client = service.make_client()
        client.login()
        CatalogueSync(ctx.db, client).pull()
        start = time.perf_counter()
        stats = MediaDownloader(ctx.db, client, MediaStore(ctx.paths.media),
                                concurrency=3).run()
        ours_s = time.perf_counter() - start
        client.close()
        ctx.close()
        assert stats.files_failed == 0 and stats.bytes == payload, stats
        mb = payload / 1e6
        print(f"media benchmark: {len(files)} files, {mb:.0f} MB, verified")
        report("media download (3 parallel)", f"{mb / ours_s:.0f} MB/s ({ours_s:.1f} s)",
               f"{mb / floor_s:.0f} MB/s ({floor_s:.1f} s)", floor_s / ours_s,
               ">= 0.8x of floor throughput")

        # Resume after SIGKILL at about half of the bytes.
        data = Path(tmp) / "killed"
        killed = open_station(data)  # the local admin the command names with --as
        UserService(killed.db).create_first_admin("admin", "quan-tri-vien-1")
        killed.close()
        env = dict(os.environ)
        proc = subprocess.Popen(
            [sys.executable, "-m", "console", "--data-dir", str(data), "sync", "--once",
             "--server", sim.url, "--user", "demo", "--as", "admin", "--password-stdin"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            text=True, env=env)
        assert proc.stdin is not None
        proc.stdin.write("demo\nquan-tri-vien-1\n")
        proc.stdin.close()
        media = data / "media"
        while proc.poll() is None and (not media.exists() or cache_bytes(media) < payload / 2):
            time.sleep(0.02)
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        proc.wait()
        held = cache_bytes(media)
        missing = payload - held
        sent_before = sim.stats.file_bytes_sent
        ctx = open_station(data)
        client = SyncService(ctx).make_client(sim.url, "demo")
        client.login("demo", remember=False)
        CatalogueSync(ctx.db, client).pull()
        resumed = MediaDownloader(ctx.db, client, MediaStore(ctx.paths.media)).run()
        client.close()
        ctx.close()
        transferred = sim.stats.file_bytes_sent - sent_before
        assert resumed.files_failed == 0
        report("resume after kill -9", f"{transferred / 1e6:.1f} MB sent again",
               f"{missing / 1e6:.1f} MB missing", transferred / max(missing, 1),
               "<= 1.05x of the missing bytes")


if __name__ == "__main__":
    main()
