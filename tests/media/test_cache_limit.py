"""The media cache within its limit: least recently used first, never what a programme that
may still air, a template, a pinned item or a fresh emergency needs; an evicted file is not
fetched again by the next sync until something needs it, and then it is."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from sqlalchemy import select, update

from console.cli.main import main as cli_main
from console.media.cache import protected_hashes
from console.media.store import MediaStore
from console.models import ItemFile, MediaBlob, Programme, SourceItem
from console.models.enums import MediaState
from console.services import programmes as svc
from console.services.programmes import lifecycle
from console.services.sync_status import read_overview
from console.sync.service import SyncService
from console.timezone import station_now
from tests.support.programmes import PASSWORD, Station, audio_items, tomorrow_at


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], station: Station,
        *args: str, user: str | None = None) -> tuple[int, object]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    who = ["--as", user, "--password-stdin"] if user else []
    code = cli_main(["--data-dir", str(station.data_dir), "cache", *args, *who, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def files_of(station: Station, item_id: str) -> dict[str, str]:
    with station.ctx.db.read() as session:
        return dict(session.execute(
            select(ItemFile.sha256, MediaBlob.state)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(ItemFile.item_id == item_id)).all())


def items_with_files_of_their_own(station: Station, count: int) -> list[str]:
    """Audio items sharing no file with one another nor with commune-made items (the
    simulator reuses its pool of files)."""
    chosen: list[str] = []
    with station.ctx.db.read() as session:
        taken = set(session.scalars(select(ItemFile.sha256).join(SourceItem).where(
            SourceItem.local.is_(True))))
    for item_id in audio_items(station.ctx, 20):
        files = set(files_of(station, item_id))
        if files and not files & taken:
            chosen.append(item_id)
            taken |= files
        if len(chosen) == count:
            return chosen
    raise AssertionError("the demo catalogue has too few items with files of their own")


def test_prune_keeps_what_is_needed_and_the_sync_fetches_it_back_when_needed(
        live_station: Station, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    station = live_station  # its source stays up: the sync fetches evicted files back
    ctx, ed = station.ctx, station.editor
    daily, template, pinned, aired, later = items_with_files_of_their_own(station, 5)
    with ctx.db.write() as session:  # no emergency of the catalogue stands in the way
        session.execute(update(SourceItem).where(SourceItem.priority == "emergency")
                        .values(published_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
                                valid_until=None))
    # A programme that repeats every day from last month (its first airing is long past).
    every_day = svc.create_programme(ctx.db, ed, "Hằng ngày", item_ids=[daily])
    svc.set_schedule(ctx.db, ed, every_day, "daily", times=["05:30"],
                     start_date=station_now().date() - dt.timedelta(days=30))
    # A template, and a programme that aired once three days ago.
    source = svc.create_programme(ctx.db, ed, "Mẫu", item_ids=[template])
    lifecycle.save_as_template(ctx.db, ed, source, "Mẫu buổi sáng")
    lifecycle.delete_draft(ctx.db, ed, source)
    old = svc.create_programme(ctx.db, ed, "Đã phát", item_ids=[aired])
    with ctx.db.write() as session:
        session.execute(update(Programme).where(Programme.id == old).values(
            start_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3)))

    code, answer = run(monkeypatch, capsys, station, "pin", pinned, user="op")
    assert code == 0 and answer == {"changed": 1, "pinned": True}
    code, before = run(monkeypatch, capsys, station, "status")
    assert code == 0 and before["used_bytes"] > before["needed_bytes"] > 0  # type: ignore[index]
    assert before["pinned_items"] == 1  # type: ignore[index]

    code, pruned = run(monkeypatch, capsys, station, "prune", "--max-gb", "0", user="op")
    assert code == 0 and pruned["files"] > 0  # type: ignore[index]
    assert pruned["used_bytes"] == before["needed_bytes"]  # type: ignore[index]
    store = MediaStore(ctx.paths.media)
    for kept in (daily, template, pinned):
        assert set(files_of(station, kept).values()) == {MediaState.READY}, kept
        assert all(store.path(sha).is_file() for sha in files_of(station, kept))
    for gone in (aired, later):
        assert set(files_of(station, gone).values()) == {MediaState.EVICTED}, gone
        assert not any(store.path(sha).exists() for sha in files_of(station, gone))
    code, after = run(monkeypatch, capsys, station, "status")
    assert after["evicted_files"] == pruned["files"]  # type: ignore[index]
    assert after["needed_missing_files"] == 0  # type: ignore[index]

    # The next sync downloads nothing evicted; a new programme needing `later` brings it back.
    first = SyncService(ctx).sync_once()
    assert first.files_downloaded == 0 and first.files_failed == 0
    svc.create_programme(ctx.db, ed, "Ngày mai", item_ids=[later], start_at=tomorrow_at(17, 0))
    second = SyncService(ctx).sync_once()
    assert second.files_downloaded == len(files_of(station, later))
    assert set(files_of(station, later).values()) == {MediaState.READY}
    assert set(files_of(station, aired).values()) == {MediaState.EVICTED}


def test_a_limit_is_kept_least_recently_used_first(station: Station,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    ctx = station.ctx
    with ctx.db.write() as session:  # each file used a day after the one before
        ready = session.execute(select(MediaBlob.sha256, MediaBlob.size).where(
            MediaBlob.state == MediaState.READY).order_by(MediaBlob.sha256)).all()
        for n, (sha, _size) in enumerate(ready):
            session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha).values(
                last_used_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=n)))
    needed = protected_hashes(ctx.db)
    may_go = [(sha, size) for sha, size in ready if sha not in needed]
    assert len(may_go) >= 3
    total = sum(size for _sha, size in ready)
    limit = total - may_go[0][1] - may_go[1][1]
    code, pruned = run(monkeypatch, capsys, station, "prune", "--max-gb",
                       f"{limit / 2**30:.12f}", user="op")
    assert code == 0 and pruned["files"] == 2  # type: ignore[index]
    with ctx.db.read() as session:
        evicted = set(session.scalars(select(MediaBlob.sha256).where(
            MediaBlob.state == MediaState.EVICTED)))
    assert evicted == {may_go[0][0], may_go[1][0]}  # the two least recently used
    assert pruned["used_bytes"] <= pruned["limit_bytes"]  # type: ignore[index]
    overview = read_overview(ctx.db)  # evicted files are not "waiting to download"
    assert overview.media_waiting_bytes == 0 and overview.media_waiting == 0


def test_bad_input_is_refused_with_a_reason(station: Station, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    data = ["--data-dir", str(station.data_dir), "cache"]
    assert cli_main([*data, "prune", "--max-gb", "-1", "--as", "op", "--password-stdin"]) != 0
    assert "between 0 and" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli_main([*data, "pin", "no-such-item", "--as", "op", "--password-stdin"]) != 0
    assert "No such item: no-such-item" in capsys.readouterr().err
    assert cli_main([*data, "pin", "x"]) != 0  # who pins must say who they are
    assert "--as USER" in capsys.readouterr().err
