"""Deterministic, lazily generated Vietnamese catalogue of a provincial source system.

Item ``i`` depends only on (seed, i, catalogue size, bulk file count, anchor day), through its
own ``random.Random``, so any page is generated in O(page) without touching items 0..i-1.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from . import texts
from .media import BulkFiles, MediaFile, MediaPool

TZ = timezone(timedelta(hours=7), "+07:00")
ID_PREFIX = "tb-"
SPAN = 180 * 86400.0  # base items are spread over the 180 days before the anchor

_LEAF_CODES = [code for code, _, parent in texts.CATEGORIES if parent is not None]
_KINDS = ["audio", "text", "image", "video", "stream"]
_KIND_WEIGHTS = [0.45, 0.27, 0.14, 0.08, 0.06]
_KIND_CUM = (0.45, 0.72, 0.86, 0.94)
_ORIGINS = ["central", "province", "district"]
_LANGS = list(texts.MINORITY_LANGUAGES)
_PERCENTS = [10, 15, 20, 25, 30, 40]
_DISTRICTS, _COMMUNES, _VILLAGES = texts.DISTRICTS, texts.COMMUNES, texts.VILLAGES
_PROVINCES, _CROPS, _LIVESTOCK = texts.OTHER_PROVINCES, texts.CROPS, texts.LIVESTOCK
_PESTS, _ANIMAL, _HUMAN = texts.CROP_PESTS, texts.ANIMAL_DISEASES, texts.HUMAN_DISEASES
_STORMS = texts.STORM_NAMES


def _pick(rnd: Callable[[], float], seq: Sequence[Any]) -> Any:
    return seq[int(rnd() * len(seq))]


def _randint(rnd: Callable[[], float], lo: int, hi: int) -> int:
    return lo + int(rnd() * (hi - lo + 1))


def _weighted(rnd: Callable[[], float], seq: Sequence[Any], cum: Sequence[float]) -> Any:
    """seq[i] for the first cumulative bound above the draw; the last one otherwise."""
    r = rnd()
    for value, bound in zip(seq, cum, strict=False):
        if r < bound:
            return value
    return seq[-1]


def _window(rnd: Callable[[], float], seq: Sequence[str], k: int) -> list[str]:
    """k distinct entries, a cyclic run from a random start: cheaper than random.sample."""
    n = len(seq)
    start = int(rnd() * n)
    return [seq[(start + m) % n] for m in range(min(k, n))]


def item_id(index: int) -> str:
    return f"{ID_PREFIX}{index:07d}"


def parse_item_id(value: str) -> int | None:
    if not value.startswith(ID_PREFIX):
        return None
    digits = value[len(ID_PREFIX) :]
    if not digits.isdigit() or not digits.isascii():
        return None
    return int(digits)


_EPOCH = date(1970, 1, 1)
_DATES: dict[int, date] = {}


def _vn_date(days: int) -> date:
    """Calendar day number ``days`` after 1970-01-01 (cached: formatting is a hot path)."""
    d = _DATES.get(days)
    if d is None:
        d = _DATES[days] = _EPOCH + timedelta(days=days)
    return d


def iso(ts: float) -> str:
    """RFC 3339 in Vietnam time, e.g. 2025-05-01T05:30:00+07:00 (whole seconds)."""
    days, secs = divmod(int(ts) + 7 * 3600, 86400)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{_vn_date(days).isoformat()}T{h:02d}:{m:02d}:{s:02d}+07:00"


def today_anchor() -> datetime:
    """Midnight today in Vietnam: base items end there, so 'since yesterday' has content."""
    now = datetime.now(TZ)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


class Catalogue:
    """Generates items; holds no mutable state apart from ``stream_base``."""

    def __init__(
        self,
        *,
        seed: int,
        size: int,
        pool: MediaPool,
        bulk: BulkFiles | None = None,
        anchor: datetime | None = None,
        edge_cases: bool = True,
    ) -> None:
        self.seed = seed
        self.size = size
        self.edge_cases = edge_cases
        self.anchor_ts = (anchor or today_anchor()).timestamp()
        self.stream_base = "http://127.0.0.1/api/v1/streams"  # the server sets the real one
        self._bulk = bulk if bulk is not None and bulk.count else None
        self._audio = pool.of_kind("audio")
        self._images = pool.of_kind("image")
        self._thumbs = pool.of_kind("thumb")
        self._videos = pool.of_kind("video")
        self._step = SPAN / max(1, size)

    # -- categories ----------------------------------------------------------------------
    @staticmethod
    def categories() -> list[dict[str, Any]]:
        return [
            {"code": code, "name": name, "parent_code": parent}
            for code, name, parent in texts.CATEGORIES
        ]

    # -- items ---------------------------------------------------------------------------
    def _change_ts(self, index: int, first_draw: float) -> float:
        """When base item ``index`` last changed: strictly ordered by index (jitter < step/2)."""
        return self.anchor_ts - SPAN + (index + 0.1 + 0.8 * first_draw) * self._step

    def change_ts(self, index: int) -> float:
        return self._change_ts(index, self._rng(index).random())

    def item(self, index: int) -> dict[str, Any]:
        """Base catalogue item ``index`` (0 <= index < size), at its catalogue revision."""
        rng = self._rng(index)
        return self._build(index, rng, self._change_ts(index, rng.random()), base=True)

    def new_item(
        self,
        index: int,
        at: float,
        *,
        priority: str,
        kind: str,
        title: str | None,
        fields: Mapping[str, Any],
    ) -> dict[str, Any]:
        """An item published now (test hook / periodic emergencies)."""
        rng = self._rng(index)
        rng.random()  # the draw a base item spends on its time
        item = self._build(index, rng, at, base=False, priority=priority, kind=kind)
        if title is not None:
            item["title"] = title
        item.update(fields)
        return item

    def _rng(self, index: int) -> random.Random:
        return random.Random((self.seed << 32) | index)

    def _build(
        self,
        index: int,
        rng: random.Random,
        ts: float,
        *,
        base: bool,
        priority: str | None = None,
        kind: str | None = None,
    ) -> dict[str, Any]:
        # rng.random() + indexing everywhere: choice()/randint() cost ~1 us each, and a page
        # of 1000 items must build in a few tens of ms.
        rnd = rng.random
        bulk_js = self._bulk_for(index) if base else range(0)

        if priority is None:
            r = rnd()
            priority = "emergency" if r < 0.03 else "priority" if r < 0.15 else "normal"
        else:
            rnd()  # keep the stream aligned with the base recipe
        if kind is None:
            kind = _weighted(rnd, _KINDS, _KIND_CUM)
            if priority == "emergency" and kind in ("stream", "video", "image"):
                kind = "audio" if kind == "stream" else "text"
        if bulk_js:
            kind = "video"

        slots = self._slots(rnd, ts)
        if priority == "emergency":
            origin = _weighted(rnd, _ORIGINS, (0.1, 0.7))
        else:
            origin = _weighted(rnd, _ORIGINS, (0.2, 0.65))
        issuer = _pick(rnd, texts.ISSUERS[origin]).format_map(slots)
        slots["coquan"] = issuer
        if priority == "emergency":
            topic: Mapping[str, Any] = _pick(rnd, texts.EMERGENCIES)
            category: str | None = str(topic["category"])
        else:
            category = _pick(rnd, _LEAF_CODES)
            topic = texts.TOPICS[category]
        title = _pick(rnd, topic["titles"]).format_map(slots)
        picked = _window(rnd, topic["sentences"], _randint(rnd, 3, 5))
        sentences = [s.format_map(slots) for s in picked]
        opening = _pick(rnd, texts.OPENINGS).format_map(slots) if rnd() < 0.5 else None
        closing = _pick(rnd, texts.CLOSINGS)
        tags = [*topic["tags"], slots["huyen"]]

        stream_url = None
        if kind == "stream":
            slug, stream_title = _pick(rnd, texts.STREAMS)
            title = f"{stream_title} ngày {iso(ts)[8:10]}/{iso(ts)[5:7]}/{iso(ts)[:4]}"
            stream_url = f"{self.stream_base}/{slug}.mp3"
            category = None
            tags = ["tiếp sóng"]

        language = "vi"
        if rnd() < 0.06:
            language = _pick(rnd, _LANGS)
            lang_name = texts.MINORITY_LANGUAGES[language]
            title = f"{title} ({lang_name})"
            sentences.insert(0, f"Bản tin được biên dịch và phát thanh bằng {lang_name}.")
            tags.append(lang_name)

        body_parts = [p for p in (opening, *sentences, closing) if p]
        body = " ".join(body_parts)
        summary = sentences[0] if language == "vi" else sentences[1]

        # Revisions: base items mostly at revision 1; a revised one was published earlier.
        revision = 1
        if base:
            r = rnd()
            revision = 3 if r < 0.02 else 2 if r < 0.10 else 1
        published = ts - (revision - 1) * (3600 + rnd() * 2 * 86400)

        valid_from: float | None = None
        valid_until: float | None = None
        r = rnd()
        if priority == "emergency":
            valid_from, valid_until = published, published + (1 + 2 * rnd()) * 86400
        elif base and r < 0.05:  # not yet valid: announced ahead of time
            valid_from = self.anchor_ts + _randint(rnd, 1, 14) * 86400
            valid_until = valid_from + 30 * 86400
        elif r < 0.65:
            valid_from = published
            valid_until = published + _randint(rnd, 7, 60) * 86400

        reviewed = rnd() < (0.97 if origin != "district" else 0.85)
        if kind in ("audio", "stream"):
            channels = ["radio"]
        elif kind == "text":
            channels = ["radio", "board"]
        else:
            channels = ["board"]
        if rnd() < 0.2:
            channels.append("social")

        files, duration = self._files(rnd, index, kind, title, bulk_js)
        if kind == "text":
            duration = round(len(body.split()) / 2.5, 1)  # a reader's pace, ~150 words/min
        elif kind == "stream":
            duration = 1800.0

        airings: list[dict[str, str | None]] = []
        if kind == "stream":
            day = self._midnight_after(published)
            airings = [{"start": iso(day + 18 * 3600), "end": iso(day + 18.5 * 3600)}]
        elif priority == "priority" and rnd() < 0.6:
            day = self._midnight_after(published)
            airings = [{"start": iso(day + 5.5 * 3600), "end": None},
                       {"start": iso(day + 17 * 3600), "end": iso(day + 18 * 3600)}]

        if self.edge_cases and base:
            title, body = self._edge(index, title, body, files)
        published_s = iso(published)

        return {
            "id": item_id(index),
            "revision": revision,
            "kind": kind,
            "title": title,
            "summary": summary,
            "body": body,
            "category_code": category,
            "tags": tags,
            "language": language,
            "priority": priority,
            "origin": origin,
            "issuer": issuer,
            "published_at": published_s,
            "valid_from": (
                published_s if valid_from == published
                else iso(valid_from) if valid_from is not None else None
            ),
            "valid_until": iso(valid_until) if valid_until is not None else None,
            "reviewed": reviewed,
            "channels": channels,
            "duration_s": duration,
            "stream_url": stream_url,
            "requested_airings": airings,
            "files": files,
            "updated_at": published_s if published == ts else iso(ts),
        }

    @staticmethod
    def _midnight_after(ts: float) -> float:
        """The next midnight in Vietnam time after ``ts``."""
        return ((int(ts) + 7 * 3600) // 86400 + 1) * 86400 - 7 * 3600

    @staticmethod
    def _slots(rnd: Callable[[], float], ts: float) -> dict[str, Any]:
        # Inline indexing instead of _pick(): this runs ~20 draws per item on the hot path.
        r = [rnd() for _ in range(18)]
        day = _vn_date((int(ts) + 7 * 3600) // 86400 + 1 + int(r[0] * 20))
        cap = 8 + int(r[1] * 6)
        return {
            "tinh": texts.PROVINCE,
            "huyen": _DISTRICTS[int(r[2] * len(_DISTRICTS))],
            "xa": _COMMUNES[int(r[3] * len(_COMMUNES))],
            "thon": _VILLAGES[int(r[4] * len(_VILLAGES))],
            "tinh_khac": _PROVINCES[int(r[5] * len(_PROVINCES))],
            "nam": day.year,
            "nam1": day.year + 1,
            "thang": day.month,
            "ngay": f"ngày {day.day}/{day.month}",
            "so": 2 + int(r[6] * 29),
            "so2": 31 + int(r[7] * 470),
            "pt": _PERCENTS[int(r[8] * len(_PERCENTS))],
            "cay": _CROPS[int(r[9] * len(_CROPS))],
            "vatnuoi": _LIVESTOCK[int(r[10] * len(_LIVESTOCK))],
            "benh_cay": _PESTS[int(r[11] * len(_PESTS))],
            "benh_vn": _ANIMAL[int(r[12] * len(_ANIMAL))],
            "benh_nguoi": _HUMAN[int(r[13] * len(_HUMAN))],
            "bao": f"bão số {1 + int(r[14] * 13)} ({_STORMS[int(r[15] * len(_STORMS))]})",
            "cap": cap,
            "giat": cap + 2,
            "gio": f"{1 + int(r[16] * 23)} giờ",
        }

    def _bulk_for(self, index: int) -> range:
        """Bulk files j attached to base item ``index`` (spread evenly over the catalogue)."""
        if self._bulk is None or self.size <= 0:
            return range(0)
        b, n = self._bulk.count, self.size
        lo = -(-index * b // n)
        hi = -(-(index + 1) * b // n)
        return range(lo, hi)

    def _files(
        self, rnd: Callable[[], float], index: int, kind: str, title: str, bulk_js: range
    ) -> tuple[list[dict[str, Any]], float | None]:
        stem = title[:60].rstrip()
        files: list[dict[str, Any]] = []
        duration: float | None = None
        if bulk_js and self._bulk is not None:
            for j in bulk_js:
                files.append({
                    "role": "main", "name": f"{stem} ({j + 1}).mp4", "mime": "video/mp4",
                    "size": self._bulk.size, "sha256": self._bulk.hashes[j],
                    "url": f"files/{self._bulk.hashes[j]}",
                })
            duration = 600.0
            return files, duration
        if kind == "audio" and self._audio:
            clip = _pick(rnd, self._audio)
            files.append(_file(clip, "main", f"{stem}.mp3"))
            duration = clip.duration
            if self._thumbs and rnd() < 0.3:
                files.append(_file(_pick(rnd, self._thumbs), "thumbnail", f"{stem} (ảnh).jpg"))
        elif kind == "image" and self._images:
            n = int(rnd() * len(self._images))
            img = self._images[n]
            files.append(_file(img, "main", f"{stem}.{img.ext}"))
            if n < len(self._thumbs):
                files.append(_file(self._thumbs[n], "thumbnail", f"{stem} (nhỏ).jpg"))
        elif kind == "video" and self._videos:
            n = int(rnd() * len(self._videos))
            vid = self._videos[n]
            files.append(_file(vid, "main", f"{stem}.mp4"))
            duration = vid.duration
            vthumbs = [t for t in self._thumbs if t.key.startswith("vthumb")]
            if n < len(vthumbs):
                files.append(_file(vthumbs[n], "thumbnail", f"{stem} (nhỏ).jpg"))
        elif kind == "text" and self._images and rnd() < 0.15:
            img = _pick(rnd, self._images)
            files.append(_file(img, "attachment", f"{stem}.{img.ext}"))
        return files, duration

    def _edge(
        self, index: int, title: str, body: str, files: list[dict[str, Any]]
    ) -> tuple[str, str]:
        """Values at the contract's limits, which a client must survive."""
        if index % 997 == 401:  # title of exactly 500 characters
            title = (title + " – " + "Đắk Lắk " * 80)[:500]
        if index % 10007 == 321:  # body just under 1 MiB of UTF-8
            para = body + "\n\n"
            reps = (1_000_000 // len(para.encode("utf-8")))
            body = (para * reps).rstrip()
        if index % 211 == 17 and files:
            files[0]["name"] = texts.HOSTILE_FILE_NAMES[index % len(texts.HOSTILE_FILE_NAMES)]
        return title, body


def _file(mf: MediaFile, role: str, name: str) -> dict[str, Any]:
    return {
        "role": role,
        "name": name,
        "mime": mf.mime,
        "size": mf.size,
        "sha256": mf.sha256,
        "url": f"files/{mf.sha256}",
    }
