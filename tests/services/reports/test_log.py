from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from console.models import DeliveryTarget
from console.services.reports.export_log import COLUMNS, export_log_csv, export_log_xlsx
from console.services.reports.log import (
    LogFilter,
    count_log,
    log_choices,
    log_span,
    log_totals,
    query_log,
)
from console.station import StationContext
from tests.support.reports import known_log

D = dt.date


@pytest.fixture
def ids(ctx: StationContext) -> dict:
    return known_log(ctx)


def test_span_is_the_first_and_last_play_days_in_station_time(ctx: StationContext) -> None:
    assert log_span(ctx) is None                   # nothing played yet
    known_log(ctx)
    # 23:59 on 31 Oct station time is 16:59 UTC: still October's day, as the log files it
    first, last = log_span(ctx)  # type: ignore[misc]
    assert first == D(2026, 10, 31)
    assert last == max(r.started_at for r in query_log(ctx, LogFilter(), limit=1)).date()


def test_month_bounds_in_station_time(ctx: StationContext, ids: dict) -> None:
    oct_rows = query_log(ctx, LogFilter(start=D(2026, 10, 1), end=D(2026, 10, 31)))
    assert [r.id for r in oct_rows] == [ids["a_oct"]]  # 23:59 on 31 Oct stays in October
    assert oct_rows[0].started_at.strftime("%d/%m %H:%M") == "31/10 23:59"
    nov = LogFilter(start=D(2026, 11, 1), end=D(2026, 11, 30))
    assert count_log(ctx, nov) == 16
    rows = query_log(ctx, nov)
    assert rows[0].id == ids["kc2"][1]        # newest first: 30 Nov 23:59:30
    assert rows[-1].id == ids["a_nov"][0]     # 1 Nov 00:00:00
    assert ids["b_dec"] not in {r.id for r in rows}


def test_filters(ctx: StationContext, ids: dict) -> None:
    nov = dict(start=D(2026, 11, 1), end=D(2026, 11, 30))
    assert count_log(ctx, LogFilter(**nov, target_ids=("c3",))) == 4
    assert count_log(ctx, LogFilter(**nov, village_ids=(2,))) == 4
    assert count_log(ctx, LogFilter(**nov, village_ids=(0,))) == 1        # the board
    assert count_log(ctx, LogFilter(**nov, item_id="tin-b")) == 3
    assert count_log(ctx, LogFilter(**nov, results=("failed",))) == 1
    assert count_log(ctx, LogFilter(**nov, priorities=("emergency",))) == 5
    assert count_log(ctx, LogFilter(**nov, origins=("relay",))) == 2
    assert count_log(ctx, LogFilter(**nov, origins=("own",))) == 3
    assert count_log(ctx, LogFilter(**nov, origins=("source",))) == 11
    assert count_log(ctx, LogFilter(**nov, categories=("pccc",))) == 5
    assert count_log(ctx, LogFilter(**nov, target_kinds=("bulletin_board",))) == 1
    # accent- and đ-insensitive title search
    assert count_log(ctx, LogFilter(**nov, text="chuong trinh cua xa")) == 2
    assert count_log(ctx, LogFilter(**nov, text="TIN KC-1")) == 3
    assert count_log(ctx, LogFilter(text="100%")) == 0
    drill = LogFilter(entry_ids=(ids["a_oct"], ids["b_dec"]))
    assert {r.id for r in query_log(ctx, drill)} == {ids["a_oct"], ids["b_dec"]}


def test_rows_carry_names_village_category(ctx: StationContext, ids: dict) -> None:
    row = query_log(ctx, LogFilter(entry_ids=(ids["b"][1],)))[0]
    assert (row.target_name, row.village, row.category, row.origin) == (
        "Cụm loa trường", "Thôn Đông", "Nông nghiệp", "source")
    assert (row.result, row.played_s, row.requested_s, row.priority) == (
        "partial", 400.0, 600.0, "priority")


def test_totals_and_paging(ctx: StationContext, ids: dict) -> None:
    nov = LogFilter(start=D(2026, 11, 1), end=D(2026, 11, 30))
    totals = log_totals(ctx, nov)
    assert (totals.entries, totals.success, totals.partial, totals.failed, totals.other) == (
        16, 14, 1, 1, 0)
    assert totals.played_s == pytest.approx(
        897 + 600 + 400 + 900 + 60 + 180 + 3600 + 360 + 240)
    pages = query_log(ctx, nov, 0, 10) + query_log(ctx, nov, 10, 10)
    assert [r.id for r in pages] == [r.id for r in query_log(ctx, nov)]


def test_choices(ctx: StationContext, ids: dict) -> None:
    choices = log_choices(ctx)
    assert [name for _, name in choices["villages"]] == ["Ấp Bắc", "Thôn Đông"]
    assert ("b1", "Bảng tin UBND") in choices["targets"]
    with ctx.db.write() as session:  # a second board of the same name: told apart by id
        session.add(DeliveryTarget(id="b2", kind="bulletin_board", name="Bảng tin UBND",
                                   protocol="anthias", address="http://127.0.0.1:9"))
    targets = dict(log_choices(ctx)["targets"])
    assert (targets["b1"], targets["b2"]) == ("Bảng tin UBND (b1)", "Bảng tin UBND (b2)")
    assert ("pccc", "Phòng chống thiên tai") in choices["categories"]


def test_export_csv_and_xlsx(ctx: StationContext, ids: dict, tmp_path: Path) -> None:
    nov = LogFilter(start=D(2026, 11, 1), end=D(2026, 11, 30))
    out_csv = tmp_path / "log.csv"
    assert export_log_csv(ctx, nov, out_csv) == 16
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 17
    assert rows[1][0] == "2026-11-30 23:59:30" and rows[1][3] == "Cụm loa chợ"
    out_xlsx = tmp_path / "log.xlsx"
    assert export_log_xlsx(ctx, nov, out_xlsx) == 16
    sheet = load_workbook(out_xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][1] == "Kết thúc" and len(values) == 17
    assert values[-1][7] == "Tin tin-a"
    assert sorted(p.name for p in tmp_path.glob("log*")) == ["log.csv", "log.xlsx"]  # no .part


def test_export_to_a_missing_folder_fails_cleanly(ctx: StationContext, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        export_log_csv(ctx, LogFilter(), tmp_path / "nope" / "log.csv")
