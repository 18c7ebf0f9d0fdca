"""A picture the province sends goes on the boards: a programme may carry a picture item
when it goes to a bulletin board (the checks say so when it does not), the boards get the
picture as a slide, and the loudspeakers never get it (nothing to hear). The programme
editor offers the province's requested pictures only to programmes that reach a board."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from console.delivery.jobs import build_payload, resolve_targets
from console.media.store import MediaStore
from console.models import DeliveryTarget, ItemFile, Programme, SourceItem
from console.models.enums import TargetKind
from console.services import programmes as svc
from console.services.programmes import requests
from console.services.programmes.checks import check_programme
from console.services.push import payloads_by_format
from console.sim.devices import DeviceFleet, FleetConfig
from console.timezone import STATION_TZ
from tests.support.delivery import register
from tests.support.programmes import Station, audio_items, tomorrow_at


def a_picture(station: Station) -> tuple[str, str]:
    """(a picture item, its picture's sha256), airable tomorrow and asked for then."""
    start = tomorrow_at(5, 0)
    with station.ctx.db.write() as session:
        item_id, sha = session.execute(
            select(SourceItem.id, ItemFile.sha256).join(ItemFile, ItemFile.item_id == SourceItem.id)
            .where(SourceItem.kind == "image", SourceItem.withdrawn.is_(False),
                   SourceItem.priority != "emergency", ItemFile.role == "main")
            .order_by(SourceItem.id)).first()
        item = session.get(SourceItem, item_id)
        item.valid_from, item.valid_until, item.reviewed = None, None, True
        item.requested_airings = [{"start": start.isoformat(),
                                   "end": (start + dt.timedelta(hours=3)).isoformat()}]
    return item_id, sha


def test_a_picture_goes_to_the_boards_and_not_to_the_loudspeakers(station: Station) -> None:
    ctx = station.ctx
    with DeviceFleet(FleetConfig(clusters=2, boards=1, protocol="reference")) as fleet:
        register(ctx, fleet)
        picture_item, picture = a_picture(station)
        audio = audio_items(ctx, 1, at=tomorrow_at(5, 30))[0]
        pid = svc.create_programme(ctx.db, station.editor, "Bản tin sáng",
                                   start_at=tomorrow_at(5, 30))
        # The editor offers the requested picture: the programme goes everywhere.
        offered = {o.item_id for o in requests.owed_for_a_programme(ctx.db, pid).items}
        assert picture_item in offered
        svc.add_items(ctx.db, station.editor, pid, [audio, picture_item])
        report = check_programme(ctx, pid)
        assert "picture_no_board" not in report.codes(), report.problems

        with ctx.db.read() as session:
            programme = session.get(Programme, pid)
            payload = build_payload(session, programme)
            targets = resolve_targets(session, programme)
            kinds = dict(session.execute(select(DeliveryTarget.id, DeliveryTarget.kind)
                                         .where(DeliveryTarget.id.in_(targets))).all())
            shaped = payloads_by_format(session, payload, targets)
        assert payload["entries"][0]["pictures"] == [picture]
        for target, target_payload in shaped.items():
            entry = target_payload["entries"][0]
            assert len(entry["media"]) == len(entry["durations"])
            if kinds[target] == TargetKind.BOARD:
                assert picture in entry["media"] and len(entry["media"]) == 2
            else:
                assert picture not in entry["media"] and len(entry["media"]) == 1
        assert {kinds[t] for t in shaped} == {TargetKind.BOARD, TargetKind.CLUSTER}

        # Sent to the loudspeakers only, the picture stops the programme, and is not offered.
        clusters = ",".join(t for t in targets if kinds[t] == TargetKind.CLUSTER)
        svc.set_targets(ctx.db, station.editor, pid, clusters)
        report = check_programme(ctx, pid)
        assert "picture_no_board" in {p.code for p in report.blocking}
        offer = requests.owed_for_a_programme(ctx.db, pid)
        assert picture_item not in {o.item_id for o in offer.items}


def test_a_picture_is_silent_in_the_running_time(station: Station) -> None:
    """Nothing to hear: the programme's length and its quiet-hours end are its sound's."""
    ctx = station.ctx
    picture_item, _picture = a_picture(station)
    start = dt.datetime.combine(tomorrow_at(5, 30).date(), dt.time(5, 30), STATION_TZ)
    pid = svc.create_programme(ctx.db, station.editor, "Ảnh", start_at=start)
    svc.add_items(ctx.db, station.editor, pid, [picture_item])
    assert check_programme(ctx, pid).total_s == 0.0


def test_a_picture_not_downloaded_yet_stops_the_programme(station: Station) -> None:
    ctx = station.ctx
    with DeviceFleet(FleetConfig(clusters=1, boards=1, protocol="reference")) as fleet:
        register(ctx, fleet)
        picture_item, picture = a_picture(station)
        pid = svc.create_programme(ctx.db, station.editor, "Ảnh", start_at=tomorrow_at(5, 30))
        svc.add_items(ctx.db, station.editor, pid, [picture_item])
        MediaStore(ctx.paths.media).path(picture).unlink(missing_ok=True)
        missing = [p for p in check_programme(ctx, pid).blocking if p.code == "not_cached"]
        assert [p.params["missing"] for p in missing] == ["picture_not_downloaded"]
