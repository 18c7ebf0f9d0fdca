"""Items of a page checked as they are decoded (msgspec), then finished by validate.py.

Decoding a page's items straight into the typed structures below checks, in C and in one
pass over the bytes, what costs validate_item() most in Python: every field's type, the
enumerations, the integer ranges and the list lengths. What types cannot say (cleaning and
NFC, times with offsets, file URLs on the configured server, lengths after cleaning) is
then done by validate.py's own functions, in validate_item()'s order, so an item comes out
exactly as validate_item() makes it (tests/sync/test_typed_items.py compares both).

An item the structures refuse, or that a later check refuses, goes through
validate_item() on its plain JSON, which names the reason; the rest of the page goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

import msgspec

from ..db.bulk import forget_times, parse_utc
from ..media.store import SHA256
from ..text.collation import forget_text_keys
from ..text.memo import BoundedMemo
from .pages import RawItem
from .validate import (
    LANGUAGE,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_ID,
    MAX_REVISION,
    MAX_TAGS,
    MAX_TITLE,
    ItemRejected,
    ValidItem,
    _cleaned_text,
    _file_rest,
    _http_url,
    _text_value,
    clean_display_text,
    forget_files_seen,
    parse_time,
    validate_item,
)

Role = Literal["main", "thumbnail", "subtitle", "attachment"]
Kind = Literal["audio", "video", "image", "text", "stream"]
PriorityName = Literal["normal", "priority", "emergency"]
OriginName = Literal["central", "province", "district", "commune"]
Channel = Literal["radio", "board", "social"]


# gc=False: decoded items hold text, numbers and lists of those, never a cycle, so the
# garbage collector need not track them (decoding a page: 0.5-0.9 us an item less).
class _File(msgspec.Struct, gc=False):
    role: Role
    name: str
    mime: str
    size: Annotated[int, msgspec.Meta(ge=0, le=MAX_FILE_BYTES)]
    sha256: str
    url: str


class _Airing(msgspec.Struct, gc=False):
    start: str
    end: str | None = None


class _Item(msgspec.Struct, gc=False):
    id: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID)]
    revision: Annotated[int, msgspec.Meta(ge=1, le=MAX_REVISION)]
    kind: Kind
    title: str
    priority: PriorityName
    origin: OriginName
    published_at: str
    files: Annotated[list[_File], msgspec.Meta(max_length=MAX_FILES)]
    summary: str | None = None
    body: str | None = None
    category_code: Annotated[str, msgspec.Meta(max_length=64)] | None = None
    tags: list[str] = []
    language: str = "vi"
    issuer: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    reviewed: bool = False
    channels: list[Channel] = []
    duration_s: float | None = None
    stream_url: str | None = None
    requested_airings: Annotated[list[_Airing], msgspec.Meta(max_length=100)] = []
    updated_at: str | None = None


_ITEM = msgspec.json.Decoder(_Item)


# Items larger than this are rare and mostly refused (a text over 1 MiB): they go straight
# to validate_item().
TYPED_MAX_BYTES = 256 * 1024
# Texts and times that repeat from item to item (tags, categories, issuers; an item's
# published_at is often its valid_from and updated_at too) are cleaned or parsed once.
_MEMO_LIMIT = 20_000
_cleaned: BoundedMemo[str, str] = BoundedMemo(_MEMO_LIMIT, clean_display_text)
# A good time's value does not depend on the field it is in.
_times: BoundedMemo[str, Any]  # made below, with _parsed_time
_airing_times: BoundedMemo[str, str] = BoundedMemo(_MEMO_LIMIT)
# Languages and files' sha256 seen valid (a handful of languages; files shared by items).
_languages: BoundedMemo[str, bool] = BoundedMemo(_MEMO_LIMIT)
_hashes: BoundedMemo[str, bool] = BoundedMemo(_MEMO_LIMIT)


def _title(value: str) -> tuple[str, list[str]]:
    """_text_value() of a title, with what cleaning changed (raises for a bad one)."""
    notes: list[str] = []
    title = _text_value(value, "title", required=True, max_chars=MAX_TITLE, notes=notes)
    return title or "", notes


def _issuer(value: str) -> tuple[str | None, list[str]]:
    """_text_value() of an issuer, with what cleaning changed (raises for a bad one)."""
    notes: list[str] = []
    return _text_value(value, "issuer", max_chars=300, notes=notes), notes


# Titles and issuers repeat (a series' bulletins, a handful of agencies): cleaned once, with
# what cleaning changed for the log, then looked up. Summaries and bodies seldom repeat in
# a real catalogue: remembering them would hold megabytes for little.
_titles: BoundedMemo[str, tuple[str, list[str]]] = BoundedMemo(_MEMO_LIMIT, _title)
_issuers: BoundedMemo[str, tuple[str | None, list[str]]] = BoundedMemo(_MEMO_LIMIT, _issuer)


def _parsed_time(value: str) -> Any:
    """A time not met before (_times[value] remembers it). A bad one raises ItemRejected,
    whose reason validate_item() gives again with the field's name."""
    # The usual shape comes with its column text (no isoformat when the row is made).
    return parse_utc(value) or parse_time(value, "time")


