"""Simulated devices stand in their own village: a village's loudspeakers are together."""

from __future__ import annotations

import math

from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.devices.fleet import VILLAGE_CENTRES, VILLAGES


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance on the ground (equirectangular: fine at a commune's scale)."""
    dlat = math.radians(a[0] - b[0])
    dlon = math.radians(a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def _places(fleet: DeviceFleet) -> dict[str, tuple[str, tuple[float, float]]]:
    return {row["id"]: (row["village"], (float(row["latitude"]), float(row["longitude"])))
            for row in fleet.registry_rows()}


def test_each_device_stands_near_its_village_centre_and_nearest_to_it() -> None:
    fleet = DeviceFleet(FleetConfig(clusters=12, boards=2, protocol="both"))
    places = _places(fleet)
    assert len(places) == 14
    for ident, (village, spot) in places.items():
        assert village in VILLAGES
        own = _km(spot, VILLAGE_CENTRES[village])
        assert own < 0.75, f"{ident} is {own:.2f} km from the centre of {village}"
        others = [_km(spot, VILLAGE_CENTRES[v]) for v in VILLAGES if v != village]
        assert own < min(others), f"{ident} stands nearer another village than {village}"
    lats = [spot[0] for _, spot in places.values()]
    lons = [spot[1] for _, spot in places.values()]
    across = _km((min(lats), min(lons)), (max(lats), max(lons)))
    assert 2.0 < across < 8.0  # a commune a few kilometres across


def test_other_village_names_get_separate_centres_and_the_same_spots_every_run() -> None:
    config = FleetConfig(clusters=6, boards=1, protocol="both",
                         villages=("Thôn Một", "Thôn Hai", "Thôn Ba"))
    first, again = _places(DeviceFleet(config)), _places(DeviceFleet(config))
    assert first == again
    by_village: dict[str, list[tuple[float, float]]] = {}
    for village, spot in first.values():
        by_village.setdefault(village, []).append(spot)
    assert set(by_village) == {"Thôn Một", "Thôn Hai", "Thôn Ba"}
    for village, spots in by_village.items():
        inside = max(_km(a, b) for a in spots for b in spots)
        apart = min(_km(a, b) for other, theirs in by_village.items() if other != village
                    for a in spots for b in theirs)
        assert inside < apart, f"the devices of {village} mix with another village's"
