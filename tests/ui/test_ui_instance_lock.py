"""One console window per data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.app.instance_lock import acquire_instance_lock
from console.ui import launch

# The offscreen platform cannot resize windows to their size hints and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


def test_second_lock_on_the_same_folder_fails(data_dir: Path) -> None:
    first = acquire_instance_lock(data_dir)
    assert first is not None
    try:
        assert acquire_instance_lock(data_dir) is None
    finally:
        first.unlock()
    again = acquire_instance_lock(data_dir)
    assert again is not None
    again.unlock()


def test_other_folders_are_independent(tmp_path: Path) -> None:
    one = acquire_instance_lock(tmp_path / "one")
    two = acquire_instance_lock(tmp_path / "two")
    assert one is not None and two is not None
    one.unlock()
    two.unlock()


def test_run_gui_refuses_a_folder_in_use_without_opening_the_database(
        qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(launch, "show_message",
                        lambda _title, text, details=None: shown.append(text))
    held = acquire_instance_lock(data_dir)
    assert held is not None
    try:
        assert launch.run_gui(data_dir, demo=False) == launch.EXIT_ALREADY_OPEN
    finally:
        held.unlock()
    assert len(shown) == 1
    assert "already open" in shown[0]            # English, for the IT staff
    assert "đang được mở" in shown[0]            # and Vietnamese, for the operator
    assert not (data_dir / "console.sqlite3").exists()
