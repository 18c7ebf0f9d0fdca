"""What the devices' play logs say of one airing: devices that played it (whole or in part),
devices that could not, logs of other airings and programmes left out, nothing read before
its time. Also on PostgreSQL."""

from __future__ import annotations

import datetime as dt

from console.models import AsRunEntry, Programme
from console.services.programmes.airing_logs import LOG_AFTER, LOG_BEFORE, AiringLog, airing_log
from console.station import StationContext
from console.timezone import STATION_TZ

START = dt.datetime(2026, 12, 7, 5, 30, tzinfo=STATION_TZ)
END = START + dt.timedelta(minutes=20)


def test_an_airing_counts_each_device_once_by_its_best_play(ctx: StationContext) -> None:
    with ctx.db.write() as session:
        morning = Programme(name="Bản tin sáng", status="scheduled", start_at=START)
        other = Programme(name="Bản tin khác", status="scheduled", start_at=START)
        session.add_all([morning, other])
        session.flush()
        for n, (programme, target, offset, result) in enumerate([
                (morning, "c1", dt.timedelta(seconds=5), "success"),
                (morning, "c1", dt.timedelta(minutes=4), "failed"),    # one entry of many
                (morning, "c2", -LOG_BEFORE + dt.timedelta(seconds=1), "partial"),  # early
                (morning, "c3", dt.timedelta(minutes=2), "failed"),
                (morning, "c3", dt.timedelta(minutes=3), "failed"),
                (morning, "c4", END - START + LOG_AFTER, "success"),   # the next airing's
                (morning, "c5", -LOG_BEFORE - dt.timedelta(seconds=1), "success"),  # before
                (other, "c6", dt.timedelta(seconds=5), "success")]):    # another programme
            entry = AsRunEntry(id=f"run-{n}", programme_id=programme.id, title="Bản tin",
                               target_id=target, target_kind="loudspeaker_cluster",
                               started_at=START + offset, played_s=60.0, result=result)
            session.add(entry)
        programme_id = morning.id

    with ctx.db.read() as session:
        log = airing_log(session, programme_id, START, END, now=END)
        assert (log.started, log.played, log.failed) == (True, 2, 1)  # c1, c2 played; c3 not
        assert sorted(log.entry_ids) == ["run-0", "run-1", "run-2", "run-3", "run-4"]
        # Before its time nothing is read; with no log at all, nothing is counted.
        assert airing_log(session, programme_id, START, END,
                          now=START - dt.timedelta(seconds=1)) == AiringLog()
        assert airing_log(session, programme_id, START + dt.timedelta(days=1),
                          END + dt.timedelta(days=1), now=END + dt.timedelta(days=1)) == \
            AiringLog(started=True)
