"""A simulated commune: clusters and boards over both protocols, with offline spells."""

from __future__ import annotations

import csv
import logging
import math
import random
import secrets
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..httpserver import serve_until_stopped
from .anthias import AnthiasBoard, AnthiasSimulator
from .device import SimDevice
from .gateway import GatewaySimulator
from .reference import ReferenceSimulator

log = logging.getLogger("console.sim.devices")

REGISTRY_COLUMNS = ["id", "kind", "name", "village", "latitude", "longitude", "protocol",
                    "address", "device_id", "key", "groups", "options"]
VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Đồng Tâm", "Ấp Phú Hòa", "Thôn Bến Đò",
            "Khu phố Chợ"]
PLACES = ["Nhà văn hóa", "Chợ", "Trường tiểu học", "Ngã ba", "Trạm y tế", "Bến xe", "Cầu",
          "Đình làng"]
BASE_LAT, BASE_LON = 12.6667, 108.0500  # a commune in Đắk Lắk
# Where the demo's villages lie (lat, lon): a commune about 5 km across, the market quarter
# in the middle. Other village names get a centre on a ring around the commune's centre.
VILLAGE_CENTRES: dict[str, tuple[float, float]] = {
    "Khu phố Chợ": (12.6667, 108.0500),
    "Thôn Đông": (12.6702, 108.0668),
    "Thôn Tây": (12.6641, 108.0318),
    "Thôn Đồng Tâm": (12.6849, 108.0463),
    "Ấp Phú Hòa": (12.6488, 108.0571),
    "Thôn Bến Đò": (12.6536, 108.0372),
}
RING_DEG = 0.016        # ~1.7 km from the centre: the ring of villages not listed above
VILLAGE_SPREAD = 0.0045  # devices stand within ~500 m of their village's centre


def village_centre(village: str, index: int, count: int) -> tuple[float, float]:
    """The centre of a village: a known one, else a point on a ring by its position."""
    known = VILLAGE_CENTRES.get(village)
    if known is not None:
        return known
    if not village:
        return BASE_LAT, BASE_LON
    angle = 2 * math.pi * index / max(1, count)
    return BASE_LAT + RING_DEG * math.sin(angle), BASE_LON + RING_DEG * math.cos(angle)


@dataclass
class FleetConfig:
    clusters: int = 12
    boards: int = 2
    anthias: int = 0  # boards running Anthias (signage API v2), on a server of their own
    protocol: str = "both"  # reference | gateway | both
    host: str = "127.0.0.1"
    port_base: int = 0  # reference server on port_base, gateway on port_base + 1 (0 = free)
    offline_rate: float = 0.0  # share of devices offline at any moment
    fail_rate: float = 0.0  # share of requests answered 503
    offline_period_s: float = 20.0  # how often the offline set is re-drawn
    latency_ms: int = 0
    rate_kbps: float = 0.0  # per-connection upload rate of reference devices (0 = unlimited)
    villages: tuple[str, ...] = tuple(VILLAGES)
    seed: int = 1
    clock_offset_s: float = 0.0  # every device's clock is this far off
    keep_dir: Path | None = None  # every received file kept as keep_dir/<device>/<sha>.<ext>


