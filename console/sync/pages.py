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
# orjson costs some 15 times the size of a single huge string in passing: larger items go
# to json (as whole answers do in client._decode_json).
FAST_JSON_MAX_BYTES = 3 * 2**20
# Marks an item whose text arrived as bytes that are not UTF-8 (validate_item rejects it).
INVALID_UTF8 = "_invalid_utf8"


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
                if len(data) > FAST_JSON_MAX_BYTES:
                    raise orjson.JSONDecodeError("large", "", 0)
                self._plain = orjson.loads(data)
            except orjson.JSONDecodeError:  # big integers, lone surrogates: json decides
                try:
                    self._plain = json.loads(data.decode("utf-8"))
                except UnicodeDecodeError:
                    self._plain = _invalid_text(data)
                except ValueError:
                    self._plain = "not JSON"  # rejected as "not an object"
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



def _invalid_text(data: bytes) -> dict[str, Any]:
    """An item holding bytes that are not UTF-8, marked, under the id it gave (escaped)."""
    try:
        decoded = json.loads(data.decode("utf-8", "surrogateescape"))
    except ValueError:
        decoded = None
    ident = decoded.get("id") if isinstance(decoded, dict) else None
    safe = ident.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace") if (
        isinstance(ident, str)) else None
    return {"id": safe, INVALID_UTF8: True}
