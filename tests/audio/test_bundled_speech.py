"""Vietnamese speech with nothing installed: the espeak-ng library from the wheel, the text
normalised first, the `speak` command; and the station's pronunciation list."""

from __future__ import annotations

import io
import sys
import wave
from pathlib import Path

import pytest

from console.audio.speech import BundledEspeakEngine, SpeechCache, default_engine
from console.cli.main import main
from console.text.spoken import parse_lexicon, read_number, spoken_text


@pytest.fixture
def no_system_espeak(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))


def seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def test_the_bundled_library_reads_vietnamese(no_system_espeak, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = default_engine()
    assert isinstance(engine, BundledEspeakEngine)
    assert [v.id for v in engine.voices()] == ["vi", "vi-vn-x-central", "vi-vn-x-south"]
    text = "Bà con chú ý, nước sông đang lên nhanh, đề nghị di chuyển lên chỗ cao."
    normal, slow = tmp_path / "normal.wav", tmp_path / "slow.wav"
    engine.synthesize(text, "vi-vn-x-south", 175, normal)
    engine.synthesize(text, "vi", 100, slow)
    assert 2.0 < seconds(normal) < seconds(slow)
    with wave.open(str(normal)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)


@pytest.mark.parametrize(("written", "spoken"), [
    ("UBND xã", "Ủy ban nhân dân xã"),
    ("HĐND và MTTQ", "Hội đồng nhân dân và Mặt trận Tổ quốc"),
    ("TP. Buôn Ma Thuột", "thành phố Buôn Ma Thuột"),
    ("cách 3 km", "cách ba ki-lô-mét"),
    ("2,5 ha lúa", "hai phẩy năm héc-ta lúa"),
    ("15% diện tích", "mười lăm phần trăm diện tích"),
    ("lúc 17:30", "lúc mười bảy giờ ba mươi phút"),
    ("lúc 7h sáng", "lúc bảy giờ sáng"),
    ("ngày 5/12/2026", "ngày năm tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    ("Tháng 4", "Tháng tư"),
    ("gọi 0912 345 678", "gọi không chín một hai, ba bốn năm, sáu bảy tám"),
    ("gọi 114", "gọi một một bốn"),
    ("1.500.000 đồng", "một triệu năm trăm nghìn đồng"),
    ("mưa 150mm", "mưa một trăm năm mươi mi-li-mét"),
    ("nhiệt độ -2°C", "nhiệt độ âm hai độ C"),
])
def test_bulletin_text_is_read_in_words(written: str, spoken: str) -> None:
    assert spoken_text(written) == spoken


def test_numbers_in_words() -> None:
    assert read_number(21) == "hai mươi mốt"
    assert read_number(105) == "một trăm linh năm"
    assert read_number(1005) == "một nghìn không trăm linh năm"
    assert read_number(2_000_000_000) == "hai tỷ"


def test_the_stations_pronunciation_list(no_system_espeak, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lexicon = parse_lexicon("Ea H'leo = Ê a Hơ lê o  # a district\nbad line\nKrông = Cờ rông")
    assert lexicon == {"Ea H'leo": "Ê a Hơ lê o", "Krông": "Cờ rông"}
    cache = SpeechCache(tmp_path, lexicon=lexicon)
    assert cache.spoken("Huyện Ea H'leo, UBND xã") == "Huyện Ê a Hơ lê o, Ủy ban nhân dân xã"
    plain = SpeechCache(tmp_path)
    # a new reading is a new file: the cache key is the spoken text
    assert cache.path_for("Huyện Ea H'leo") != plain.path_for("Huyện Ea H'leo")


def test_speak_command_without_espeak_installed(no_system_espeak, data_dir: Path, capsys,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    out = tmp_path / "thong-bao.wav"
    code = main(["--data-dir", str(data_dir), "speak", "UBND xã thông báo lúc 17:30",
                 "--out", str(out), "--speed", "140", "--voice", "vi-vn-x-central"])
    printed = capsys.readouterr().out
    assert code == 0 and out.is_file() and seconds(out) > 1.5
    assert "Ủy ban nhân dân xã thông báo lúc mười bảy giờ ba mươi phút" in printed
    assert main(["--data-dir", str(data_dir), "speak", "xin chào", "--out",
                 str(tmp_path / "a.mp3")]) == 1
    assert "--out must be a .wav file" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.part"))


def test_items_import_and_approve_from_the_command_line(data_dir: Path, capsys,  # type: ignore[no-untyped-def]
                                                        monkeypatch, tmp_path: Path) -> None:
    import json

    from console.audio.ffmpeg import run_ffmpeg

    sound = tmp_path / "loa-xa.mp3"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libmp3lame",
                "-y", sound], timeout=60)

    def run(*args: str, stdin: str = "mat-khau-1234\n") -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(["--data-dir", str(data_dir), *args])

    assert run("users", "add", "admin", "--role", "admin", "--password-stdin") == 0
    capsys.readouterr()
    assert run("items", "import", str(sound), "--title", "Thông báo của xã", "--as", "admin",
               "--password-stdin", "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["id"].startswith("local-") and made["title"] == "Thông báo của xã"
    assert run("items", "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == made["id"] and row["cached"]
    # the same file twice is refused with its reason
    assert run("items", "import", str(sound), "--as", "admin", "--password-stdin") == 1
    assert "Thông báo của xã" in capsys.readouterr().err
    assert run("items", "approve", made["id"], "--as", "admin", "--password-stdin") == 0


def test_the_stations_voice_speed_and_list_are_settings(no_system_espeak, ctx) -> None:  # type: ignore[no-untyped-def]
    """Engine, speed and pronunciation list are station settings that every reading uses
    (typed emergencies, text items); on a PC with no Windows Vietnamese voice "auto" is the
    bundled espeak-ng."""
    from console.models.enums import Role
    from console.services.errors import InvalidInput, PermissionDenied
    from console.services.permissions import Actor
    from console.services.speech import set_station_voice, speak_to_cache, station_voice

    admin = Actor("quantri", Role.ADMIN, "Quản trị viên")
    assert station_voice(ctx.settings).engine == "espeak-ng"  # auto, no Windows voice here
    text = "Huyện Krông Pắc thông báo lịch tiêm phòng cho gia súc"
    set_station_voice(ctx, admin, engine="espeak-ng", speed=220)
    quick = seconds(speak_to_cache(ctx, text))
    set_station_voice(ctx, admin, speed=110, lexicon="Krông Pắc = Cờ rông Pắc")
    slow = speak_to_cache(ctx, text)
    assert seconds(slow) > 1.5 * quick
    assert station_voice(ctx.settings).speed == 110
    with pytest.raises(InvalidInput, match="speech engine"):
        set_station_voice(ctx, admin, engine="festival")
    with pytest.raises(PermissionDenied):
        set_station_voice(ctx, Actor("bientap", Role.EDITOR, "Biên tập"), speed=150)


def test_voice_command_shows_and_changes_the_stations_voice(no_system_espeak, data_dir: Path,  # type: ignore[no-untyped-def]
                                                            capsys, monkeypatch,
                                                            tmp_path: Path) -> None:
    import json

    def run(*args: str, stdin: str = "mat-khau-1234\n") -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(["--data-dir", str(data_dir), *args])

    assert run("users", "add", "admin", "--role", "admin", "--password-stdin") == 0
    capsys.readouterr()
    names = tmp_path / "ten-rieng.txt"
    names.write_text("Krông Pắc = Cờ rông Pắc\nEa H'leo = Ê a Hơ lê o\n", encoding="utf-8")
    assert run("voice", "--engine", "espeak-ng", "--speed", "130", "--lexicon", str(names),
               "--as", "admin", "--password-stdin", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["engine"] == "espeak-ng" and shown["used_engine"] == "espeak-ng"
    assert shown["speed"] == 130 and shown["lexicon"]["Krông Pắc"] == "Cờ rông Pắc"
    assert run("speak", "Huyện Krông Pắc", "--out", str(tmp_path / "a.wav"), "--json") == 0
    assert json.loads(capsys.readouterr().out)["spoken"] == "Huyện Cờ rông Pắc"
    assert run("voice", "--speed", "900", "--as", "admin", "--password-stdin") == 1
    assert "between 80 and 450" in capsys.readouterr().err
    assert run("voice", "--speed", "150") == 1  # a change says who makes it
    assert "--as USER" in capsys.readouterr().err
