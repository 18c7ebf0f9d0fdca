"""Speech engines: listing, per-entry voice and speed, the cache key, Qt's unavailable path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from console.audio.probe import media_duration
from console.audio.speech import (
    BundledEspeakEngine,
    SpeechCache,
    SpeechUnavailable,
    find_engine,
    list_engines,
)
from console.audio.speech.qt import QtSpeechEngine, can_write_files, qt_rate
from console.audio.speech.windows import WindowsEngine, sapi_rate
from console.services import programmes as svc
from console.ui.pages.base import PageEnv
from console.ui.pages.programmes import ProgrammesPage
from console.ui.tasks import TaskRunner
from tests.support.programmes import Station, tomorrow_at

TEXT = "Thông báo: chiều nay 14 giờ họp dân tại nhà văn hoá thôn Đông."


def test_engines_are_listed_with_their_voices_or_why_not() -> None:
    engines = {e.name: e for e in list_engines()}
    espeak = engines["espeak-ng"]
    assert espeak.available
    assert {"vi", "vi-vn-x-south"} <= {v.id for v in espeak.voices}
    assert "Vietnamese (Southern)" in {v.label for v in espeak.voices}
    if sys.platform != "win32":
        assert engines["windows"].reason == "Windows voices exist only on Windows"
    qt = [e for e in engines.values() if e.name.startswith("qt-")]
    assert "qt-mock" not in engines  # Qt's test back end is never offered
    for engine in qt:
        assert engine.available or engine.reason


def test_voice_and_speed_make_different_cached_files(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    north = cache.speak(TEXT, "vi", 150, engine="espeak-ng")
    south = cache.speak(TEXT, "vi-vn-x-south", 150, engine="espeak-ng")
    slow = cache.speak(TEXT, "vi", 100, engine="espeak-ng")
    assert len({north, south, slow}) == 3
    assert north.read_bytes() != south.read_bytes()
    # Slower reading is longer.
    assert media_duration(slow) > media_duration(north) * 1.2
    again = cache.speak(TEXT, "vi", 150, engine="espeak-ng")
    assert again == north and again.stat().st_mtime_ns == north.stat().st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (north, south, slow))


def test_the_speed_scales_of_other_engines() -> None:
    assert sapi_rate(150) == 0 and sapi_rate(300) == 10 and sapi_rate(60) == -6
    assert qt_rate(150) == 0.0 and qt_rate(75) == -0.5 and qt_rate(400) == 1.0


def test_an_engine_not_usable_here_falls_back_to_espeak(tmp_path: Path) -> None:
    for name in ("qt-speechd", "windows", "qt-nothing"):
        if find_engine(name) is not None and find_engine(name).name == name:  # type: ignore[union-attr]
            continue  # usable on this machine after all
        assert isinstance(find_engine(name), BundledEspeakEngine)
        cache = SpeechCache(tmp_path)
        # The other engine's voice is meaningless to espeak-ng: its default voice reads.
        wav = cache.speak("Xin chào bà con", "Microsoft An", 150, engine=name)
        assert wav == cache.path_for("Xin chào bà con", "vi", 150, "espeak-ng")


def test_qt_engine_unavailable_says_why(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = QtSpeechEngine("speechd")
    if can_write_files():
        pytest.skip("this Qt for Python build can write speech to files")
    assert "synthesize" in (engine.unavailable_reason() or "")
    with pytest.raises(SpeechUnavailable, match="cannot save speech to a file"):
        engine.synthesize("Xin chào", "", 150, tmp_path / "x.wav")
    assert QtSpeechEngine.find("speechd") is None
    assert not (tmp_path / "x.wav").exists()


def test_qt_voices_are_listed(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech back end is not installed")
    voices = QtSpeechEngine("mock").voices()
    assert {"Bob", "Anne"} <= {v.id for v in voices}
    assert all("(" in v.label for v in voices)


def test_qt_engine_writes_a_wav(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from console.audio.speech.qt import backends

    if not can_write_files():
        pytest.skip("PySide6 here does not bind QTextToSpeech.synthesize(); the Qt engine "
                    "reports itself unavailable (tested above)")
    usable = [b for b in backends() if QtSpeechEngine(b).voices()]
    if not usable:
        pytest.skip("no Qt speech back end with a voice on this machine")
    out = tmp_path / "qt.wav"
    QtSpeechEngine(usable[0]).synthesize("Xin chào", "", 150, out)
    assert media_duration(out) > 0.2


@pytest.mark.skipif(sys.platform != "win32", reason="Windows voices exist only on Windows")
def test_windows_voice_writes_a_wav(tmp_path: Path) -> None:
    engine = WindowsEngine.find()
    assert engine is not None
    if not engine.voices():
        pytest.skip("no Windows voice installed")
    out = tmp_path / "w.wav"
    engine.synthesize("Xin chào bà con", engine.voices()[0].id, 150, out)
    assert media_duration(out) > 0.2


def test_the_editor_reads_text_with_the_chosen_voice_and_speed(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tasks: TaskRunner) -> None:
    ctx = station.ctx
    pid = svc.create_programme(ctx.db, station.editor, "Tin chiều", start_at=tomorrow_at(17, 0))
    page = ProgrammesPage(PageEnv(ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.engine_combo.count() > 0 and page.list_table.rowCount() == 1,
                    timeout=10000)
    assert page.engine_combo.currentData() == "espeak-ng"
    page.list_table.selectRow(0)
    qtbot.waitUntil(page.add_speech_button.isEnabled)  # once the programme is open
    page.voice_combo.setCurrentIndex(page.voice_combo.findData("vi-vn-x-south"))
    page.speed_spin.setValue(120)
    page.speech_edit.setText(TEXT)
    page.add_speech_button.click()
    qtbot.waitUntil(lambda: len(page._entries) == 1, timeout=20000)
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)
    with ctx.db.read() as session:
        from console.models import ProgrammeEntry

        entry = session.query(ProgrammeEntry).filter_by(programme_id=pid).one()
        assert entry.options["engine"] == "espeak-ng"
        assert (entry.options["voice"], entry.options["speed"]) == ("vi-vn-x-south", 120)
        assert entry.media_sha256  # synthesised and timed
    cache = SpeechCache(ctx.paths.cache / "speech")
    assert cache.cached(TEXT, "vi-vn-x-south", 120, "espeak-ng") is not None
    assert cache.cached(TEXT, "vi", 150, "espeak-ng") is None
    assert not page.speech_status.isVisible()


def test_with_no_engine_the_editor_says_so(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                           tasks: TaskRunner) -> None:
    from console.audio.speech import EngineInfo

    svc.create_programme(station.ctx.db, station.editor, "Tin chiều")
    page = ProgrammesPage(PageEnv(station.ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.list_table.rowCount() == 1, timeout=10000)
    page.list_table.selectRow(0)
    qtbot.waitUntil(page.add_speech_button.isEnabled, timeout=10000)
    # What list_engines() returns on a machine without any engine.
    page._engines_listed([EngineInfo("espeak-ng", "eSpeak NG", reason="not installed")])
    assert "No speech engine" in page.speech_status.text()
    assert not page.engine_combo.isVisible() and page.speech_choice() == {}
    assert page.add_speech_button.isEnabled()  # the text can still go to the boards
