"""A page of the change feed as it arrives: its envelope decoded, each item kept as bytes.

The envelope (items, deleted, next_cursor, has_more) is decoded and type-checked in one
pass (msgspec); each item stays the slice of the answer it was sent as, decoded later by
typed_items.check_item() straight into typed structures, or into plain JSON values when an
item needs validate_item()'s reasons.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec
import orjson


class _Envelope(msgspec.Struct):
    items: list[msgspec.Raw]
    deleted: list[Any]
    next_cursor: str
    has_more: bool


_ENVELOPE = msgspec.json.Decoder(_Envelope)


class RawItem:
    """One item of a page as it arrived: its bytes, decoded on demand."""

    __slots__ = ("_plain", "raw")

    def __init__(self, raw: msgspec.Raw) -> None:
        self.raw = raw
        self._plain: Any = None

    def plain(self) -> Any:
        """The item as plain JSON values (dicts and lists), as validate_item() takes it."""
        if self._plain is None:
            data = bytes(self.raw)
            try:
                self._plain = orjson.loads(data)
            except orjson.JSONDecodeError:  # big integers, lone surrogates: json decides
                self._plain = json.loads(data.decode("utf-8"))
        return self._plain

    def get(self, key: str, default: Any = None) -> Any:
        plain = self.plain()
        return plain.get(key, default) if isinstance(plain, dict) else default


def decode_page(body: bytes) -> tuple[list[RawItem], list[Any], str, bool] | None:
    """(items, deleted, next_cursor, has_more) of a change-feed answer, or None when the
    body is not such a page in plain UTF-8 JSON (the caller's general path decides)."""
    try:
        page = _ENVELOPE.decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return [RawItem(raw) for raw in page.items], page.deleted, page.next_cursor, page.has_more

