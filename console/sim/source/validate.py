"""Body checks for the POST/PUT endpoints (422 when a body breaks the contract)."""

from __future__ import annotations

from typing import Any


class ValidationError(ValueError):
    pass


_TARGET_KINDS = {"loudspeaker_cluster", "bulletin_board", "stream"}
_RESULTS = {"success", "partial", "failed"}
_PRIORITIES = {"normal", "priority", "emergency"}
_PERIODS = {"month": 12, "quarter": 4, "half_year": 2, "nine_months": 0, "year": 0}
_DEVICE_KINDS = {"loudspeaker_cluster", "bulletin_board"}
_DEVICE_STATUS = {"online", "playing", "offline", "fault"}
_ITEM_KINDS = {"audio", "video", "image", "text", "stream"}
_ORIGINS = {"central", "province", "district", "commune"}


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _require(obj: Any, fields: tuple[str, ...], where: str) -> None:
    if not isinstance(obj, dict):
        raise ValidationError(f"{where} must be an object")
    for name in fields:
        if name not in obj or obj[name] is None:
            raise ValidationError(f"{where}.{name} is required")


def _string(obj: dict[str, Any], name: str, where: str, *, nullable: bool = False) -> None:
    value = obj.get(name)
    if value is None and nullable:
        return
    if not isinstance(value, str):
        raise ValidationError(f"{where}.{name} must be a string")


def _check_station(given: Any, station_code: str) -> None:
    if given != station_code:
        raise ValidationError(f"station_code {given!r} is not this account's station")


def validate_as_run(body: Any, station_code: str) -> None:
    _require(body, ("station_code", "entries"), "body")
    _check_station(body["station_code"], station_code)
    entries = body["entries"]
    if not isinstance(entries, list):
        raise ValidationError("entries must be an array")
    if len(entries) > 1000:
        raise ValidationError("at most 1000 entries per request")
    for n, entry in enumerate(entries):
        where = f"entries[{n}]"
        _require(entry, ("id", "target_id", "target_kind", "title", "started_at", "played_s",
                         "result"), where)
        for name in ("id", "target_id", "title", "started_at"):
            _string(entry, name, where)
        if entry["target_kind"] not in _TARGET_KINDS:
            raise ValidationError(f"{where}.target_kind must be one of {sorted(_TARGET_KINDS)}")
        if entry["result"] not in _RESULTS:
            raise ValidationError(f"{where}.result must be one of {sorted(_RESULTS)}")
        if not _number(entry["played_s"]) or entry["played_s"] < 0:
            raise ValidationError(f"{where}.played_s must be a number >= 0")
        if entry.get("priority") is not None and entry["priority"] not in _PRIORITIES:
            raise ValidationError(f"{where}.priority must be one of {sorted(_PRIORITIES)}")
        for name in ("item_id", "scheduled_at", "ended_at"):
            _string(entry, name, where, nullable=True)


def validate_report(body: Any, station_code: str) -> None:
    _require(body, ("id", "station_code", "period", "indicators"), "body")
    _string(body, "id", "body")
    _check_station(body["station_code"], station_code)
    period = body["period"]
    _require(period, ("kind", "year"), "period")
    kind = period["kind"]
    if kind not in _PERIODS:
        raise ValidationError(f"period.kind must be one of {sorted(_PERIODS)}")
    if not isinstance(period["year"], int) or isinstance(period["year"], bool):
        raise ValidationError("period.year must be an integer")
    top = _PERIODS[kind]
    index = period.get("index")
    if top:
        if not isinstance(index, int) or isinstance(index, bool) or not 1 <= index <= top:
            raise ValidationError(f"period.index must be 1..{top} for {kind}")
    elif index is not None:
        raise ValidationError(f"period.index must be absent for {kind}")
    indicators = body["indicators"]
    if not isinstance(indicators, dict) or not all(_number(v) for v in indicators.values()):
        raise ValidationError("indicators must map codes to numbers")


def validate_contribution(metadata: Any) -> None:
    _require(metadata, ("kind", "title"), "metadata")
    if metadata["kind"] not in _ITEM_KINDS:
        raise ValidationError(f"metadata.kind must be one of {sorted(_ITEM_KINDS)}")
    _string(metadata, "title", "metadata")
    if not metadata["title"].strip() or len(metadata["title"]) > 500:
        raise ValidationError("metadata.title must have 1..500 characters")
    if metadata.get("priority") is not None and metadata["priority"] not in _PRIORITIES:
        raise ValidationError(f"metadata.priority must be one of {sorted(_PRIORITIES)}")
    if metadata.get("origin") is not None and metadata["origin"] not in _ORIGINS:
        raise ValidationError(f"metadata.origin must be one of {sorted(_ORIGINS)}")
    # The source system assigns these; the file travels as its own part.
    for forbidden in ("id", "revision", "files"):
        if metadata.get(forbidden):
            raise ValidationError(f"metadata must not carry {forbidden!r}")


def validate_devices(body: Any) -> None:
    _require(body, ("devices",), "body")
    devices = body["devices"]
    if not isinstance(devices, list):
        raise ValidationError("devices must be an array")
    for n, dev in enumerate(devices):
        where = f"devices[{n}]"
        _require(dev, ("id", "kind", "name", "status"), where)
        _string(dev, "id", where)
        _string(dev, "name", where)
        if dev["kind"] not in _DEVICE_KINDS:
            raise ValidationError(f"{where}.kind must be one of {sorted(_DEVICE_KINDS)}")
        if dev["status"] not in _DEVICE_STATUS:
            raise ValidationError(f"{where}.status must be one of {sorted(_DEVICE_STATUS)}")
        volume = dev.get("volume")
        if volume is not None and (
            not isinstance(volume, int) or isinstance(volume, bool) or not 0 <= volume <= 10
        ):
            raise ValidationError(f"{where}.volume must be 0..10 or null")
