"""A province's text bulletin in a programme reaches the loudspeakers as speech and the
boards as words: the push prepares its speech once for its words and voice, an attached
picture or thumbnail is never sent as the sound, and changed words are read out anew.
(A programme's text items were dropped from what devices received; an item's first file
was sent whatever it was, an attached picture included.)"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from console.delivery.jobs import build_payload
from console.models import ItemFile, MediaBlob, Programme, SourceItem
from console.services import programmes as svc
from console.services.push import prepare_programme
from tests.support.programmes import Station, audio_items, tomorrow_at


def text_items(station: Station) -> tuple[str, str]:
    """(a text item without files, one with an attached picture), valid tomorrow."""
    ctx = station.ctx
    with ctx.db.write() as session:
        texts = session.scalars(select(SourceItem).where(
            SourceItem.kind == "text", SourceItem.withdrawn.is_(False))).all()
        with_files = {f.item_id for f in session.scalars(select(ItemFile).where(
            ItemFile.item_id.in_([t.id for t in texts])))}
        bare = next(t for t in texts if t.id not in with_files)
        pictured = next(t for t in texts if t.id in with_files)
        for item in (bare, pictured):  # airable tomorrow whatever the catalogue says
            item.valid_from, item.valid_until, item.reviewed = None, None, True
        return bare.id, pictured.id


def mime_of(station: Station, sha: str) -> str:
    with station.ctx.db.read() as session:
        blob = session.get(MediaBlob, sha)
        return blob.mime if blob is not None else "?"


def payload(station: Station, pid: int) -> dict:  # type: ignore[type-arg]
    with station.ctx.db.read() as session:
        return build_payload(session, session.get(Programme, pid))["entries"][0]


def test_text_items_are_read_out_and_shown(station: Station,
                                           caplog: pytest.LogCaptureFixture) -> None:
    ctx = station.ctx
    bare, pictured = text_items(station)
    audio = audio_items(ctx, 1, at=tomorrow_at(17, 0))[0]
    pid = svc.create_programme(ctx.db, station.editor, "Bản tin chiều",
                               start_at=tomorrow_at(17, 0))
    svc.add_items(ctx.db, station.editor, pid, [bare, pictured, audio])
    with ctx.db.read() as session:
        words = {i: (session.get(SourceItem, i).body or session.get(SourceItem, i).summary
                     or session.get(SourceItem, i).title).strip() for i in (bare, pictured)}
        picture = session.scalar(select(ItemFile.sha256).where(ItemFile.item_id == pictured))

    # Before the push prepares them: no picture as sound, the words for the boards.
    with caplog.at_level(logging.WARNING, logger="console.delivery.jobs"):
        before = payload(station, pid)
    assert picture not in before["media"]
    assert len(before["media"]) == 1 and mime_of(station, before["media"][0]).startswith(
        "audio/")
    assert before["text"] == [words[bare], words[pictured]]
    assert "not read out" in caplog.text

    prepare_programme(ctx, pid)
    after = payload(station, pid)
    assert len(after["media"]) == 3 and picture not in after["media"]
    assert all(mime_of(station, sha) == "audio/mpeg" for sha in after["media"][:2])
    assert after["media"][0] != after["media"][1]  # each bulletin its own words
    assert after["text"] == [words[bare], words[pictured]]
    assert all(d > 0 for d in after["durations"][:2])

    # The province changes a bulletin's words: the old speech is not sent for them.
    with ctx.db.write() as session:
        session.get(SourceItem, bare).body = "Thông báo mới: họp dân lúc 19 giờ tại nhà văn hóa."
    changed = payload(station, pid)
    assert after["media"][0] not in changed["media"] and len(changed["media"]) == 2
    prepare_programme(ctx, pid)
    again = payload(station, pid)
    assert len(again["media"]) == 3 and again["media"][0] != after["media"][0]
    assert again["media"][1] == after["media"][1]  # unchanged words: the same file


def test_a_typed_announcement_is_read_out_and_its_words_shown(station: Station) -> None:
    """Words the operator typed go to the boards also once their speech is made (they did
    only before, and the editor makes it at once)."""
    ctx = station.ctx
    pid = svc.create_programme(ctx.db, station.editor, "Thông báo", start_at=tomorrow_at(17, 0))
    words = "Thông báo họp dân thôn Đông lúc 19 giờ tại nhà văn hóa."
    svc.add_entry(ctx.db, station.editor, pid, "speech", text=words)
    assert payload(station, pid)["text"] == [words] and payload(station, pid)["media"] == []
    svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)  # as the editor does
    made = payload(station, pid)
    assert made["text"] == [words]
    assert len(made["media"]) == 1 and mime_of(station, made["media"][0]) == "audio/mpeg"
