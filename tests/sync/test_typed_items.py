"""The typed decoder gives exactly what validate_item() gives: the same clean item, or the
same rejection with the same reason."""

from __future__ import annotations

import copy
import json
from typing import Any

import msgspec
import pytest

from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.pages import RawItem, decode_page
from console.sync.typed_items import check_item
from console.sync.validate import ItemRejected, validate_item

BASE = "http://127.0.0.1:9/api/v1/"


def _owns(url: str) -> bool:
    return url.startswith(BASE)


def _outcome(check: Any, raw: Any) -> Any:
    try:
        return check(raw, BASE, _owns)
    except ItemRejected as exc:
        return f"rejected: {exc}"


def _as_raw(item: Any) -> RawItem:
    body = json.dumps({"items": [item], "deleted": [], "next_cursor": "c", "has_more": False},
                      ensure_ascii=False).encode("utf-8")
    decoded = decode_page(body)
    assert decoded is not None
    return decoded[0][0]


@pytest.fixture(scope="module")
def catalogue() -> list[dict[str, Any]]:
    sim = SourceSimulator(SimulatorConfig(items=400, seed=11, edge_cases=True)).start()
    try:
        items = sim.catalogue_items()
    finally:
        sim.stop()
    for item in items:  # the simulator's file URLs are relative: they resolve under BASE
        for f in item.get("files", []):
            f["url"] = f"files/{f['sha256']}"
    return items


def _variants(item: dict[str, Any]) -> list[Any]:
    """The item bent every way validate_item() has a rule for."""
    sha = "a" * 64
    changes: list[dict[str, Any]] = [
        {"title": "Cu\u0309 chi\u0301nh"}, {"title": "<b>Bão</b> &amp; lũ"},
        {"title": "  Tin\u200b  \x07 mới "}, {"title": ""}, {"title": "x" * 501},
        {"title": None}, {"title": 5}, {"summary": "dòng 1\r\n\r\n\r\n\r\ndòng 2  "},
        {"body": "<script>alert(1)</script>Nội dung"}, {"issuer": "i" * 301},
        {"id": ""}, {"id": "x" * 129}, {"id": "a\nb"}, {"id": 7}, {"revision": 0},
        {"revision": True}, {"revision": 1.0}, {"revision": 2**63}, {"kind": "podcast"},
        {"priority": "urgent"}, {"origin": None}, {"published_at": "2026-11-20T08:00:00"},
        {"published_at": "hôm nay"}, {"published_at": "2026-11-20 08:00:00+07:00"},
        {"published_at": "0001-01-01T03:00:00+07:00"},  # before year 1 in UTC: refused
        {"valid_until": "9999-12-31T23:00:00-05:00"},  # after year 9999 in UTC: refused
        {"requested_airings": [{"start": "0001-01-01T00:30:00+01:00"}]},
        {"valid_from": "2026-11-21T00:00:00Z", "valid_until": "2026-11-20T00:00:00Z"},
        {"category_code": "c" * 65}, {"category_code": " <i>BC</i> "}, {"category_code": 3},
        {"language": "vi-VN"}, {"language": "tiếng việt"}, {"language": None},
        {"reviewed": "yes"}, {"tags": ["bão", 3]}, {"tags": ["  lũ  ", "", "<b>x</b>"] * 30},
        {"tags": None}, {"channels": ["radio", "radio", "board"]}, {"channels": ["tv"]},
        {"duration_s": -1}, {"duration_s": 7 * 86400}, {"duration_s": True},
        {"duration_s": 12}, {"stream_url": "ftp://x/y"}, {"kind": "stream", "stream_url": None},
        {"kind": "stream", "stream_url": "http://127.0.0.1:9/live"},
        {"requested_airings": [{"start": "2026-11-20T18:00:00+07:00", "end": ""}]},
        {"requested_airings": [{"start": "2026-11-20T18:00:00+07:00",
                                "end": "2026-11-20T19:00:00+07:00"}]},
        {"requested_airings": [{"end": "2026-11-20T19:00:00+07:00"}]},
        {"requested_airings": [{"start": "2026-11-20T18:00:00+07:00"}] * 101},
        {"files": None}, {"files": [{}] * 51}, {"unknown_field": {"nested": [1, 2]}},
    ]
    file_changes: list[dict[str, Any]] = [
        {"sha256": "A" * 64}, {"size": -1}, {"size": 4 * 1024**3 + 1}, {"size": "12"},
        {"role": "cover"}, {"mime": "audio"}, {"url": "../../etc/passwd"},
        {"url": "http://elsewhere.example/files/x"}, {"url": ""}, {"name": None},
        {"name": "../../../evil.mp3"}, {"name": "C:\\Windows\\x.dll"}, {"name": "tháng 7/2026"},
    ]
    out: list[Any] = []
    for change in changes:
        bent = copy.deepcopy(item)
        bent.update(change)
        out.append(bent)
    for change in file_changes:
        bent = copy.deepcopy(item)
        bent["files"] = [{"role": "main", "name": "a.mp3", "mime": "audio/mpeg", "size": 10,
                          "sha256": sha, "url": f"files/{sha}"} | change]
        out.append(bent)
    without = copy.deepcopy(item)
    del without["title"]
    return [*out, without, "not an object", [item]]


def test_typed_decoding_matches_validate_item(catalogue: list[dict[str, Any]]) -> None:
    cases = [*catalogue, *_variants(catalogue[0])]
    typed_path = 0
    for _ in range(2):  # the second time texts, times and files are remembered
        for item in cases:
            expected = _outcome(validate_item, copy.deepcopy(item))
            raw = _as_raw(item)
            assert _outcome(check_item, raw) == expected, item
            typed_path += raw._plain is None  # decoded without the plain-JSON fallback
    assert typed_path >= 2 * len(catalogue) * 0.9  # honest items take the typed path


def test_a_page_that_is_not_plain_json_goes_to_the_general_path() -> None:
    assert decode_page(b'{"items": [], "deleted": [], "next_cursor": "c"}') is None
    assert decode_page(b'{"items": [\xff], "deleted": []}') is None
    assert decode_page(b"[]") is None
    items, deleted, cursor, more = decode_page(
        b'{"items": [{"id": "x"}], "deleted": [{"id": "y", "revision": 2}], '
        b'"next_cursor": "c", "has_more": true}') or ([], [], "", False)
    assert [i.plain() for i in items] == [{"id": "x"}]
    assert deleted == [{"id": "y", "revision": 2}] and cursor == "c" and more is True
    assert isinstance(items[0].raw, msgspec.Raw)
