"""The device registry's rows: clusters and boards as the Department's list gives them.

Rows are checked one by one: bad ones are reported with their line and reason, good ones
imported (an existing id is updated). Device keys go to the OS keyring, never the database,
and are never exported.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import DeliveryTarget, TargetGroup, TargetGroupMember, Village
from ..models.enums import TargetKind
from ..secrets import SecretStore
from ..text.translatable import QT_TRANSLATE_NOOP, Reason, fill
from ..tlspin import normalize_fingerprint
from .adapters import TargetInfo

log = logging.getLogger(__name__)

COLUMNS = ["id", "kind", "name", "village", "latitude", "longitude", "protocol", "address",
           "device_id", "key", "groups", "options"]
KINDS = {"cluster": TargetKind.CLUSTER, "cụm loa": TargetKind.CLUSTER,
         "loudspeaker_cluster": TargetKind.CLUSTER, "board": TargetKind.BOARD,
         "bảng tin": TargetKind.BOARD, "bulletin_board": TargetKind.BOARD,
         "local": TargetKind.LOCAL, "local_playout": TargetKind.LOCAL,
         "loa máy tính": TargetKind.LOCAL}  # this PC's sound card (wired / FM stations)
PROTOCOLS = {"reference", "gateway", "anthias", "icecast", "local"}
# Settings a row may carry in its `options` column ("name=value; name=value"), per protocol.
# `tls_pin`: the SHA-256 fingerprint of an https:// device's own (self-signed) certificate.
OPTION_NAMES: dict[str, tuple[str, ...]] = {
    "reference": ("tls_pin",),
    "gateway": ("fetch_wait_s", "fileserver_host", "fileserver_port"),
    "anthias": ("resolution", "user", "slide_s", "window_min", "all_day", "keep_days",
                "tls_pin"),
    "icecast": ("mount", "emergency_mount", "source_user", "bitrate", "charset", "tls_pin"),
}  # a protocol not listed here (local playout) takes any name
NUMBER_OPTIONS = ("fetch_wait_s", "fileserver_port", "slide_s", "window_min", "keep_days",
                  "bitrate")


class OptionError(ValueError):
    """An `options` cell that cannot be taken; `reason` says why (translated on screen)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


class DeviceListUnreadable(ValueError):
    """A device list that cannot be read as one. `message` and `params` as a Reason's: the
    window says it in its language (console.ui.errors.error_text), str() in English."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(fill(message, params))
        self.message, self.params = message, params


def _option_error(message: str, **params: Any) -> OptionError:
    return OptionError(Reason(message, params))


def parse_options(protocol: str, raw: str) -> dict[str, Any]:
    """The `options` cell: "resolution=1280x720; slide_s=12"; OptionError says what is
    wrong."""
    allowed = OPTION_NAMES.get(protocol)
    options: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in raw.replace("\n", ";").split(";"))):
        name, sep, value = part.partition("=")
        name, value = name.strip().lower(), value.strip()
        if not sep or not name:
            raise _option_error(QT_TRANSLATE_NOOP(
                "Errors", "The option “{part}” is not name=value."), part=part)
        if allowed is not None and name not in allowed:
            raise _option_error(QT_TRANSLATE_NOOP(
                "Errors", "Unknown option “{name}” for {protocol} (known: {known})."),
                name=name, protocol=protocol, known=", ".join(allowed) or "—")
        if name in NUMBER_OPTIONS:
            try:
                number = float(value.replace(",", "."))
            except ValueError:
                raise _option_error(QT_TRANSLATE_NOOP(
                    "Errors", "The option {name} must be a number, not “{value}”."),
                    name=name, value=value) from None
            options[name] = int(number) if number.is_integer() else number
        elif name == "all_day":
            options[name] = value.lower() in ("1", "true", "yes", "có")
        elif name == "resolution":
            if not re.fullmatch(r"\d{3,5}[x×]\d{3,5}", value):
                raise _option_error(QT_TRANSLATE_NOOP(
                    "Errors", "The resolution “{value}” is not like 1920x1080."), value=value)
            options[name] = value.replace("×", "x")
        elif name == "tls_pin":
            try:
                options[name] = normalize_fingerprint(value)
            except ValueError:
                raise _option_error(QT_TRANSLATE_NOOP(
                    "Errors", "The tls_pin “{value}” is not a SHA-256 certificate "
                              "fingerprint (64 hexadecimal digits)."), value=value) from None
        elif name in ("mount", "emergency_mount") and not re.fullmatch(r"/[\w.\-/]+", value):
            raise _option_error(QT_TRANSLATE_NOOP(
                "Errors", "The {name} “{value}” must start with / (e.g. /live.mp3)."),
                name=name, value=value)
        else:
            options[name] = value
    if protocol == "icecast" and "mount" not in options:
        raise _option_error(QT_TRANSLATE_NOOP(
            "Errors", "An icecast target needs mount=/… in its options."))
    return options


def format_options(protocol: str, options: dict[str, Any]) -> str:
    """The settings of a target as its `options` cell (internal state is not exported)."""
    allowed = OPTION_NAMES.get(protocol)
    return "; ".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}"
                     for k, v in options.items()
                     if (k in allowed if allowed is not None else not k.startswith("held_"))
                     and not isinstance(v, (list, dict)))


def key_name(target_id: str) -> str:
    return f"device-key:{target_id}"


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    errors: list[tuple[int, Reason]] = field(default_factory=list)  # (line, reason)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "updated": self.updated,
                "errors": [{"line": line, "reason": str(reason)}
                           for line, reason in self.errors]}


@dataclass
class RegistryRow:
    line: int
    values: dict[str, str]


REQUIRED = ("id", "kind", "name", "protocol")


def read_rows(path: Path) -> list[RegistryRow]:
    """CSV (UTF-8, with or without BOM; commas, or the semicolons a Vietnamese Excel writes)
    or XLSX; line numbers as a spreadsheet shows them. DeviceListUnreadable says why a file
    cannot be read as a list (OSError for the file itself)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header, rows = _workbook_rows(path)
    else:
        header, rows = _csv_rows(path)
    missing = [c for c in REQUIRED if c not in header]
    if rows and missing:
        raise DeviceListUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "The list has no column {missing}. Its first line names the columns: "
                      "{columns}."), missing=", ".join(missing), columns=", ".join(COLUMNS))
    return rows


