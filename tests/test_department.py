"""Department presets: applied where the station has not chosen, never over its choices."""

from __future__ import annotations

import json
from pathlib import Path

from console.app import open_station
from console.settings import QUIET_START, SESSION_LIMIT_MIN, SOURCE_CA_BUNDLE, SOURCE_URL


def test_presets_fill_gaps_only(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    preset = data_dir.parent / "dept" / "department.json"
    preset.parent.mkdir()
    (preset.parent / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    preset.write_text(json.dumps({
        "department": "Sở VHTTDL tỉnh Đắk Lắk",
        "settings": {"source.server_url": "https://nguon.daklak.gov.vn/api/v1",
                     "source.ca_bundle": "ca.pem", "broadcast.quiet_end_morning": "06:00",
                     "broadcast.session_limit_min": "30", "ui.font_scale": 3,
                     "nonsense": 1}}, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("COMMUNE_CONSOLE_DEPARTMENT", str(preset))
    ctx = open_station(data_dir)
    try:
        assert ctx.settings.get(SOURCE_URL) == "https://nguon.daklak.gov.vn/api/v1"
        assert ctx.settings.get(SOURCE_CA_BUNDLE) == str((preset.parent / "ca.pem").resolve())
        assert ctx.settings.get(SESSION_LIMIT_MIN) == 30
        ctx.settings.set(QUIET_START, "05:45")  # the station decides otherwise
    finally:
        ctx.close()
    ctx = open_station(data_dir)
    try:
        assert ctx.settings.get(QUIET_START) == "05:45"
    finally:
        ctx.close()


def test_broken_file_is_ignored(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = data_dir / "department.json"
    bad.write_text("{not json", encoding="utf-8")
    ctx = open_station(data_dir)
    ctx.close()
    assert ctx.settings.get(QUIET_START) == "05:30"
