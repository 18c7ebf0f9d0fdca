"""Media for the simulated source system.

Two kinds of files:

* ``MediaPool``: a small set of *real* files (MP3 speech or tones, PNG/JPEG images, MP4 video)
  generated once with ffmpeg (and espeak-ng when installed) and cached on disk, named by their
  sha256. A manifest written last (atomically) makes the second start a quick reuse.
* ``BulkFiles``: large deterministic pseudo-random "video" files for benchmarks, never written
  to disk: bytes are produced on demand from a few seeded 1 MiB blocks, hashes are computed
  once and cached next to the pool.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from . import texts

log = logging.getLogger("console.sim.source")

POOL_VERSION = 1
BULK_VERSION = 1
CHUNK = 1 << 20  # bulk files are produced in 1 MiB chunks
_BULK_BLOCKS = 16


@dataclass(frozen=True)
class MediaFile:
    """One cached file of the pool."""

    key: str  # stable role in the pool, e.g. "audio-03"
    kind: str  # audio | image | thumb | video
    mime: str
    ext: str
    sha256: str
    size: int
    duration: float | None
    path: Path


def default_media_dir(seed: int) -> Path:
    return Path(tempfile.gettempdir()) / "commune-console-sim" / f"media-seed{seed}-v{POOL_VERSION}"


def _ffmpeg_exe() -> str:
    import imageio_ffmpeg  # local: only needed when the pool must be generated

    return imageio_ffmpeg.get_ffmpeg_exe()


def _run(args: list[str]) -> None:
    """Run an external tool by absolute path, no shell, no console window on Windows."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    proc = subprocess.run(args, capture_output=True, creationflags=flags, timeout=120)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace")[-500:]
        raise RuntimeError(f"{Path(args[0]).name} failed ({proc.returncode}): {tail}")


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


# ffmpeg options that keep outputs free of versions/timestamps, so the pool is reproducible.
_BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags", "+bitexact"]


@dataclass(frozen=True)
class _Spec:
    key: str
    kind: str
    mime: str
    ext: str
    duration: float | None
    recipe: tuple  # what to generate; see MediaPool._make


