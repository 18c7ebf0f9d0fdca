"""Publishing bulletins to the Zalo OA simulator: once per revision, offline safe, after a
crash or a lost answer still one article, withdrawn bulletins removed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, update

from console.media.store import MediaStore, put_bytes
from console.models import ItemFile, MediaBlob, SourceItem, ZaloArticle
from console.services import zalo
from console.services.errors import ServiceError
from console.services.users import UserService
from console.zalo.worker import ZaloWorker
from tests.support.keyrings import FileKeyring

from .conftest import ADMIN, OPERATOR, add_bulletin, connect, wait_for

ROOT = Path(__file__).resolve().parents[2]


def _rows(ctx) -> list[ZaloArticle]:  # type: ignore[no-untyped-def]
    with ctx.db.read() as session:
        rows = list(session.scalars(select(ZaloArticle).order_by(ZaloArticle.id)))
        session.expunge_all()
        return rows


def test_publish_once_per_revision_with_clean_text(ctx, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    connect(ctx, zalo_sim)
    item = add_bulletin(ctx, title="  Thông báo <b>lịch tiêm phòng</b>\x07 dại  ")
    first = zalo.send_now(ctx, zalo.publish_item(ctx, OPERATOR, item))
    assert first.state == "published" and first.article_id
    again = zalo.publish_item(ctx, OPERATOR, item)
    assert again.article_id == first.article_id and again.row_id == first.row_id
    assert zalo_sim.stats.creates == 1
    (article,) = zalo_sim.articles()
    assert article.body["title"] == "Thông báo lịch tiêm phòng dại"
    assert article.body["author"] == "Đài truyền thanh cấp xã"
    texts = [b["content"] for b in article.body["body"]]
    assert texts[-1] == "Nguồn: UBND xã Phú Lộc. Mã tin: tb-001 (bản 1)"
    assert article.body["cover"]["photo_url"].startswith(zalo_sim.url)

    # a new revision is a new article; the old one is removed once the new one is up
    add_bulletin(ctx, item, revision=2, title="Thông báo lịch tiêm phòng dại (sửa đổi)")
    second = zalo.send_now(ctx, zalo.publish_item(ctx, OPERATOR, item))
    assert second.article_id != first.article_id
    zalo.send_now(ctx, zalo.article_view(ctx, first.row_id))
    assert [a.id for a in zalo_sim.articles()] == [second.article_id]
    assert zalo.article_view(ctx, first.row_id).remove_reason == "superseded"


def test_the_bulletin_picture_is_the_cover(ctx, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    connect(ctx, zalo_sim)
    item = add_bulletin(ctx, "anh-001", kind="image", title="Ảnh: ra quân làm đường")
    picture = (ROOT / "assets" / "icon.png").read_bytes()
    sha = put_bytes(MediaStore(ctx.paths.media), picture)
    with ctx.db.write() as session:
        session.add(MediaBlob(sha256=sha, size=len(picture), state="ready", mime="image/png"))
        session.add(ItemFile(item_id=item, role="main", name="a.png", mime="image/png",
                             size=len(picture), sha256=sha, url="http://x/a.png"))
    zalo.send_now(ctx, zalo.publish_item(ctx, ADMIN, item))
    (article,) = zalo_sim.articles()
    assert zalo_sim.oa.images[article.body["cover"]["photo_url"].rsplit("/", 1)[-1]] == picture
    assert article.body["body"][0] == {"type": "image", "url": article.body["cover"]["photo_url"],
                                       "caption": "Ảnh: ra quân làm đường"}


def test_offline_then_online_one_article(ctx, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    connect(ctx, zalo_sim)
    item = add_bulletin(ctx)
    zalo_sim.stop()  # the link goes down
    worker = ZaloWorker(ctx, idle_s=0.2).start()
    try:
        view = zalo.publish_item(ctx, OPERATOR, item)
        wait_for(lambda: (r := _rows(ctx)[0]).attempts >= 1 and r.last_error)
        row = _rows(ctx)[0]
        assert row.state in ("queued", "creating") and row.create_sent_at is None
        assert "did not answer" in (row.last_error or "")
        zalo_sim.start()  # back, on the same port
        with ctx.db.write() as session:  # no need to wait out the back-off in a test
            session.execute(update(ZaloArticle).values(next_attempt_at=row.requested_at))
        worker.wake()
        wait_for(lambda: zalo.article_view(ctx, view.row_id).state == "published")
    finally:
        worker.stop()
    assert zalo_sim.stats.creates == 1 and len(zalo_sim.articles()) == 1


def test_lost_create_answer_still_one_article(ctx, make_zalo) -> None:  # type: ignore[no-untyped-def]
    sim = make_zalo(article_delay_s=1.0)
    connect(ctx, sim)
    item = add_bulletin(ctx)
    sim.lose_create_answers(1)  # made on Zalo's side; the console hears nothing
    view = zalo.send_now(ctx, zalo.publish_item(ctx, ADMIN, item), wait_s=0.5)
    assert view.article_id is None
    row = _rows(ctx)[0]
    assert row.create_sent_at is not None and row.token is None
    # asked again before Zalo has made it: looked for, not created again
    view = zalo.send_now(ctx, view, wait_s=90, settle_s=30)  # returns once published
    assert view.state == "published"
    assert sim.stats.creates == 1 and sim.stats.lost_create_answers == 1
    assert [a.id for a in sim.articles()] == [view.article_id]


@pytest.mark.slow  # a second console process, killed
def test_crash_between_create_and_verify_still_one_article(ctx, make_zalo, tmp_path,
                                                           data_dir) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(store))  # shared with the console's own process
    sim = make_zalo(article_delay_s=3.0)     # verify says "not yet" for a while
    UserService(ctx.db).create_first_admin("admin", "mật-khẩu-dài")
    connect(ctx, sim)
    item = add_bulletin(ctx)
    env = {**os.environ, **FileKeyring.environment(store), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "zalo", "publish", item, "--as", "admin",
         "--password-stdin", "--json", "--data-dir", str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        cwd=ROOT)
    assert process.stdin is not None
    process.stdin.write("mật-khẩu-dài\n".encode())
    process.stdin.close()
    try:
        wait_for(lambda: sim.stats.creates == 1, timeout_s=30)
        process.send_signal(signal.SIGKILL)  # the console dies waiting for Zalo
    finally:
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    row = _rows(ctx)[0]
    assert row.state == "creating" and row.article_id is None
    view = zalo.send_now(ctx, zalo.publish_item(ctx, ADMIN, item), wait_s=15)
    assert view.state == "published"
    assert sim.stats.creates == 1 and [a.id for a in sim.articles()] == [view.article_id]


@pytest.mark.slow  # the source system's simulator and a sync
def test_withdrawn_bulletin_removes_its_article(ctx, zalo_sim, make_sim) -> None:  # type: ignore[no-untyped-def]
    from tests.support.sync import logged_in

    source = make_sim(items=20)
    sync = logged_in(ctx, source)
    sync.sync_once(media=False)
    with ctx.db.read() as session:
        item = session.scalar(select(SourceItem.id).where(SourceItem.kind == "text")
                              .order_by(SourceItem.id).limit(1))
    connect(ctx, zalo_sim)
    worker = ZaloWorker(ctx, idle_s=0.2).start()
    try:
        view = zalo.publish_item(ctx, OPERATOR, item)
        wait_for(lambda: zalo.article_view(ctx, view.row_id).state == "published")
        assert len(zalo_sim.articles()) == 1
        source.withdraw(item)  # the province takes it back
        assert sync.sync_once(media=False).items_withdrawn == 1
        worker.wake()
        wait_for(lambda: zalo.article_view(ctx, view.row_id).state == "removed")
    finally:
        worker.stop()
    assert zalo_sim.articles() == [] and zalo_sim.stats.removes == 1
    assert zalo.article_view(ctx, view.row_id).remove_reason == "withdrawn"
    # and it cannot be published again
    with pytest.raises(ServiceError) as refused:
        zalo.publish_item(ctx, OPERATOR, item)
    assert refused.value.message == zalo.WITHDRAWN


def test_rate_limited_calls_wait_and_go(ctx, make_zalo) -> None:  # type: ignore[no-untyped-def]
    sim = make_zalo(rate_limit=4)
    sim.limiter.window_s = 1.0  # four calls a second, so the test does not wait a minute
    connect(ctx, sim)
    items = [add_bulletin(ctx, f"tb-{n:03d}", title=f"Thông báo số {n}") for n in range(4)]
    views = [zalo.publish_item(ctx, OPERATOR, item) for item in items]
    worker = ZaloWorker(ctx, idle_s=0.2, rate_limit_wait_s=0.5).start()
    try:
        wait_for(lambda: all(zalo.article_view(ctx, v.row_id).state == "published"
                             for v in views), timeout_s=30)
    finally:
        worker.stop()
    assert sim.stats.rate_limited >= 1
    assert sim.stats.creates == 4 and len(sim.articles()) == 4
