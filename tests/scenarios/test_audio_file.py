"""“Tạo tệp âm thanh”: the editor drops a field recording with clicks (a bad connector) into
the library, puts it in a programme with a bulletin, and makes the programme's audio file.
The file, measured by ffmpeg outside the console, is at the station's loudness and plays
under the true-peak ceiling: the clicks that passed the limiter were found by decoding it
and the file was encoded again. Nothing half-made is left in the exports folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from console.audio.ffmpeg import run_ffmpeg
from console.audio.probe import probe_duration
from console.ui.pages.library import LibraryPage
from console.ui.pages.programmes import ProgrammesPage
from tests.audio.test_normalise_peaks import CLICKS
from tests.support.delivery import ebur128

from .conftest import ADMIN, Scene, click_page, shoot
from .week_steps import (
    WAIT,
    create_programme,
    drag_from_library,
    long_lived_audio,
    programmes_page,
    tomorrow_at,
    wait_idle,
)

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def drop_files(page: LibraryPage, *paths: Path) -> None:
    """Files dragged from the file manager and let go over the library."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(page.width() / 2, page.height() / 2), Qt.DropAction.CopyAction,
                       mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert event.isAccepted()


def import_by_drop(qtbot, window, path: Path):  # type: ignore[no-untyped-def]
    """`path` dropped on the library; its report closed; what was imported."""
    library = click_page(qtbot, window, "library")
    assert isinstance(library, LibraryPage)
    wait_idle(qtbot, window)
    before = library.import_dialog
    drop_files(library, path)
    qtbot.waitUntil(lambda: library.import_dialog is not None
                    and library.import_dialog is not before
                    and library.import_dialog.isVisible(), timeout=WAIT)
    report = library.last_import
    assert [i.source for i in report.imported] == [path], report
    library.import_dialog.accept()
    return report.imported[0]


def new_programme(qtbot, window, name: str) -> ProgrammesPage:  # type: ignore[no-untyped-def]
    """A programme made with the editor's fields, tomorrow at 17:00, open in the editor."""
    page = programmes_page(window)
    wait_idle(qtbot, window)
    create_programme(qtbot, page, name, tomorrow_at(17))
    return page


def test_the_programme_audio_file_plays_under_the_ceiling(
        qtbot, scene: Scene, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recording = tmp_path / "Phỏng vấn trưởng thôn.wav"
    run_ffmpeg(["-f", "lavfi", "-i", CLICKS, "-y", recording], timeout=60)
    window = open_window(ADMIN)
    local = import_by_drop(qtbot, window, recording)
    page = new_programme(qtbot, window, "Bản tin chiều có phỏng vấn")
    pid = page.controller.selected
    (bulletin_id, bulletin), = long_lived_audio(scene, 1, tomorrow_at(18))
    drag_from_library(qtbot, page, bulletin_id, bulletin, before_row=0)
    drag_from_library(qtbot, page, local.item_id, local.title, before_row=1)
    wait_idle(qtbot, window)

    qtbot.mouseClick(page.render_button, Qt.MouseButton.LeftButton)
    assert page.progress_bar.isVisible() and not page.render_button.isEnabled()
    qtbot.waitUntil(lambda: "Đã tạo xong tệp âm thanh" in page.message_label.text(),
                    timeout=120_000)
    shoot(window, "programme-audio-file-vi")
    out = scene.ctx.paths.exports / f"programme-{pid}.mp3"
    assert str(out) in page.message_label.text()
    assert page.render_button.isEnabled() and not page.progress_bar.isVisible()

    integrated, peak = ebur128(out)
    assert peak <= -1.0, peak
    assert abs(integrated + 16.0) <= 1.0, integrated
    assert probe_duration(out) == pytest.approx(
        sum(e.duration_s for e in page._entries), abs=1.0)
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no part file beside it


def test_stopping_the_audio_file_leaves_nothing(
        qtbot, scene: Scene, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """“Dừng” while a long programme's file is being made: the page says “Đã dừng.” in
    Vietnamese (it said “ffmpeg was cancelled”), the buttons come back, and the exports
    folder holds nothing half-made; the same for the preview."""
    long_one = tmp_path / "Hội nghị trực tuyến.mp3"  # 15 minutes: long enough to stop
    run_ffmpeg(["-f", "lavfi", "-i", "sine=f=330:sample_rate=16000:d=900", "-ac", "1",
                "-c:a", "libmp3lame", "-b:a", "32k", "-y", long_one], timeout=120)
    window = open_window(ADMIN)
    local = import_by_drop(qtbot, window, long_one)
    page = new_programme(qtbot, window, "Hội nghị phát lại")
    drag_from_library(qtbot, page, local.item_id, local.title, before_row=0)
    wait_idle(qtbot, window)

    qtbot.mouseClick(page.render_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isVisible() and page.cancel_button.text() == "Dừng"
    qtbot.waitUntil(lambda: page.progress_bar.value() > 0, timeout=WAIT)  # under way
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_label.text() == "Đã dừng.", timeout=WAIT)
    assert page.render_button.isEnabled()
    assert not page.cancel_button.isVisible() and not page.progress_bar.isVisible()
    exports = scene.ctx.paths.exports
    assert not exports.exists() or list(exports.iterdir()) == []

    # The preview (“Nghe thử cả chương trình”) stops the same way.
    bar = page.preview
    qtbot.mouseClick(bar.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.stop_button.isVisible() and bar.progress_bar.value() > 0,
                    timeout=WAIT)
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.status_label.text() == "Đã dừng.", timeout=WAIT)
    assert bar.preview is None and bar.make_button.isEnabled()
    previews = scene.ctx.paths.cache / "preview"
    assert not previews.exists() or list(previews.iterdir()) == []
