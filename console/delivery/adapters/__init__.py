"""Device protocols behind one interface; `make_adapter` picks one for a target."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...media.store import MediaStore
from ...text.translatable import QT_TRANSLATE_NOOP
from .anthias import AnthiasAdapter
from .base import (
    DeliveryError,
    DeliveryOutcome,
    DeviceAdapter,
    DeviceStatus,
    MediaNotReady,
    PlayRecord,
    TargetInfo,
    TargetOffline,
    TargetRefused,
)
from .gateway import GatewayAdapter
from .icecast import IcecastAdapter
from .local import LocalAdapter
from .reference import ReferenceAdapter

ADAPTERS: dict[str, type[DeviceAdapter]] = {
    "reference": ReferenceAdapter,
    "gateway": GatewayAdapter,
    "local": LocalAdapter,
    "anthias": AnthiasAdapter,
    "icecast": IcecastAdapter,
}


def sound_format(protocol: str, kind: str) -> str | None:
    """The sound format a target takes (None: it plays no sound, or no adapter knows it)."""
    cls = ADAPTERS.get(protocol)
    return cls.sound_format(kind) if cls is not None else None


def relays_on_schedule(protocol: str) -> bool:
    """Whether a target of this protocol can be given a relay to play at a set time."""
    cls = ADAPTERS.get(protocol)
    return cls is not None and cls.relays_on_schedule


def relays_now(protocol: str) -> bool:
    """Whether a target of this protocol can relay a stream now (a play-now)."""
    cls = ADAPTERS.get(protocol)
    return cls is not None and cls.relays_now


def sets_volume(protocol: str) -> bool:
    """Whether a target of this protocol takes a volume command."""
    cls = ADAPTERS.get(protocol)
    return cls is not None and cls.sets_volume


def tunes_fm(protocol: str) -> bool:
    """Whether a target of this protocol can be told to relay an FM station (fm_relay)."""
    cls = ADAPTERS.get(protocol)
    return cls is not None and cls.tunes_fm


def make_adapter(target: TargetInfo, key: str | None, media: MediaStore,
                 media_url: Callable[[str, str], str] | None = None,
                 **kwargs: Any) -> DeviceAdapter:
    cls = ADAPTERS.get(target.protocol)
    if cls is None:
        raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "no adapter for the protocol "
                                              "{protocol}"), protocol=repr(target.protocol))

    return cls(target, key, media, media_url, **kwargs)


__all__ = [
    "ADAPTERS", "DeliveryError", "DeliveryOutcome", "DeviceAdapter", "DeviceStatus",
    "GatewayAdapter", "LocalAdapter", "MediaNotReady", "PlayRecord", "ReferenceAdapter",
    "TargetInfo", "TargetOffline", "TargetRefused", "make_adapter", "relays_now",
    "relays_on_schedule", "sets_volume", "sound_format", "tunes_fm",
]