def _workbook_rows(path: Path) -> tuple[list[str], list[RegistryRow]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError) as exc:
        log.warning("device list %s is not a workbook: %s", path.name, exc)
        raise DeviceListUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "{file} is not an Excel workbook (.xlsx). Save it again from Excel, "
                      "or as CSV."), file=path.name) from None
    try:
        sheet = book.active
        rows = list(sheet.iter_rows(values_only=True)) if sheet is not None else []
    finally:
        book.close()
    if not rows:
        return [], []
    header = [str(h or "").strip().lower() for h in rows[0]]
    return header, [RegistryRow(n, {header[i]: "" if v is None else str(v).strip()
                                    for i, v in enumerate(row) if i < len(header)})
                    for n, row in enumerate(rows[1:], start=2)
                    if any(v is not None for v in row)]


def _csv_rows(path: Path) -> tuple[list[str], list[RegistryRow]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:  # Excel's plain "CSV" in Windows' code page, for example
        raise DeviceListUnreadable(QT_TRANSLATE_NOOP(
            "Errors", "{file} is not UTF-8 text. In Excel, save it as “CSV UTF-8” or as "
                      "an Excel workbook (.xlsx)."), file=path.name) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [f.strip().lower() for f in reader.fieldnames or []]
    reader.fieldnames = header
    return header, [RegistryRow(reader.line_num, {k: (v or "").strip()
                                                  for k, v in row.items() if k})
                    for row in reader]


def _reason(message: str, **params: Any) -> Reason:
    return Reason(message, params)


def _check(values: dict[str, str], seen: set[str]) -> Reason | None:
    ident = values.get("id", "")
    if not ident:
        return _reason(QT_TRANSLATE_NOOP("Errors", "The id is empty."))
    if len(ident) > 100 or any(c in ident for c in "/\\ \t"):
        return _reason(QT_TRANSLATE_NOOP(
            "Errors", "The id “{id}” is too long or has spaces or slashes."), id=ident[:120])
    if ident in seen:
        return _reason(QT_TRANSLATE_NOOP("Errors", "The id “{id}” appears twice in the file."),
                       id=ident)
    if values.get("kind", "").lower() not in KINDS:
        return _reason(QT_TRANSLATE_NOOP(
            "Errors", "Unknown kind “{kind}” (cluster, board or local)."),
            kind=values.get("kind", ""))
    if not values.get("name"):
        return _reason(QT_TRANSLATE_NOOP("Errors", "The name is empty."))
    protocol = values.get("protocol", "").lower()
    if protocol not in PROTOCOLS:
        return _reason(QT_TRANSLATE_NOOP(
            "Errors", "Unknown protocol “{protocol}” ({known})."),
            protocol=values.get("protocol", ""), known=", ".join(sorted(PROTOCOLS)))
    url = urlsplit(values.get("address", ""))
    if protocol != "local" and (url.scheme not in ("http", "https") or not url.hostname):
        return _reason(QT_TRANSLATE_NOOP(
            "Errors", "The address “{address}” is not an http(s) URL."),
            address=values.get("address", ""))
    if (protocol == "local") != (KINDS[values["kind"].lower()] == TargetKind.LOCAL):
        return _reason(QT_TRANSLATE_NOOP(
            "Errors", "Local playout (this computer's speakers) needs kind local and "
                      "protocol local."))
    if protocol == "gateway" and not values.get("device_id"):
        return _reason(QT_TRANSLATE_NOOP("Errors", "A gateway target needs its device_id."))
    try:
        parse_options(protocol, values.get("options", ""))
    except OptionError as exc:
        return exc.reason
    for name, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
        raw = values.get(name, "")
        if raw:
            try:
                number = float(raw.replace(",", "."))
            except ValueError:
                return _reason(QT_TRANSLATE_NOOP(
                    "Errors", "The {name} “{value}” is not a number."), name=name, value=raw)
            if not low <= number <= high:
                return _reason(QT_TRANSLATE_NOOP(
                    "Errors", "The {name} {value} is out of range."), name=name, value=raw)
    return None


def _float(raw: str) -> float | None:
    return float(raw.replace(",", ".")) if raw else None


def check_rows(rows: Iterable[RegistryRow]) -> tuple[list[RegistryRow], list[tuple[int, Reason]]]:
    """The rows that may be stored, and (line, reason) for each that may not."""
    seen: set[str] = set()
    good: list[RegistryRow] = []
    errors: list[tuple[int, Reason]] = []
    for row in rows:
        reason = _check(row.values, seen)
        if reason:
            errors.append((row.line, reason))
            continue
        seen.add(row.values["id"])
        good.append(row)
    return good, errors


def store_rows(session: Session, secrets: SecretStore, rows: Iterable[RegistryRow],
               report: ImportReport) -> None:
    """Create or update a target for each checked row, with its village, groups and key."""
    villages = {v.name: v for v in session.scalars(select(Village))}
    groups = {g.name: g for g in session.scalars(select(TargetGroup))}
    for row in rows:
        v = row.values
        village = None
        if v.get("village"):
            village = villages.get(v["village"])
            if village is None:  # a new village on the Department's list
                village = Village(name=v["village"])
                session.add(village)
                session.flush()
                villages[village.name] = village
        target = session.get(DeliveryTarget, v["id"])
        if target is None:
            target = DeliveryTarget(id=v["id"], options={})
            session.add(target)
            report.imported += 1
        else:
            report.updated += 1
        target.kind = KINDS[v["kind"].lower()].value
        target.name = v["name"]
        target.village_id = village.id if village else None
        target.latitude = _float(v.get("latitude", ""))
        target.longitude = _float(v.get("longitude", ""))
        target.protocol = v["protocol"].lower()
        target.address = v.get("address", "")
        target.device_id = v.get("device_id") or None
        settable = OPTION_NAMES.get(target.protocol) or ()
        kept = {k: val for k, val in (target.options or {}).items() if k not in settable}
        target.options = {**kept, **parse_options(target.protocol, v.get("options", ""))}
        target.enabled = True
        session.flush()
        for name in filter(None, (g.strip() for g in v.get("groups", "").split(";"))):
            group = groups.get(name)
            if group is None:
                group = TargetGroup(name=name)
                session.add(group)
                session.flush()
                groups[name] = group
            if session.get(TargetGroupMember, (group.id, target.id)) is None:
                session.add(TargetGroupMember(group_id=group.id, target_id=target.id))
        if v.get("key"):
            secrets.set(key_name(target.id), v["key"])


def export_rows(session: Session) -> list[dict[str, str]]:
    villages = {v.id: v.name for v in session.scalars(select(Village))}
    member_of: dict[str, list[str]] = {}
    for group, member in session.execute(
            select(TargetGroup.name, TargetGroupMember.target_id).join(
                TargetGroupMember, TargetGroupMember.group_id == TargetGroup.id)):
        member_of.setdefault(member, []).append(group)
    rows = []
    for t in session.scalars(select(DeliveryTarget).order_by(DeliveryTarget.id)):
        rows.append({
            "id": t.id, "kind": {TargetKind.BOARD.value: "board",
                                 TargetKind.LOCAL.value: "local"}.get(t.kind, "cluster"),
            "name": t.name, "village": villages.get(t.village_id or -1, ""),
            "latitude": "" if t.latitude is None else f"{t.latitude:.5f}",
            "longitude": "" if t.longitude is None else f"{t.longitude:.5f}",
            "protocol": t.protocol, "address": t.address, "device_id": t.device_id or "",
            "key": "",  # keys stay in the keyring
            "groups": ";".join(sorted(member_of.get(t.id, []))),
            "options": format_options(t.protocol, dict(t.options or {})),
        })
    return rows


def write_csv(path: Path, rows: list[dict[str, str]]) -> int:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel reads UTF-8
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def target_info(target: DeliveryTarget) -> TargetInfo:
    return TargetInfo(id=target.id, kind=target.kind, protocol=target.protocol,
                      address=target.address, device_id=target.device_id,
                      options=dict(target.options or {}))