def _pool_specs(seed: int) -> list[_Spec]:
    """The deterministic list of files in the pool for a seed."""
    rng = random.Random(f"media:{seed}")
    specs: list[_Spec] = []
    durations = [5, 7, 9, 12, 15, 18, 20, 24, 28, 32, 36, 40, 45, 50, 55, 60]
    rng.shuffle(durations)
    for n, dur in enumerate(durations):
        words = rng.sample(texts.SPEECH_LINES, k=min(len(texts.SPEECH_LINES), 2 + dur // 6))
        freq = rng.choice([330, 440, 523, 587, 660, 784])
        specs.append(_Spec(f"audio-{n:02d}", "audio", "audio/mpeg", "mp3", float(dur),
                           ("audio", " ".join(words), freq)))
    # Seeded where the source is random, so that the pool is reproducible.
    sources = ["mandelbrot", "testsrc2", "smptehdbars", f"cellauto=seed={seed}:rule=110",
               f"life=seed={seed}:mold=10", "rgbtestsrc", "smptebars", "pal100bars"]
    for n, src in enumerate(sources):
        ext = "png" if n % 2 == 0 else "jpg"
        mime = "image/png" if ext == "png" else "image/jpeg"
        specs.append(_Spec(f"image-{n:02d}", "image", mime, ext, None, ("image", src, 1280, 720)))
        specs.append(_Spec(f"thumb-{n:02d}", "thumb", "image/jpeg", "jpg", None,
                           ("image", src, 320, 180)))
    for n, dur in enumerate((8, 12)):
        specs.append(_Spec(f"video-{n:02d}", "video", "video/mp4", "mp4", float(dur),
                           ("video", dur, 440 + 220 * n)))
        specs.append(_Spec(f"vthumb-{n:02d}", "thumb", "image/jpeg", "jpg", None,
                           ("image", "testsrc", 320, 180)))
    return specs


def _cost(spec: _Spec) -> float:
    """Rough generation time, for scheduling only."""
    if spec.kind == "video":
        return 100.0 + (spec.duration or 0)
    if spec.kind == "audio":
        return spec.duration or 0
    return 30.0 if spec.recipe[1] in ("mandelbrot",) or "life" in spec.recipe[1] else 1.0


class MediaPool:
    """Real media files generated once per seed and reused from ``directory`` afterwards."""

    def __init__(self, directory: Path, seed: int) -> None:
        self.directory = Path(directory)
        self.seed = seed
        self.files: list[MediaFile] = []
        self._by_sha: dict[str, MediaFile] = {}
        self._bytes: dict[str, bytes] = {}

    # -- public --------------------------------------------------------------------------
    def ensure(self) -> None:
        """Load the cached pool, or generate it (a few seconds) when missing or damaged."""
        self.directory.mkdir(parents=True, exist_ok=True)
        files = self._load_manifest()
        if files is None:
            files = self._generate()
        self.files = files
        self._by_sha = {f.sha256: f for f in files}
        # The pool is a few MB: keep bytes in memory so serving never touches the disk.
        self._bytes = {f.sha256: f.path.read_bytes() for f in files}

    def of_kind(self, kind: str) -> list[MediaFile]:
        return [f for f in self.files if f.kind == kind]

    def get(self, sha256: str) -> MediaFile | None:
        return self._by_sha.get(sha256)

    def data(self, sha256: str) -> bytes:
        return self._bytes[sha256]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    # -- cache ---------------------------------------------------------------------------
    @property
    def _manifest_path(self) -> Path:
        # One manifest per seed: pools of several seeds may share a directory.
        return self.directory / f"manifest-seed{self.seed}-v{POOL_VERSION}.json"

    def _load_manifest(self) -> list[MediaFile] | None:
        try:
            raw = json.loads(self._manifest_path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if raw.get("version") != POOL_VERSION or raw.get("seed") != self.seed:
            return None
        wanted = {s.key for s in _pool_specs(self.seed)}
        try:
            files = [
                MediaFile(**{**entry, "path": self.directory / entry["path"]})
                for entry in raw["files"]
            ]
        except (KeyError, TypeError):
            return None
        if {f.key for f in files} != wanted:
            return None
        for f in files:
            # Hash check is cheap (a few MB) and catches a half-written or edited cache.
            if not f.path.is_file() or f.path.stat().st_size != f.size:
                return None
            if _sha256_file(f.path) != f.sha256:
                log.warning("media cache %s damaged; regenerating", f.path)
                return None
        log.debug("media pool reused from %s", self.directory)
        return files

    def _generate(self) -> list[MediaFile]:
        ffmpeg = _ffmpeg_exe()
        espeak = shutil.which("espeak-ng")
        specs = _pool_specs(self.seed)
        log.info("generating media pool (%d files, espeak-ng=%s) in %s",
                 len(specs), bool(espeak), self.directory)
        work = Path(tempfile.mkdtemp(prefix="gen-", dir=self.directory))
        try:
            # Longest jobs first (videos, long clips), so the pool is done as early as possible.
            order = sorted(specs, key=_cost, reverse=True)
            with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
                futures = {s.key: pool.submit(self._make, s, work, ffmpeg, espeak) for s in order}
                made = [futures[s.key].result() for s in specs]
            files: list[MediaFile] = []
            for spec, tmp in zip(specs, made, strict=True):
                sha = _sha256_file(tmp)
                final = self.directory / f"{sha}.{spec.ext}"
                # Content-addressed names: concurrent generators can never clobber each other,
                # and an existing file (maybe open elsewhere, on Windows) is already right.
                if final.is_file() and final.stat().st_size == tmp.stat().st_size:
                    tmp.unlink()
                else:
                    os.replace(tmp, final)
                files.append(MediaFile(spec.key, spec.kind, spec.mime, spec.ext, sha,
                                       final.stat().st_size, spec.duration, final))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        manifest = {
            "version": POOL_VERSION,
            "seed": self.seed,
            "espeak": bool(espeak),
            "files": [{**asdict(f), "path": f.path.name} for f in files],
        }
        tmp_manifest = self._manifest_path.with_suffix(f".{os.getpid()}.tmp")
        tmp_manifest.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), "utf-8")
        os.replace(tmp_manifest, self._manifest_path)
        return files

    def _make(self, spec: _Spec, work: Path, ffmpeg: str, espeak: str | None) -> Path:
        out = work / f"{spec.key}.{spec.ext}"
        what = spec.recipe[0]
        if what == "audio":
            _, text, freq = spec.recipe
            dur = spec.duration or 5.0
            enc = ["-ac", "1", "-ar", "22050", "-c:a", "libmp3lame", "-b:a", "64k", "-t", str(dur),
                   *_BITEXACT, str(out)]
            if espeak:
                wav = work / f"{spec.key}.wav"
                _run([espeak, "-v", "vi", "-s", "150", "-w", str(wav), text])
                # Speech padded with silence (or cut) to the clip's nominal length.
                _run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-i", str(wav),
                      "-af", f"apad=whole_dur={dur}", *enc])
                wav.unlink(missing_ok=True)
            else:
                _run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
                      "-i", f"sine=frequency={freq}:duration={dur}:sample_rate=22050",
                      "-af", "volume=0.3", *enc])
        elif what == "image":
            _, src, w, h = spec.recipe
            sep = ":" if "=" in src else "="
            _run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
                  "-i", f"{src}{sep}size={w}x{h}:rate=1", "-frames:v", "1", *_BITEXACT, str(out)])
        elif what == "video":
            _, dur, freq = spec.recipe
            _run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
                  "-f", "lavfi", "-i", f"testsrc2=size=640x360:rate=25:duration={dur}",
                  "-f", "lavfi", "-i", f"sine=frequency={freq}:duration={dur}",
                  "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                  "-threads", "1", "-c:a", "aac", "-b:a", "64k", "-shortest",
                  "-movflags", "+faststart", *_BITEXACT, str(out)])
        else:  # pragma: no cover - specs are fixed above
            raise ValueError(what)
        return out


