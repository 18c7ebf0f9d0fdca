"""Previews of real, decoded files: state and length asserted, never sound (no device needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer
from sqlalchemy import select

from console.models import MediaBlob, SourceItem
from console.models.enums import Role
from console.render.slides import BOARD_SIZE, SlideText, fit_image, render_slides
from console.services.library_details import item_details
from console.services.library_media import compute_peaks, loudness, waveform, waveform_dir
from console.services.local_content import import_files
from console.services.permissions import Actor
from console.station import StationContext
from console.ui.library.audio import AudioPreview
from console.ui.library.preview import PreviewPanel
from console.ui.library.video import VideoPreview
from tests.support.library import add_file, add_items, item_row, make_video

ADMIN = Actor("admin", Role.ADMIN, "Quản trị viên")
VIEWER = Actor("xem", Role.VIEWER, "Người xem")
LONG_BODY = "\n\n".join(
    "Ban Chỉ huy phòng chống thiên tai xã thông báo: bão số 3 có khả năng đổ bộ vào đêm "
    "nay, gió giật cấp 10, mưa rất to. Đề nghị bà con thôn Đông, thôn Tây gia cố nhà cửa, "
    "chằng chống mái tôn và di dời người già, trẻ em khỏi vùng trũng thấp." for _ in range(8))


@pytest.fixture
def audio_item(ctx: StationContext, item_mp3: Path) -> str:
    return import_files(ctx, ADMIN, [item_mp3]).imported[0].item_id


# This machine may have no sound card: Qt says so when playing starts, and plays to nothing.
@pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)
def test_audio_preview_loads_a_real_file(qtbot, ctx, tasks, audio_item) -> None:  # type: ignore[no-untyped-def]
    details = item_details(ctx.db, ctx.paths.media, audio_item)
    file = details.main_file
    assert file is not None and file.ready
    preview = AudioPreview(ctx, tasks)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.duration_known, timeout=10_000) as blocker:
        preview.load(file)
    assert blocker.args[0] == pytest.approx(2000, abs=150)
    qtbot.waitUntil(lambda: preview.player.mediaStatus() in (
        QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia),
        timeout=10_000)
    assert preview.player.duration() == pytest.approx(2000, abs=150)
    assert preview.controls.position_slider.maximum() == preview.player.duration()
    preview.controls.toggle()
    qtbot.waitUntil(lambda: preview.player.playbackState()
                    == QMediaPlayer.PlaybackState.PlayingState, timeout=5000)
    assert preview.controls.play_button.text()
    preview.controls.toggle()
    qtbot.waitUntil(lambda: preview.player.playbackState()
                    == QMediaPlayer.PlaybackState.PausedState, timeout=5000)
    preview.controls.seek_fraction(0.5)
    qtbot.waitUntil(lambda: abs(preview.player.position() - 1000) < 200, timeout=5000)
    preview.controls.volume_slider.setValue(30)
    assert preview.output.volume() == pytest.approx(0.3, abs=0.01)
    # waveform and loudness, computed in the background
    qtbot.waitUntil(lambda: len(preview.waveform.peaks) > 100, timeout=10_000)
    qtbot.waitUntil(lambda: "LUFS" in preview.loudness_label.text(), timeout=20_000)
    preview.stop()  # queued: the player stops from the event loop
    qtbot.waitUntil(lambda: preview.player.playbackState()
                    == QMediaPlayer.PlaybackState.StoppedState, timeout=5000)


def test_waveform_is_cached_and_loudness_stored(ctx, audio_item) -> None:  # type: ignore[no-untyped-def]
    sha = item_details(ctx.db, ctx.paths.media, audio_item).main_file.sha256  # type: ignore[union-attr]
    peaks = waveform(ctx, sha)
    assert 500 <= len(peaks) <= 1000                    # a steady tone (lavfi: 1/8 of full scale)
    assert 0.1 < min(peaks[10:-10]) <= max(peaks) < 0.15
    cached = waveform_dir(ctx) / f"{sha}.json"
    assert json.loads(cached.read_text())["peaks"]
    cached.write_text(json.dumps({"version": 1, "peaks": [0.5, 0.25]}))
    assert waveform(ctx, sha) == [0.5, 0.25]                 # read back, not decoded again
    info = loudness(ctx, sha)
    assert info.lufs is not None and -30 < info.lufs < 0
    with ctx.db.read() as session:
        blob = session.get(MediaBlob, sha)
        assert blob is not None and blob.loudness_lufs == pytest.approx(info.lufs)
        assert blob.true_peak_dbtp == pytest.approx(info.true_peak_dbtp)
    with pytest.raises(ValueError):
        waveform(ctx, "../../etc/passwd")


def test_peaks_of_a_silent_file(tmp_path: Path) -> None:
    from console.audio import run_ffmpeg

    silent = tmp_path / "lặng.wav"
    run_ffmpeg(["-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "1", "-y", silent],
               timeout=60)
    assert max(compute_peaks(silent)) == 0.0


def test_video_preview_loads(qtbot, ctx, tasks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    item = import_files(ctx, ADMIN, [make_video(tmp_path / "phóng sự.mp4")]).imported[0]
    assert item.kind == "video"
    file = item_details(ctx.db, ctx.paths.media, item.item_id).main_file
    preview = VideoPreview()
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.duration_known, timeout=10_000) as blocker:
        preview.load(file)  # type: ignore[arg-type]
    assert blocker.args[0] == pytest.approx(1000, abs=200)
    preview.stop()


def test_slides_paginate_long_text(qapp) -> None:  # type: ignore[no-untyped-def]
    short = render_slides(SlideText("Lịch tiêm chủng", "Trạm Y tế xã thông báo."))
    assert len(short) == 1 and (short[0].width(), short[0].height()) == BOARD_SIZE
    long = render_slides(SlideText("Khẩn cấp: bão số 3", LONG_BODY, "emergency", "KHẨN CẤP",
                                   "Ban Chỉ huy PCTT xã"))
    assert len(long) >= 3
    assert all((i.width(), i.height()) == BOARD_SIZE for i in long)
    assert long[0].pixel(10, 10) != short[0].pixel(10, 10)          # emergency colours
    small = render_slides(SlideText("Tiêu đề", LONG_BODY), (1280, 720))
    assert small[0].width() == 1280
    picture = QImage(400, 100, QImage.Format.Format_RGB32)
    picture.fill(0xFFFFFF)
    board = fit_image(picture)
    assert (board.width(), board.height()) == BOARD_SIZE
    assert board.pixelColor(960, 540).red() == 255 and board.pixelColor(960, 5).red() == 0


def test_preview_panel_shows_text_and_slides(qtbot, ctx, tasks) -> None:  # type: ignore[no-untyped-def]
    add_items(ctx, item_row("notice", "Thông báo khẩn về bão số 3", kind="text",
                            body=LONG_BODY, priority="emergency", channels=["board"]))
    panel = PreviewPanel(ctx, ADMIN, tasks)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    with qtbot.waitSignal(panel.seen, timeout=5000):
        panel.show_item("notice")
    assert panel.title_label.text() == "Thông báo khẩn về bão số 3"
    assert "gia cố nhà cửa" in panel.text_view.toPlainText()
    assert panel.media.isHidden()
    with ctx.db.read() as session:
        assert session.scalar(select(SourceItem.seen).where(SourceItem.id == "notice"))
    assert panel.tabs.isTabEnabled(1)
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(panel.slides.pages) >= 3, timeout=10_000)
    assert panel.slides.next_button.isVisible()
    panel.slides.next_button.click()
    assert panel.slides.page == 1
    panel.tabs.setCurrentIndex(2)
    assert "Revision" in panel.details_view.toPlainText() or panel.details_view.toPlainText()


def test_preview_of_a_picture_with_zoom(qtbot, ctx, tasks, picture_png) -> None:  # type: ignore[no-untyped-def]
    item_id = import_files(ctx, ADMIN, [picture_png]).imported[0].item_id
    panel = PreviewPanel(ctx, ADMIN, tasks)
    qtbot.addWidget(panel)
    panel.resize(500, 600)
    panel.show()
    panel.show_item(item_id)
    qtbot.waitUntil(lambda: panel.image.view.has_image(), timeout=5000)
    assert panel.media.currentWidget() is panel.image
    zoom = panel.image.view.zoom
    panel.image.zoom_in_button.click()
    assert panel.image.view.zoom == pytest.approx(zoom * 1.25)
    panel.image.actual_button.click()
    assert panel.image.view.zoom == 1.0
    assert "100%" in panel.image.zoom_label.text()
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(panel.slides.pages) == 1, timeout=5000)
    assert panel.edit_button.isVisible()  # made in the commune: editable


def test_missing_media_is_said_plainly(qtbot, ctx, tasks) -> None:  # type: ignore[no-untyped-def]
    add_items(ctx, item_row("far", "Bản tin chưa tải", kind="audio"))
    add_file(ctx, "far", b"not here yet", ready=False)
    panel = PreviewPanel(ctx, VIEWER, tasks)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_item("far")
    qtbot.waitUntil(lambda: panel.details is not None, timeout=5000)
    assert panel.media.currentWidget() is panel.missing
    assert panel.missing_label.text()
    assert not panel.download_button.isEnabled()          # a viewer may not download
    assert panel.download_button.toolTip()
