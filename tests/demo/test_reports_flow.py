"""The demo commune's devices: after a push, the month's report shows the broadcast."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from console.cli.main import main
from console.delivery.dispatcher import Dispatcher
from console.demo import DEMO_PASSWORD, seed_station, start_demo_devices
from console.services.push import create_delivery_jobs
from console.services.reports.periods import current_month
from console.station import StationContext
from tests.support.delivery import ADMIN, FAST_RETRY, cache_media, make_programme, wait_for


@pytest.mark.slow
def test_after_a_push_the_month_report_counts_it(ctx: StationContext, data_dir: Path,
                                                 capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seed_station(ctx)
    stop = start_demo_devices(ctx)
    try:
        shas = cache_media(ctx, [4_000, 6_000])
        pid = make_programme(ctx, shas, start_in_s=1.0, durations=0.3)
        with ctx.db.write() as s:
            ids = create_delivery_jobs(s, pid, ADMIN)
        dispatcher = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=5.0)
        try:
            assert {v.state for v in dispatcher.drain(ids, timeout_s=20)} == {"delivered"}
        finally:
            dispatcher.close()
        wait_for(lambda: False, timeout=2.5)  # the programme (1 s ahead, 2 × 0.3 s) is over
        monkeypatch.setattr(sys, "stdin", io.StringIO(DEMO_PASSWORD + "\n"))
        code = main(["report", "build", "--period", current_month().code, "--json",
                     "--as", "admin", "--password-stdin", "--data-dir", str(data_dir)])
        out, err = capsys.readouterr()
    finally:
        stop()
    assert code == 0, err
    figures = json.loads(out)["indicators"]
    # the reference clusters keep a play log: both entries on each of them
    assert figures["bulletins_broadcast"] == 2
    assert figures["plays_succeeded"] >= 2 * 6
    assert figures["clusters_total"] == 12 and figures["boards_total"] == 2
    assert figures["clusters_operating"] >= 6
