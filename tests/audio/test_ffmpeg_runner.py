"""run_ffmpeg: locating the binary, failures, cancel, timeout, progress, pydub setup."""

from __future__ import annotations

import itertools
import subprocess
import threading
import time
from pathlib import Path

import imageio_ffmpeg
import pytest

from console.audio import (
    AudioToolError,
    Cancelled,
    FfmpegTimeout,
    configure_pydub,
    ffmpeg_path,
    load_segment,
    run_ffmpeg,
    silent_popen_kwargs,
)
from console.audio import ffmpeg as ffmpeg_module

# Real-time rendering of 10 minutes: only cancel/timeout can end it within the test.
ENDLESS = ["-re", "-f", "lavfi", "-i", "sine=duration=600", "-f", "null", "-"]
# Input read at 10x real time: 5 s of tone takes about 0.5 s, long enough for progress.
PACED = [
    "-readrate",
    "10",
    "-readrate_initial_burst",
    "0",
    "-f",
    "lavfi",
    "-i",
    "sine=duration=5:sample_rate=44100",
]


@pytest.fixture
def fresh_ffmpeg_path():
    ffmpeg_path.cache_clear()
    yield
    ffmpeg_path.cache_clear()


@pytest.fixture
def popen_spy(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def spy(*args, **kwargs):
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(ffmpeg_module.subprocess, "Popen", spy)
    return started


def test_ffmpeg_path_is_absolute_executable() -> None:
    path = ffmpeg_path()
    assert path.is_absolute()
    assert path.is_file()


def test_missing_ffmpeg_is_a_clear_error(monkeypatch, fresh_ffmpeg_path) -> None:
    def nothing() -> str:
        raise RuntimeError("No ffmpeg exe could be found.")

    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", nothing)
    with pytest.raises(AudioToolError, match=r"^ffmpeg not found: No ffmpeg exe"):
        ffmpeg_path()
    with pytest.raises(AudioToolError, match="ffmpeg not found"):
        run_ffmpeg(["-version"], timeout=5)


def test_ffmpeg_path_that_vanished(monkeypatch, fresh_ffmpeg_path, tmp_path) -> None:
    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", lambda: str(tmp_path / "gone.exe"))
    with pytest.raises(AudioToolError, match=r"ffmpeg not found: .*does not exist"):
        ffmpeg_path()


def test_command_line_has_no_shell_and_no_stdin(popen_spy) -> None:
    result = run_ffmpeg(["-version"], timeout=15)
    assert result.returncode == 0
    assert result.stdout.startswith(b"ffmpeg version")
    assert result.args[0] == str(ffmpeg_path())
    assert result.args[1:3] == ["-nostdin", "-hide_banner"]
    assert isinstance(popen_spy[0].args, list)


def test_failure_raises_with_ffmpeg_reason(tmp_path: Path) -> None:
    missing = tmp_path / "không có.wav"
    with pytest.raises(AudioToolError,
                       match=r"could not be processed \(ffmpeg, exit \d+\): .*No such file"):
        run_ffmpeg(["-i", missing, "-f", "null", "-"], timeout=15)


def test_failure_without_check_returns_result(tmp_path: Path) -> None:
    result = run_ffmpeg(["-i", tmp_path / "none.wav", "-f", "null", "-"], timeout=15, check=False)
    assert result.returncode != 0
    assert "No such file" in result.stderr


def test_cancel_stops_a_long_render_quickly(popen_spy) -> None:
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    started = time.monotonic()
    timer.start()
    with pytest.raises(Cancelled):
        run_ffmpeg(ENDLESS, timeout=60, cancel=cancel)
    assert time.monotonic() - started < 30  # it never ends on its own: any bound proves it
    assert popen_spy[0].poll() is not None  # the process is gone, not orphaned


def test_already_cancelled_starts_nothing(popen_spy) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        run_ffmpeg(ENDLESS, timeout=60, cancel=cancel)
    assert popen_spy == []


def test_timeout_stops_the_process(popen_spy) -> None:
    started = time.monotonic()
    with pytest.raises(FfmpegTimeout, match=r"longer than 0\.3 s"):
        run_ffmpeg(ENDLESS, timeout=0.3)
    assert isinstance(FfmpegTimeout("x"), AudioToolError)
    assert time.monotonic() - started < 30  # it never ends on its own: any bound proves it
    assert popen_spy[0].poll() is not None


def test_progress_fractions_increase_to_one() -> None:
    seen: list[float] = []
    run_ffmpeg([*PACED, "-f", "null", "-"], timeout=20, progress=seen.append, total_s=5.0)
    assert len(seen) >= 3, seen
    assert all(b > a for a, b in itertools.pairwise(seen)), seen
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert seen[-1] == 1.0


def test_progress_from_stderr_when_stdout_carries_media() -> None:
    seen: list[float] = []
    result = run_ffmpeg(
        [*PACED, "-f", "s16le", "-c:a", "pcm_s16le", "-"],
        timeout=20,
        progress=seen.append,
        total_s=5.0,
    )
    assert "-progress" not in result.args
    assert len(result.stdout) == 5 * 44100 * 2
    assert len(seen) >= 3, seen
    assert all(b > a for a, b in itertools.pairwise(seen)), seen
    assert seen[-1] == 1.0


def test_progress_uses_input_duration_without_total(tone_wav: Path) -> None:
    seen: list[float] = []
    run_ffmpeg(["-i", tone_wav, "-f", "null", "-"], timeout=20, progress=seen.append)
    assert seen and seen[-1] == 1.0


def test_error_in_progress_callback_stops_ffmpeg(popen_spy) -> None:
    def explode(_fraction: float) -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        run_ffmpeg([*PACED, "-f", "null", "-"], timeout=20, progress=explode, total_s=5.0)
    assert popen_spy[0].poll() is not None


def test_windows_popen_kwargs_hide_the_console(monkeypatch) -> None:
    class FakeStartupInfo:
        def __init__(self) -> None:
            self.dwFlags = 0
            self.wShowWindow = 1

    monkeypatch.setattr(subprocess, "STARTUPINFO", FakeStartupInfo, raising=False)
    monkeypatch.setattr(subprocess, "STARTF_USESHOWWINDOW", 1, raising=False)
    monkeypatch.setattr(subprocess, "SW_HIDE", 0, raising=False)
    monkeypatch.setattr(subprocess, "CREATE_NO_WINDOW", 0x08000000, raising=False)
    kwargs = silent_popen_kwargs(windows=True)
    assert kwargs["creationflags"] == 0x08000000
    assert kwargs["startupinfo"].dwFlags & 1
    assert kwargs["startupinfo"].wShowWindow == 0
    assert silent_popen_kwargs(windows=False) == {}


def test_writes_to_stdout_detection() -> None:
    detect = ffmpeg_module._writes_to_stdout
    assert detect(["-i", "a.wav", "-f", "wav", "-"])
    assert detect(["-i", "a.wav", "-f", "mp3", "pipe:1"])
    assert not detect(["-i", "a.wav", "-f", "null", "-"])
    assert not detect(["-i", "a.wav", "b.mp3"])


def test_configure_pydub_uses_bundled_ffmpeg(tone_mp3: Path, tmp_path: Path) -> None:
    path = configure_pydub()
    from pydub import AudioSegment

    assert AudioSegment.converter == str(path)
    assert AudioSegment.ffmpeg == str(path)
    # No ffprobe exists: compressed input needs format= *and* codec=.
    segment = AudioSegment.from_file(tone_mp3, format="mp3", codec="mp3")
    assert abs(len(segment) - 4000) < 100
    segment.export(tmp_path / "out.mp3", format="mp3").close()  # export returns an open file
    assert (tmp_path / "out.mp3").stat().st_size > 0


def test_load_segment_decodes_without_ffprobe(tone_mp3: Path) -> None:
    segment = load_segment(tone_mp3, sample_rate=22050, channels=2)
    assert segment.frame_rate == 22050
    assert segment.channels == 2
    assert abs(len(segment) - 4000) < 100
    assert segment[1500:2500].max > 1000  # the tone is there
    assert segment[:800].max < 50  # the leading silence too
