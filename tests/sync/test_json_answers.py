"""Answers are parsed by orjson when they can be and by json otherwise, with one result."""

from __future__ import annotations

import json

import pytest

from console.sync import client as client_module
from console.sync.client import _decode_json
from console.sync.errors import AnswerRefused


@pytest.mark.parametrize("body", [
    '{"items": [{"id": "a", "title": "Bão số 3 ở Đắk Lắk", "size": 12, "tags": []}]}',
    '{"x": NaN}',                                   # json's extension
    '{"t": "\\ud800 lone surrogate"}',              # orjson refuses
    '{"a": 1, "a": 2}',                             # the last duplicate wins in both
])
def test_same_result_as_json(body: str) -> None:
    got = _decode_json(None, body.encode(), lenient=False)  # type: ignore[arg-type]
    want = json.loads(body)
    assert json.dumps(got, sort_keys=True) == json.dumps(want, sort_keys=True)


def test_large_answers_go_to_json(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(client_module.orjson, "loads", lambda raw: calls.append(1) or {})
    body = json.dumps({"title": "Bão " * 10}).encode()
    monkeypatch.setattr(client_module, "FAST_JSON_MAX_BYTES", len(body) - 1)
    assert _decode_json(None, body, lenient=False) == {"title": "Bão " * 10}  # type: ignore[arg-type]
    assert calls == []


def test_broken_json_is_refused_for_good() -> None:
    """A body that arrived whole but is not JSON is the server's own: not asked again."""
    with pytest.raises(AnswerRefused, match="not JSON"):
        _decode_json(None, b'{"items": [', lenient=False)  # type: ignore[arg-type]


def test_integers_beyond_64_bits_are_rejected_either_way() -> None:
    """orjson reads them as floats, json as integers; an item holding one is refused."""
    from console.sync.validate import ItemRejected, validate_item

    body = ('{"id": "x", "revision": 123456789012345678901234567890, "kind": "text", '
            '"title": "Tin", "priority": "normal", "origin": "province", '
            '"published_at": "2026-11-26T07:00:00+07:00", "files": []}')
    for raw in (_decode_json(None, body.encode(), lenient=False),  # type: ignore[arg-type]
                json.loads(body)):
        with pytest.raises(ItemRejected, match="revision"):
            validate_item(raw, "http://127.0.0.1:9/api/v1/", lambda url: True)