_times = BoundedMemo(_MEMO_LIMIT, _parsed_time)


def _airing_time(value: str, key: str) -> str:
    """A requested airing's time as the item keeps it (UTC, isoformat): airings repeat
    from item to item (a programme's slots), and isoformat() costs more than the parse."""
    text = _airing_times.get(value)
    if text is None:  # parse_time raises for a bad one
        text = _airing_times.remember(value, parse_time(value, key).isoformat())
    return text


def forget_repeats() -> None:
    """Let go of everything remembered from the items checked (the catalogue pull calls it
    when it ends): held for the program's life, a memo would also keep the memory around
    its entries from being given back (a second 100,000-item pull peaked some 40 MB
    higher)."""
    for memo in (_cleaned, _times, _airing_times, _languages, _hashes, _titles, _issuers):
        memo.clear()
    forget_files_seen()
    forget_times()
    forget_text_keys()


def check_item(item: Any, base_url: str, owns: Callable[[str], bool]) -> ValidItem:
    """validate_item() for an item of a page, through the typed decoder when it can."""
    if not isinstance(item, RawItem):
        return validate_item(item, base_url, owns)
    if len(item.raw) <= TYPED_MAX_BYTES:
        try:
            return _finish(_ITEM.decode(item.raw), base_url, owns)
        except (msgspec.ValidationError, msgspec.DecodeError, ItemRejected):
            pass  # dropped before the plain JSON is made: a huge text is not held twice
    # validate_item() on the plain JSON gives the reason (and the verdict).
    return validate_item(item.plain(), base_url, owns)


def _finish(raw: _Item, base_url: str, owns: Callable[[str], bool]) -> ValidItem:
    """validate_item()'s checks that the types do not make. A refusal here needs no reason
    of its own (check_item() has validate_item() give it), so the checks need not come in
    validate_item()'s order; what cleaning changed is noted in its order (title, summary,
    body, issuer, files). The item is made in one call once every value is known."""
    if not raw.id.isprintable():
        raise ItemRejected("id is missing or invalid")
    title, title_notes = _titles[raw.title]
    notes = list(title_notes)  # what cleaning changed, in validate_item()'s order
    summary = raw.summary
    if summary is not None:  # as _text_value(summary, "summary", multiline=True, ...)
        summary = _cleaned_text(summary, "summary", True, notes) or None
    body = raw.body
    if body is not None:
        body = _cleaned_text(body, "body", True, notes) or None
    issuer = raw.issuer
    if issuer is not None:
        issuer, issuer_notes = _issuers[issuer]
        if issuer_notes:
            notes.extend(issuer_notes)
    times = _times  # a remembered time costs a subscript, without a call
    published_at = times[raw.published_at]
    valid_from = raw.valid_from
    if valid_from is not None:
        valid_from = times[valid_from]
    valid_until = raw.valid_until
    if valid_until is not None:
        valid_until = times[valid_until]
        if valid_from is not None and valid_until < valid_from:
            raise ItemRejected("valid_until is before valid_from")
    updated_at = raw.updated_at
    if updated_at is not None:
        updated_at = times[updated_at]
    category = raw.category_code
    if category is not None:
        category = _cleaned[category] or None
    language = raw.language
    if language not in _languages:
        if not LANGUAGE.match(language):
            raise ItemRejected("language is not a BCP 47 tag")
        _languages.remember(language, True)
    # The decoded lists are the item's own (msgspec makes a default list per item too),
    # and the decoded item is dropped after: kept as they are when nothing changes.
    tags = raw.tags
    if tags:
        kept = []
        cleaned = _cleaned
        for tag in tags[:MAX_TAGS]:  # a plain loop: two or three tags are the rule
            tag = cleaned[tag][:100]
            if tag:
                kept.append(tag)
        tags = kept
    channels = raw.channels
    if len(channels) > 1:
        channels = list(dict.fromkeys(channels))
    duration = raw.duration_s
    if duration is not None:
        if not 0 <= duration < 7 * 86400:
            raise ItemRejected("duration_s is not a sensible number of seconds")
        duration = float(duration)
    stream_url = raw.stream_url
    if stream_url is not None:
        stream_url = _http_url(stream_url, "stream_url")
    elif raw.kind == "stream":
        raise ItemRejected("a stream item has no stream_url")
    airings: list[dict[str, str | None]] = []
    for airing in raw.requested_airings:
        end = airing.end
        airings.append({
            "start": _airing_time(airing.start, "requested_airings.start"),
            "end": _airing_time(end, "requested_airings.end") if end else None,
        })
    files = []
    hashes = _hashes
    for f in raw.files:
        sha = f.sha256
        if sha not in hashes:
            if not SHA256.match(sha):
                raise ItemRejected("a file has no valid sha256")
            hashes.remember(sha, True)
        files.append(_file_rest(sha, f.size, f.role, f.mime, f.url, f.name, base_url, owns,
                                notes))
    return ValidItem(raw.id, raw.revision, raw.kind, title, raw.priority, raw.origin,
                     published_at, summary, body, category, tags, language, issuer, valid_from,
                     valid_until, raw.reviewed, channels, duration, stream_url, airings,
                     updated_at, files, notes)