class DeviceFleet:
    """Owns the simulators; `registry_rows()` is what `devices import` takes."""

    def __init__(self, config: FleetConfig | None = None) -> None:
        self.config = cfg = config or FleetConfig()
        if cfg.protocol not in ("reference", "gateway", "both"):
            raise ValueError("protocol must be reference, gateway or both")
        rng = random.Random(cfg.seed)
        self._rng = rng
        self.reference_devices: list[SimDevice] = []
        self.gateway_devices: list[SimDevice] = []
        self.meta: dict[str, dict[str, Any]] = {}
        centres = {v: village_centre(v, i, len(cfg.villages)) for i, v in enumerate(cfg.villages)}

        def near(village: str) -> dict[str, float]:
            """A spot near the village's centre (seeded: the same commune every run)."""
            lat, lon = centres.get(village) or village_centre(village, 0, 1)
            return {"lat": lat + rng.uniform(-VILLAGE_SPREAD, VILLAGE_SPREAD),
                    "lon": lon + rng.uniform(-VILLAGE_SPREAD, VILLAGE_SPREAD)}

        for n in range(cfg.clusters):
            use_gateway = cfg.protocol == "gateway" or (cfg.protocol == "both" and n % 2 == 1)
            village = cfg.villages[n % len(cfg.villages)] if cfg.villages else ""
            ident = f"cl-{n + 1:03d}"
            name = f"Cụm loa {PLACES[n % len(PLACES)]} {village}".strip()
            device = SimDevice(ident, name, key=secrets.token_hex(12), fail_rate=cfg.fail_rate,
                               clock_offset_s=cfg.clock_offset_s, keep_dir=cfg.keep_dir)
            (self.gateway_devices if use_gateway else self.reference_devices).append(device)
            self.meta[ident] = {"village": village, "kind": "loudspeaker_cluster",
                                "protocol": "gateway" if use_gateway else "reference",
                                **near(village)}
        for n in range(cfg.boards):
            ident = f"bd-{n + 1:02d}"
            village = cfg.villages[(n * 3) % len(cfg.villages)] if cfg.villages else ""
            device = SimDevice(ident, f"Bảng tin điện tử {village or n + 1}",
                               kind="bulletin_board", key=secrets.token_hex(12),
                               firmware="sim-board-2.0", fail_rate=cfg.fail_rate,
                               clock_offset_s=cfg.clock_offset_s, keep_dir=cfg.keep_dir)
            self.reference_devices.append(device)  # boards speak the reference protocol
            self.meta[ident] = {"village": village, "kind": "bulletin_board",
                                "protocol": "reference", **near(village)}
        self.anthias_boards: list[AnthiasBoard] = []
        for n in range(cfg.anthias):
            ident = f"bd-{cfg.boards + n + 1:02d}"
            village = cfg.villages[(n * 3 + 1) % len(cfg.villages)] if cfg.villages else ""
            self.anthias_boards.append(AnthiasBoard(
                ident, f"Bảng tin điện tử {village or ident}", user="admin",
                password=secrets.token_hex(8)))
            self.meta[ident] = {"village": village, "kind": "bulletin_board",
                                "protocol": "anthias", **near(village)}
        latency = cfg.latency_ms / 1000
        ref_port = cfg.port_base or 0
        gw_port = cfg.port_base + 1 if cfg.port_base else 0
        self.reference = (ReferenceSimulator(self.reference_devices, cfg.host, ref_port, latency,
                                             cfg.rate_kbps * 1000 / 8)
                          if self.reference_devices else None)
        self.gateway = (GatewaySimulator(self.gateway_devices, cfg.host, gw_port, latency)
                        if self.gateway_devices else None)
        self.anthias_sim = (AnthiasSimulator(self.anthias_boards, cfg.host,
                                             cfg.port_base + 2 if cfg.port_base else 0, latency)
                            if self.anthias_boards else None)
        self._stop = threading.Event()
        self._flapper: threading.Thread | None = None

    @property
    def devices(self) -> dict[str, SimDevice]:
        return {d.device_id: d for d in (*self.reference_devices, *self.gateway_devices)}

    def start(self) -> DeviceFleet:
        for sim in (self.reference, self.gateway, self.anthias_sim):
            if sim is not None:
                sim.start()
        if self.config.offline_rate > 0:
            self._stop.clear()
            self._flapper = threading.Thread(target=self._flap, name="device-sim-offline",
                                             daemon=True)
            self._flapper.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._flapper is not None:
            self._flapper.join(timeout=5)
            self._flapper = None
        for sim in (self.reference, self.gateway, self.anthias_sim):
            if sim is not None:
                sim.stop()

    def __enter__(self) -> DeviceFleet:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _flap(self) -> None:
        """Devices go offline and come back, like clusters on 3G SIMs."""
        while True:
            for device in (*self.devices.values(), *self.anthias_boards):
                device.online = self._rng.random() >= self.config.offline_rate
            if self._stop.wait(self.config.offline_period_s):
                break
        for device in (*self.devices.values(), *self.anthias_boards):
            device.online = True

    @property
    def url(self) -> str:
        """The first line `simulate devices` prints."""
        parts = []
        if self.reference is not None:
            parts.append(self.reference.url)
        if self.gateway is not None:
            parts.append(self.gateway.url)
        if self.anthias_sim is not None:
            parts.append(self.anthias_sim.url)
        return " ".join(parts)

    def registry_rows(self) -> list[dict[str, str]]:
        rows = []
        for device in (*self.reference_devices, *self.gateway_devices):
            meta = self.meta[device.device_id]
            if meta["protocol"] == "gateway":
                assert self.gateway is not None
                address, device_id = self.gateway.url, device.device_id
            else:
                assert self.reference is not None
                address, device_id = self.reference.device_url(device.device_id), ""
            rows.append({
                "id": device.device_id, "kind": "board" if meta["kind"] == "bulletin_board"
                else "cluster", "name": device.name, "village": meta["village"],
                "latitude": f"{meta['lat']:.5f}", "longitude": f"{meta['lon']:.5f}",
                "protocol": meta["protocol"], "address": address, "device_id": device_id,
                "key": device.key if meta["protocol"] == "reference" else "",
                "groups": meta["village"], "options": "",
            })
        for board in self.anthias_boards:
            meta = self.meta[board.board_id]
            assert self.anthias_sim is not None
            rows.append({
                "id": board.board_id, "kind": "board", "name": board.name,
                "village": meta["village"], "latitude": f"{meta['lat']:.5f}",
                "longitude": f"{meta['lon']:.5f}", "protocol": "anthias",
                "address": self.anthias_sim.board_url(board.board_id), "device_id": "",
                "key": board.key, "groups": meta["village"],
                "options": f"resolution={board.width}x{board.height}",
            })
        return rows

    def write_registry(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, REGISTRY_COLUMNS)
            writer.writeheader()
            writer.writerows(self.registry_rows())


def serve_forever(config: FleetConfig, registry_out: Path | None = None,
                  out: IO[str] | None = None) -> int:
    """Start, print the address(es) as the first line, block until SIGINT/SIGTERM."""
    out = out if out is not None else sys.stdout
    fleet = DeviceFleet(config)
    try:
        fleet.start()
    except OSError as exc:
        log.error("device simulator could not listen: %s", exc)
        fleet.stop()
        return 1
    lines = [fleet.url]
    if registry_out is not None:
        fleet.write_registry(registry_out)
        lines.append(f"registry written to {registry_out}")
    return serve_until_stopped(lines, fleet.stop, out)
