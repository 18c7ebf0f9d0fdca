"""Entries of every kind, order, volume, cue points, schedules and the campaign calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from console.audio.ffmpeg import run_ffmpeg
from console.models.enums import EntryKind
from console.services import programmes as svc
from console.services.errors import InvalidInput, NotFound, PermissionDenied
from console.services.programmes import campaigns
from console.timezone import STATION_TZ
from tests.support.programmes import Station, audio_items, tomorrow_at


def _tone(path: Path, seconds: float, lead: float = 0.0) -> Path:
    run_ffmpeg(["-f", "lavfi", "-i", f"sine=frequency=660:duration={seconds}",
                "-af", f"adelay={int(lead * 1000)}:all=1,apad=pad_dur=1", "-c:a", "libmp3lame",
                "-y", path], timeout=60)
    return path


def test_entries_of_every_kind_with_offsets(station: Station, tmp_path: Path) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "Chiều", start_at=tomorrow_at(17, 0))
    items = audio_items(ctx, 2)
    svc.add_items(ctx.db, ed, pid, items)
    jingle = svc.import_media(ctx.db, ctx.paths.media, _tone(tmp_path / "j.mp3", 2))
    svc.add_entry(ctx.db, ed, pid, EntryKind.SPEECH, text="Xin chào bà con trong xã.")
    svc.add_entry(ctx.db, ed, pid, EntryKind.SILENCE, duration_s=1.5)
    svc.add_entry(ctx.db, ed, pid, EntryKind.STREAM, stream_url="http://radio.example/vov1",
                  duration_s=60)
    svc.add_entry(ctx.db, ed, pid, EntryKind.FILE, media_sha256=jingle, title="Thông báo")
    svc.add_entry(ctx.db, ed, pid, EntryKind.RECORDING, media_sha256=jingle, position=0)
    with pytest.raises(InvalidInput):
        svc.add_entry(ctx.db, ed, pid, EntryKind.STREAM, stream_url="file:///etc/passwd",
                      duration_s=5)
    with pytest.raises(NotFound):
        svc.add_entry(ctx.db, ed, pid, EntryKind.FILE, media_sha256="0" * 64)
    with pytest.raises(PermissionDenied):
        svc.add_entry(ctx.db, station.approver, pid, EntryKind.SILENCE, duration_s=1)
    svc.add_jingles(ctx.db, ed, pid, jingle, intro=True, outro=True, every=2)
    total = svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)
    row, entries = svc.get_programme(ctx.db, pid)
    kinds = [e.kind for e in entries]
    assert kinds[0] == "jingle" and kinds[-1] == "jingle"
    assert len(kinds) - kinds.count("jingle") == 7
    assert kinds.count("jingle") == 2 + 3  # intro, outro, and one after every 2 of the 7
    assert kinds[3] == "jingle" and kinds[6] == "jingle"
    assert {"item", "speech", "silence", "stream", "file", "recording"} <= set(kinds)
    offset = 0.0
    for e in entries:  # every entry starts where the one before ends
        assert e.start_offset_s == pytest.approx(offset)
        assert e.duration_s and e.duration_s > 0
        offset += e.duration_s
    assert row.duration_s == pytest.approx(total) == pytest.approx(offset)


def test_reorder_remove_volume_and_manual_cues(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "Sáng", start_at=tomorrow_at(5, 30))
    svc.add_items(ctx.db, ed, pid, audio_items(ctx, 3))
    ids = [e.id for e in svc.get_programme(ctx.db, pid)[1]]
    svc.move_entry(ctx.db, ed, pid, ids[2], 0)
    assert [e.id for e in svc.get_programme(ctx.db, pid)[1]] == [ids[2], ids[0], ids[1]]
    svc.remove_entry(ctx.db, ed, pid, ids[0])
    entries = svc.get_programme(ctx.db, pid)[1]
    assert [(e.id, e.position) for e in entries] == [(ids[2], 0), (ids[1], 1)]
    svc.set_volume(ctx.db, ed, pid, ids[1], -4.5)
    with pytest.raises(InvalidInput):
        svc.set_volume(ctx.db, ed, pid, ids[1], 40)
    svc.set_cues(ctx.db, ed, pid, ids[1], 0.5, 3.0)
    entry = svc.get_programme(ctx.db, pid)[1][1]
    assert (entry.volume_db, entry.cue_in_s, entry.cue_out_s, entry.duration_s) == \
        (-4.5, 0.5, 3.0, 2.5)
    svc.refresh_timing(ctx.db, ctx.paths, pid)  # manual cues survive auto-trim
    assert svc.get_programme(ctx.db, pid)[1][1].cue_out_s == 3.0
    with pytest.raises(InvalidInput):
        svc.set_cues(ctx.db, ed, pid, ids[1], 2.0, 1.0)


def test_auto_trim_finds_leading_and_trailing_silence(station: Station, tmp_path: Path) -> None:
    ctx, ed = station.ctx, station.editor
    sha = svc.import_media(ctx.db, ctx.paths.media, _tone(tmp_path / "t.mp3", 3, lead=1.0))
    pid = svc.create_programme(ctx.db, ed, "x", start_at=tomorrow_at(6, 0))
    svc.add_entry(ctx.db, ed, pid, EntryKind.FILE, media_sha256=sha)
    svc.refresh_timing(ctx.db, ctx.paths, pid)
    entry = svc.get_programme(ctx.db, pid)[1][0]
    assert entry.cue_in_s == pytest.approx(0.95, abs=0.1)
    assert entry.cue_out_s == pytest.approx(4.25, abs=0.15)  # sound ends at 4 s, 1 s of pad
    assert entry.duration_s == pytest.approx(3.3, abs=0.2)


def test_schedules_daily_weekly_range_and_replays(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "Hằng tuần")
    monday = dt.date(2027, 3, 1)
    svc.set_schedule(ctx.db, ed, pid, "weekly", time_of_day="17:00", weekdays=[1, 3],
                     start_date=monday, end_date=monday + dt.timedelta(days=13),
                     replay_count=2, replay_interval_min=30)
    with ctx.db.read() as session:
        from console.models import Programme

        programme = session.get(Programme, pid)
        starts = svc.occurrences(programme, dt.datetime(2027, 3, 1, tzinfo=STATION_TZ), 30)
        first = programme.start_at
    assert first == dt.datetime(2027, 3, 1, 17, 0, tzinfo=STATION_TZ)
    assert [s.strftime("%a %d %H:%M") for s in starts] == [
        "Mon 01 17:00", "Mon 01 17:30", "Wed 03 17:00", "Wed 03 17:30",
        "Mon 08 17:00", "Mon 08 17:30", "Wed 10 17:00", "Wed 10 17:30"]
    with pytest.raises(InvalidInput):
        svc.set_schedule(ctx.db, ed, pid, "weekly", time_of_day="17:00")
    with pytest.raises(InvalidInput):
        svc.set_schedule(ctx.db, ed, pid, "daily", time_of_day="05:30", replay_count=3)
    assert svc.slot_templates("05:30,17:00") == [dt.time(5, 30), dt.time(17, 0)]


def test_campaign_calendar_spans_the_new_year() -> None:
    names = [u.campaign.name for u in campaigns.upcoming(dt.date(2026, 12, 20), 14)]
    assert names == ["Ngày thành lập Quân đội nhân dân Việt Nam", "Tết Dương lịch"]


def test_speech_is_cached_by_text_voice_and_speed(tmp_path: Path) -> None:
    from console.audio.speech import SpeechCache

    cache = SpeechCache(tmp_path)
    first = cache.speak("Thông báo lịch tiêm chủng", "vi", 150)
    mtime = first.stat().st_mtime_ns
    assert cache.speak("Thông báo lịch tiêm chủng", "vi", 150).stat().st_mtime_ns == mtime
    assert cache.speak("Thông báo lịch tiêm chủng", "vi", 120) != first


def test_no_speech_engine_is_a_clear_message(tmp_path: Path) -> None:
    from console.audio.speech import SpeechCache, SpeechUnavailable

    cache = SpeechCache(tmp_path)
    cache.engine = None
    with pytest.raises(SpeechUnavailable, match=r"no speech engine.*boards"):
        cache.speak("Xin chào")


def test_snapshot_and_restore_undo_an_edit(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "Sáng", start_at=tomorrow_at(5, 30))
    svc.add_items(ctx.db, ed, pid, audio_items(ctx, 2))
    svc.add_entry(ctx.db, ed, pid, EntryKind.SPEECH, text="Kính chào bà con")
    before = svc.snapshot(ctx.db, pid)
    svc.remove_entry(ctx.db, ed, pid, svc.get_programme(ctx.db, pid)[1][0].id)
    after = svc.snapshot(ctx.db, pid)
    svc.restore(ctx.db, ed, pid, before)
    assert svc.snapshot(ctx.db, pid) == before
    svc.restore(ctx.db, ed, pid, after)  # redo
    assert svc.snapshot(ctx.db, pid) == after
