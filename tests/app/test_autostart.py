"""Start at sign-in: on Linux an XDG autostart entry, written and removed for real."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from console.app import autostart


@pytest.mark.skipif(sys.platform == "win32", reason="the Run key is written on Windows")
def test_autostart_entry_is_written_and_removed(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled()
    autostart.set_enabled(True, minimized=True)
    entry = (tmp_path / "config" / "autostart" / autostart.DESKTOP_NAME).read_text("utf-8")
    assert "Exec=" in entry and entry.rstrip().endswith("Terminal=false")
    assert "--minimized" in entry and "Bảng điều khiển" in entry
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not autostart.is_enabled()