class BulkFiles:
    """``count`` deterministic pseudo-random files of ``size`` bytes, streamed, never stored.

    Chunk k of file j is one of a few seeded 1 MiB blocks with its first 16 bytes replaced by
    (j, k): unique content per file and chunk at memory speed.
    """

    def __init__(self, seed: int, count: int, size: int, cache_dir: Path | None) -> None:
        self.seed, self.count, self.size = seed, count, max(0, int(size))
        self.cache_dir = cache_dir
        self.hashes: list[str] = []
        self._index: dict[str, int] = {}
        self._blocks: list[bytes] = []

    def ensure(self) -> None:
        if not self.count:
            return
        rng = random.Random(f"bulk:{self.seed}")
        self._blocks = [rng.randbytes(CHUNK) for _ in range(_BULK_BLOCKS)]
        self.hashes = self._load_hashes() or self._compute_hashes()
        self._index = {h: j for j, h in enumerate(self.hashes)}

    def index_of(self, sha256: str) -> int | None:
        return self._index.get(sha256)

    def iter_range(self, j: int, start: int, end: int) -> Iterator[bytes]:
        """Bytes [start, end) of file j, in pieces of at most CHUNK."""
        pos = start
        while pos < end:
            k, off = divmod(pos, CHUNK)
            chunk = self._chunk(j, k)
            piece = chunk[off : min(len(chunk), off + (end - pos))]
            pos += len(piece)
            yield piece

    def _chunk(self, j: int, k: int) -> bytes:
        block = self._blocks[(j * 7 + k * 13 + self.seed) % _BULK_BLOCKS]
        n = min(CHUNK, self.size - k * CHUNK)
        return (struct.pack(">QQ", j, k) + block[16:])[:n]

    def _compute_hashes(self) -> list[str]:
        log.info("hashing %d bulk files of %d bytes", self.count, self.size)
        hashes = []
        for j in range(self.count):
            h = hashlib.sha256()
            for piece in self.iter_range(j, 0, self.size):
                h.update(piece)
            hashes.append(h.hexdigest())
        if self.cache_dir is not None:
            try:
                tmp = self._cache_path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps(hashes), "utf-8")
                os.replace(tmp, self._cache_path)
            except OSError:
                log.debug("could not cache bulk hashes", exc_info=True)
        return hashes

    @property
    def _cache_path(self) -> Path:
        assert self.cache_dir is not None
        name = f"bulk-v{BULK_VERSION}-seed{self.seed}-{self.count}x{self.size}.json"
        return self.cache_dir / name

    def _load_hashes(self) -> list[str] | None:
        if self.cache_dir is None:
            return None
        try:
            hashes = json.loads(self._cache_path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(hashes, list) or len(hashes) != self.count:
            return None
        return [str(h) for h in hashes]
