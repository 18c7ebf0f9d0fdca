from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import update

from console.media.store import MediaStore
from console.models import ItemFile, OutboxEntry, SourceItem
from console.models.enums import Role
from console.retry import RetryPolicy
from console.services.errors import InvalidInput, PermissionDenied, ServiceError
from console.services.permissions import Actor
from console.services.reports.contributions import contribute_item, list_contributions
from console.services.reports.forms import approve_report, build_report, submit_report
from console.services.reports.periods import parse_period
from console.sim.source import SourceSimulator
from console.station import StationContext
from console.sync.outbox import OutboxWorker
from console.sync.service import SyncService
from tests.services.reports.test_forms import APPROVER, EDITOR
from tests.support.reports import add_item, known_log, vn

FAST = RetryPolicy(attempts=12, base_s=0.02, cap_s=0.2)


def local_item(ctx: StationContext, item_id: str = "local-tt") -> str:
    data = b"ID3" + bytes(range(256)) * 40
    sha = hashlib.sha256(data).hexdigest()
    path = MediaStore(ctx.paths.media).path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    with ctx.db.write() as s:
        s.add(SourceItem(id=item_id, kind="audio", title="Thông báo lịch tiêm phòng dại",
                         published_at=vn("2026-11-20 08:00"), local=True, origin="commune",
                         priority="normal", category_code=None))
        s.add(ItemFile(item_id=item_id, role="main", name="tiem-phong.mp3", mime="audio/mpeg",
                       size=len(data), sha256=sha, url=f"local:{sha}"))
    return item_id


def drain(ctx: StationContext, sim: SourceSimulator) -> None:
    service = SyncService(ctx, policy=FAST)
    service.login(sim.url, "demo", "demo")
    OutboxWorker(ctx.db, service.make_client()).drain()


@pytest.mark.slow
def test_contribution_reaches_the_source_system(ctx: StationContext,
                                                small_source: SourceSimulator) -> None:
    item = local_item(ctx)
    sent = contribute_item(ctx, EDITOR, item)
    assert (sent.status, sent.remote_id) == ("queued", None)
    with pytest.raises(ServiceError, match="already sent"):
        contribute_item(ctx, EDITOR, item)
    assert [c.status for c in list_contributions(ctx)] == ["queued"]
    drain(ctx, small_source)
    [view] = list_contributions(ctx)
    assert view.status == "pending_review" and view.remote_id == "dg-000001"
    assert view.title == "Thông báo lịch tiêm phòng dại"
    [got] = small_source.received["contributions"]
    assert got["metadata"]["title"] == "Thông báo lịch tiêm phòng dại"
    assert got["metadata"]["origin"] == "commune" and "id" not in got["metadata"]
    assert got["file"]["name"] == "tiem-phong.mp3" and got["file"]["size"] == 3 + 256 * 40


def test_refused_contribution_is_shown_and_may_be_sent_again(ctx: StationContext) -> None:
    item = local_item(ctx)
    sent = contribute_item(ctx, EDITOR, item)
    with ctx.db.write() as s:  # what the outbox does after three permanent refusals
        s.execute(update(OutboxEntry).values(state="dead", last_error="422: bad title"))
    [view] = list_contributions(ctx)
    assert (view.id, view.status, str(view.detail)) == (sent.id, "refused", "422: bad title")
    assert contribute_item(ctx, EDITOR, item).status == "queued"


def test_only_commune_items_by_contributors(ctx: StationContext) -> None:
    known_log(ctx)
    with pytest.raises(InvalidInput, match="made in the commune"):
        contribute_item(ctx, EDITOR, "tin-a")
    with pytest.raises(ServiceError, match="no item"):
        contribute_item(ctx, EDITOR, "nope")
    add_item(ctx, "local-x", "2026-11-01 00:00", local=True)
    with pytest.raises(PermissionDenied):
        contribute_item(ctx, Actor("vh", Role.OPERATOR), "local-x")
    assert contribute_item(ctx, EDITOR, "local-x").status == "queued"  # no file: metadata only
    assert list_contributions(ctx)[0].item_id == "local-x"


@pytest.mark.slow
def test_submitted_report_reaches_the_source_system(ctx: StationContext,
                                                    small_source: SourceSimulator) -> None:
    known_log(ctx)
    service = SyncService(ctx, policy=FAST)
    service.login(small_source.url, "demo", "demo")  # sets the station code
    report = build_report(ctx, EDITOR, parse_period("2026-11"))
    approve_report(ctx, APPROVER, report.id)
    submit_report(ctx, APPROVER, report.id)
    OutboxWorker(ctx.db, service.make_client()).drain()
    [body] = small_source.received["reports"]
    assert body["id"] == report.id and body["indicators"]["bulletins_broadcast"] == 7
    assert body["period"] == {"kind": "month", "year": 2026, "index": 11}
