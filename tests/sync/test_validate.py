"""Every item is checked before it is stored: bad ones are rejected with a reason."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from console.sync.validate import ItemRejected, display_file_name, validate_item

BASE = "http://127.0.0.1:8000/api/v1/"
SHA = "a" * 64
GOOD: dict[str, Any] = {
    "id": "item-1", "revision": 2, "kind": "audio", "title": "Bản tin nông nghiệp",
    "priority": "normal", "origin": "province", "published_at": "2026-11-26T05:00:00+07:00",
    "language": "vi", "tags": ["nông nghiệp"], "channels": ["radio"],
    "files": [{"role": "main", "name": "ban-tin.mp3", "mime": "audio/mpeg", "size": 1234,
               "sha256": SHA, "url": f"files/{SHA}"}],
}


def owns(url: str) -> bool:
    return url.startswith(BASE)


def check(**changes: Any) -> None:
    raw = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = value
    validate_item(raw, BASE, owns)


def test_good_item() -> None:
    item = validate_item(copy.deepcopy(GOOD), BASE, owns)
    assert item.files[0].url == BASE + f"files/{SHA}"
    assert item.published_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("changes", [
    {"id": None}, {"id": ""}, {"revision": 0}, {"revision": True}, {"kind": "hologram"},
    {"priority": "urgent"}, {"origin": "mars"}, {"title": "x" * 501}, {"title": "   "},
    {"published_at": "2026-11-26T05:00:00"}, {"published_at": "hôm qua"},
    {"language": "vi vi"}, {"channels": ["radio", "tv"]}, {"body": "x" * (1024 * 1024 + 1)},
    {"duration_s": -1}, {"kind": "stream"}, {"stream_url": "ftp://x/y"},
    {"valid_from": "2026-12-01T00:00:00+07:00", "valid_until": "2026-11-01T00:00:00+07:00"},
])
def test_contract_violations_are_rejected(changes: dict[str, Any]) -> None:
    with pytest.raises(ItemRejected):
        check(**changes)


@pytest.mark.parametrize("file_changes", [
    {"sha256": "../../etc/passwd"}, {"sha256": "A" * 64}, {"size": -1}, {"size": 5 * 1024**4},
    {"url": "http://evil.example/files/x"}, {"url": "https://127.0.0.1:8000/api/v1/files/x"},
    {"url": "//evil.example/x"}, {"role": "payload"}, {"mime": "audio"},
])
def test_bad_files_are_rejected(file_changes: dict[str, Any]) -> None:
    files = [{**GOOD["files"][0], **file_changes}]
    with pytest.raises(ItemRejected):
        check(files=files)


def test_names_are_display_only_and_text_is_cleaned() -> None:
    raw = copy.deepcopy(GOOD)
    raw["files"][0]["name"] = "..\\..\\Windows\\system32\\evil.mp3"
    raw["title"] = "<i>Tin</i> \x1b[31mkhẩn\x00"
    item = validate_item(raw, BASE, owns)
    assert item.files[0].name == "evil.mp3"
    assert item.title == "Tin khẩn"


@pytest.mark.parametrize(("raw", "shown"), [
    ("Chủ động phòng chống cúm gia cầm A/H5N1.mp3", "Chủ động phòng chống cúm gia cầm A∕H5N1.mp3"),
    ("Chính sách có hiệu lực từ tháng 7/2026.mp3", "Chính sách có hiệu lực từ tháng 7∕2026.mp3"),
    ("../../../../etc/passwd", "passwd"),
    ("/tmp/x.mp3", "x.mp3"),
    ("C:\\Windows\\System32\\x.dll", "x.dll"),
    ("thu muc/../y.mp3", "y.mp3"),
])
def test_file_names_are_shown_whole_but_never_as_paths(raw: str, shown: str) -> None:
    assert display_file_name(raw) == shown


def test_a_files_checks_say_the_same_each_time_they_are_met() -> None:
    """Mime types, URLs and names are worked out once and then remembered: a value met
    again gives the same file, the same note and the same rejection."""
    from console.sync import validate

    entries = [
        {"mime": "Audio/MPEG", "name": "<b>Bản tin</b>.mp3", "url": f"files/{SHA}"},
        {"mime": "audio/mpeg", "name": "ban-tin.mp3", "url": f"{BASE}files/{SHA}"},
        {"mime": "image/png", "name": "a/b.png", "url": f"sub/../files/{SHA}"},
        {"mime": "audio", "name": "x.mp3", "url": f"files/{SHA}"},
        {"mime": "audio/mpeg", "name": "x.mp3", "url": "http://evil.example/files/x"},
        {"mime": "audio/mpeg", "name": "x.mp3", "url": "../files/x"},
        {"mime": "audio/mpeg", "name": "", "url": f"files/{SHA}"},
    ]
    for memo in (validate._stored_mimes, validate._simple_urls, validate._display_names):
        memo.clear()
    outcomes = []
    for _ in range(2):
        seen = []
        for entry in entries:
            raw = copy.deepcopy(GOOD)
            raw["files"] = [{**GOOD["files"][0], **entry}]
            try:
                item = validate_item(raw, BASE, owns)
                seen.append((item.files, item.notes))
            except ItemRejected as exc:
                seen.append(str(exc))
        outcomes.append(seen)
    assert outcomes[0] == outcomes[1]
    first = outcomes[0]
    assert first[0][0][0].mime == "audio/mpeg" and first[0][0][0].name == "Bản tin .mp3"
    assert first[0][1] and first[1][1] == []
    assert first[2][0][0].url == f"{BASE}files/{SHA}" and first[2][0][0].name == "a∕b.png"
    assert "mime" in first[3] and "configured server" in first[4] and "configured" in first[5]
    assert first[6][0][0].name == SHA[:12]
