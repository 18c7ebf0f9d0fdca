"""Listening to a relay before it airs: "Nghe thử cả chương trình" on a relay programme
plays its stream live (from a real HTTP server on 127.0.0.1), which is how the editor
hears that the address works; an address that does not answer is said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from console.ui.dialogs.relay_dialog import RelayDialog
from console.ui.pages.programmes import ProgrammesPage
from tests.support.radio import PATH, serving_radio

from .conftest import ADMIN, Scene
from .week_steps import WAIT, create_programme, programmes_page, tomorrow_at, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", ".*refused.*",
                                       ".*open.*", extend=True)


def relay_programme(qtbot, page: ProgrammesPage, name: str, url: str) -> None:  # type: ignore[no-untyped-def]
    """A new programme tomorrow at 18:00 holding one relay, made with the widgets."""
    create_programme(qtbot, page, name, tomorrow_at(18))
    previous = getattr(page, "relay_dialog", None)
    qtbot.mouseClick(page.relay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "relay_dialog", None), RelayDialog)
                    and page.relay_dialog is not previous, timeout=WAIT)
    dialog = page.relay_dialog
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page._entries) == 1, timeout=WAIT)


def test_the_relay_is_heard_live_before_it_airs(
        qtbot, scene: Scene, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(ADMIN)
    page = programmes_page(window)
    wait_idle(qtbot, window)
    bar = page.preview
    with serving_radio(tmp_path) as radio:
        relay_programme(qtbot, page, "Tiếp sóng thời sự", radio + PATH)
        qtbot.mouseClick(bar.make_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bar.preview is not None, timeout=WAIT)
        assert bar.preview.stream_url == radio + PATH  # nothing rendered: the stream itself
        assert bar.preview.duration_s == 1800.0
        qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bar._player is not None and bar._player.position() > 500,
                        timeout=WAIT)
        assert bar.play_button.text() == "Tạm dừng"
        qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
        # No audio file can hold a live stream: said instead of a file of silence.
        qtbot.mouseClick(page.render_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "không có tệp âm thanh" in page.message_label.text(),
                        timeout=WAIT)

    # An address nothing answers at: the editor hears nothing, and is told why. (The
    # preview is the new programme's: a programme just made is the one previewed.)
    relay_programme(qtbot, page, "Tiếp sóng sai địa chỉ", "http://127.0.0.1:9/vov1.mp3")
    qtbot.mouseClick(bar.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Không phát được luồng tiếp sóng" in bar.status_label.text(),
                    timeout=WAIT)
    assert bar.preview is not None
    assert bar.preview.stream_url == "http://127.0.0.1:9/vov1.mp3"
    assert "hãy kiểm tra địa chỉ" in bar.status_label.text()
