"""Check every item the source system sends before anything of it is stored.

A bad item is rejected with a plain reason and the rest of the page goes on. Display
text is cleaned (NFC, no markup, no control characters); names of files are display
names only; file URLs must point at the configured server.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from ..media.store import SHA256
from ..models.enums import ItemKind, Origin, Priority
from ..text import clean_display_text, clean_multiline_text
from ..text.memo import BoundedMemo
from .client import INVALID_UTF8

MAX_TITLE = 500
MAX_TEXT_BYTES = 1024 * 1024
MAX_FILE_BYTES = 4 * 1024**3
MAX_ID = 128
MAX_REVISION = 2**63 - 1  # what SQLite's INTEGER holds
MAX_TAGS = 50
MAX_FILES = 50
LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$")
_SIMPLE_RELATIVE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._/-]*$")
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+$")
FILE_ROLES = {"main", "thumbnail", "subtitle", "attachment"}
KINDS = {k.value for k in ItemKind}
PRIORITIES = {p.value for p in Priority}
ORIGINS = {o.value for o in Origin}
CHANNELS = {"radio", "board", "social"}
_CONTROL_CHAR = re.compile(  # as console.text.clean drops them; tab and line breaks are text
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class ItemRejected(ValueError):
    """The item breaks the contract; str() says how."""


class ValidFile(NamedTuple):
    """A file of an item; its fields are item_file's columns after item_id, in order.
    (A named tuple: made in a third of a frozen dataclass's time, as immutable.)"""

    role: str
    name: str
    mime: str
    size: int
    sha256: str
    url: str  # absolute, on the configured server


# ValidFile(*fields) as its generated __new__ makes it (tuple.__new__), without that call.
_new_file = partial(tuple.__new__, ValidFile)


@dataclass(slots=True)
class ValidItem:  # typed_items._finish passes every field by position, in this order
    id: str
    revision: int
    kind: str
    title: str
    priority: str
    origin: str
    published_at: dt.datetime
    summary: str | None = None
    body: str | None = None
    category_code: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str = "vi"
    issuer: str | None = None
    valid_from: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    reviewed: bool = False
    channels: list[str] = field(default_factory=list)
    duration_s: float | None = None
    stream_url: str | None = None
    requested_airings: list[dict[str, str | None]] = field(default_factory=list)
    updated_at: dt.datetime | None = None
    files: list[ValidFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what cleaning changed, for the log


def _cleaning(value: str, cleaned: str) -> str | None:
    """Why a text changed when it was cleaned, or None when only spacing changed."""
    reasons = []
    if not unicodedata.is_normalized("NFC", value):
        reasons.append("normalised to NFC")
    if "<" in value or "&" in value or "\x1b" in value:
        reasons.append("markup removed")
    if _CONTROL_CHAR.search(value):
        reasons.append("control characters removed")
    if not reasons and " ".join(value.split()) != " ".join(cleaned.split()):
        reasons.append("cleaned")
    return ", ".join(reasons) or None


def _text(raw: dict[str, Any], key: str, *, required: bool = False, multiline: bool = False,
          max_chars: int | None = None, notes: list[str] | None = None) -> str | None:
    return _text_value(raw.get(key), key, required=required, multiline=multiline,
                       max_chars=max_chars, notes=notes)


def _text_value(value: Any, key: str, *, required: bool = False, multiline: bool = False,
                max_chars: int | None = None, notes: list[str] | None = None) -> str | None:
    if value is None:
        if required:
            raise ItemRejected(f"{key} is missing")
        return None
    if not isinstance(value, str):
        raise ItemRejected(f"{key} is not text")
    cleaned = _cleaned_text(value, key, multiline, notes)
    if max_chars is not None and len(cleaned) > max_chars:
        raise ItemRejected(f"{key} is longer than {max_chars} characters")
    if required and not cleaned:
        raise ItemRejected(f"{key} is empty")
    return cleaned or None


def _cleaned_text(value: str, key: str, multiline: bool, notes: list[str] | None) -> str:
    """A text cleaned, what cleaning changed noted; refused over 1 MiB. (Positional: the
    typed page checks call it for every summary and body.)"""
    # A character is at most 4 bytes: only long texts need measuring in bytes.
    if len(value) > MAX_TEXT_BYTES // 4 and len(
            value.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise ItemRejected(f"{key} is larger than 1 MiB")
    cleaned = clean_multiline_text(value) if multiline else clean_display_text(value)
    if notes is not None and cleaned is not value and cleaned != value:
        why = _cleaning(value, cleaned)
        if why:
            notes.append(f"{key} {why}")
    return cleaned


def _enum(raw: dict[str, Any], key: str, allowed: set[str], default: str | None = None) -> str:
    value = raw.get(key, default)
    if value not in allowed:
        raise ItemRejected(f"{key} {str(value)[:40]!r} is not one of {sorted(allowed)}")
    return str(value)


def parse_time(value: Any, key: str) -> dt.datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ItemRejected(f"{key} is not an RFC 3339 time")
    try:
        parsed = dt.datetime.fromisoformat(value.replace("z", "Z") if "z" in value else value)
    except ValueError:
        raise ItemRejected(f"{key} {value[:40]!r} is not an RFC 3339 time") from None
    if parsed.tzinfo is None:
        raise ItemRejected(f"{key} has no UTC offset")
    try:
        return parsed.astimezone(dt.UTC)
    except OverflowError:  # "0001-01-01T03:00:00+07:00" is before year 1 in UTC
        raise ItemRejected(f"{key} {value[:40]!r} is out of range in UTC") from None


def _opt_time(raw: dict[str, Any], key: str) -> dt.datetime | None:
    value = raw.get(key)
    return None if value is None else parse_time(value, key)


def _http_url(value: Any, key: str) -> str:
    if not isinstance(value, str) or len(value) > 2000:
        raise ItemRejected(f"{key} is not a URL")
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ItemRejected(f"{key} must be an http(s) URL")
    return value


def _file(raw: Any, base_url: str, owns: Callable[[str], bool],
          notes: list[str] | None = None) -> ValidFile:
    if not isinstance(raw, dict):
        raise ItemRejected("a file entry is not an object")
    sha = raw.get("sha256")
    if not isinstance(sha, str) or not SHA256.match(sha):
        raise ItemRejected("a file has no valid sha256")
    size = raw.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FILE_BYTES:
        raise ItemRejected(f"file {sha[:12]} has an impossible size")
    role = _enum(raw, "role", FILE_ROLES)
    return _file_rest(sha, size, role, raw.get("mime"), raw.get("url"), raw.get("name"),
                      base_url, owns, notes)


# What a file's checks find depends on the value alone, and the values repeat from file to
# file (a few mime types; files shared by items; a series' file names): each is worked out
# once, then looked up (a page's files: half the time they took).
_MEMO_LIMIT = 20_000
_stored_mimes: BoundedMemo[str, str] = BoundedMemo(_MEMO_LIMIT)  # valid mime -> lower case


def _joins_simply(url: str) -> bool:
    """A relative URL that joins under the base without parsing ("files/<sha256>")."""
    return _SIMPLE_RELATIVE.match(url) is not None and ".." not in url


def _shown_name(name: str) -> str:
    return clean_display_text(display_file_name(name))[:255]


_simple_urls: BoundedMemo[str, bool] = BoundedMemo(_MEMO_LIMIT, _joins_simply)
_display_names: BoundedMemo[str, str] = BoundedMemo(_MEMO_LIMIT, _shown_name)  # name -> shown


def forget_files_seen() -> None:
    """Let go of the remembered file values (catalogue.py, after a pull)."""
    for memo in (_stored_mimes, _simple_urls, _display_names):
        memo.clear()


def _file_rest(sha: str, size: int, role: str, mime: Any, url: Any, name: Any, base_url: str,
               owns: Callable[[str], bool], notes: list[str] | None) -> ValidFile:
    if not isinstance(mime, str):
        raise ItemRejected(f"file {sha[:12]} has no valid mime type")
    stored_mime = _stored_mimes.get(mime)
    if stored_mime is None:
        if not _MIME.match(mime):
            raise ItemRejected(f"file {sha[:12]} has no valid mime type")
        stored_mime = _stored_mimes.remember(mime, mime.lower())
    if not isinstance(url, str) or not url or len(url) > 2000:
        raise ItemRejected(f"file {sha[:12]} has no URL")
    if _simple_urls[url]:
        absolute = base_url + url  # the usual "files/<sha256>": no parsing needed
    else:
        absolute = urljoin(base_url, url)
        if urlsplit(absolute).scheme not in {"http", "https"} or not owns(absolute):
            raise ItemRejected(f"file {sha[:12]} is not on the configured server")
    if not isinstance(name, str):
        raise ItemRejected(f"file {sha[:12]} has no name")
    display = _display_names[name]
    if notes is not None and display != name:
        notes.append(f"file name {name[:60]!r} is not a plain name; shown as {display[:60]!r}")
    return _new_file((role, display or sha[:12], stored_mime, size, sha, absolute))


def validate_item(raw: Any, base_url: str, owns: Callable[[str], bool]) -> ValidItem:
    """Return a clean item or raise ItemRejected with the reason.

    `base_url` ends with "/" (SourceClient.base_url); relative file URLs resolve under it.
    """
    if not isinstance(raw, dict):
        raise ItemRejected("not an object")
    if raw.get(INVALID_UTF8) is True:
        raise ItemRejected("its text holds bytes that are not UTF-8")
    item_id = raw.get("id")
    if not isinstance(item_id, str) or not 0 < len(item_id) <= MAX_ID or not item_id.isprintable():
        raise ItemRejected("id is missing or invalid")
    revision = raw.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or not (
            1 <= revision <= MAX_REVISION):
        raise ItemRejected("revision must be a positive integer")
    notes: list[str] = []
    item = ValidItem(
        id=item_id,
        revision=revision,
        kind=_enum(raw, "kind", KINDS),
        title=_text(raw, "title", required=True, max_chars=MAX_TITLE, notes=notes) or "",
        priority=_enum(raw, "priority", PRIORITIES),
        origin=_enum(raw, "origin", ORIGINS),
        published_at=parse_time(raw.get("published_at"), "published_at"),
        summary=_text(raw, "summary", multiline=True, notes=notes),
        body=_text(raw, "body", multiline=True, notes=notes),
        issuer=_text(raw, "issuer", max_chars=300, notes=notes),
        valid_from=_opt_time(raw, "valid_from"),
        valid_until=_opt_time(raw, "valid_until"),
        updated_at=_opt_time(raw, "updated_at"),
    )
    category = raw.get("category_code")
    if category is not None:
        if not isinstance(category, str) or len(category) > 64:
            raise ItemRejected("category_code is invalid")
        item.category_code = clean_display_text(category) or None
    language = raw.get("language", "vi")
    if not isinstance(language, str) or not LANGUAGE.match(language):
        raise ItemRejected("language is not a BCP 47 tag")
    item.language = language
    reviewed = raw.get("reviewed", False)
    if not isinstance(reviewed, bool):
        raise ItemRejected("reviewed is not true/false")
    item.reviewed = reviewed
    tags = raw.get("tags", [])
    if not isinstance(tags, list):
        raise ItemRejected("tags is not a list of text")
    kept = []
    for index, tag in enumerate(tags):  # a plain loop: two or three tags are the rule
        if not isinstance(tag, str):
            raise ItemRejected("tags is not a list of text")
        if index < MAX_TAGS:
            tag = clean_display_text(tag)[:100]
            if tag:
                kept.append(tag)
    item.tags = kept
    channels = raw.get("channels", [])
    if not isinstance(channels, list):
        raise ItemRejected("channels is not a list")
    unknown = [c for c in channels if c not in CHANNELS]
    if unknown:
        raise ItemRejected(f"unknown channel {str(unknown[0])[:40]!r}")
    item.channels = list(dict.fromkeys(channels))
    duration = raw.get("duration_s")
    if duration is not None:
        if not isinstance(duration, int | float) or isinstance(duration, bool) or not (
                0 <= duration < 7 * 86400):
            raise ItemRejected("duration_s is not a sensible number of seconds")
        item.duration_s = float(duration)
    if raw.get("stream_url") is not None:
        item.stream_url = _http_url(raw["stream_url"], "stream_url")
    if item.kind == "stream" and not item.stream_url:
        raise ItemRejected("a stream item has no stream_url")
    airings = raw.get("requested_airings", [])
    if not isinstance(airings, list) or len(airings) > 100:
        raise ItemRejected("requested_airings is not a list")
    for airing in airings:
        if not isinstance(airing, dict):
            raise ItemRejected("a requested airing is not an object")
        start = parse_time(airing.get("start"), "requested_airings.start")
        end = airing.get("end")
        item.requested_airings.append({
            "start": start.isoformat(),
            "end": parse_time(end, "requested_airings.end").isoformat() if end else None,
        })
    files = raw.get("files")
    if not isinstance(files, list) or len(files) > MAX_FILES:
        raise ItemRejected("files is not a list")
    item.files = [_file(f, base_url, owns, notes) for f in files]
    if item.valid_from and item.valid_until and item.valid_until < item.valid_from:
        raise ItemRejected("valid_until is before valid_from")
    item.notes = notes
    return item


_DRIVE = re.compile(r"^[A-Za-z]:/")
DIVISION_SLASH = "\u2215"  # looks like "/" on screen, is never a path separator


def display_file_name(name: str) -> str:
    """A file's name for display, never a path.

    What looks like a path (absolute, a drive, a ".." step) keeps only its last part. A
    slash inside an ordinary title ("cúm gia cầm A/H5N1.mp3", "tháng 7/2026") is shown as
    a division slash, so the operator reads the whole name and no code can take it for a
    folder.
    """
    unified = name.replace("\\", "/")
    if unified.startswith("/") or _DRIVE.match(unified) or ".." in unified.split("/"):
        return unified.rsplit("/", 1)[-1]
    return unified.replace("/", DIVISION_SLASH)
