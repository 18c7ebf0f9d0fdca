"""The broadcast log tab: filters change what is listed, totals follow, exports write."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QDate

from console.services.reports.log import LogFilter, count_log
from tests.ui.pages.reports.helpers import close, log_ids, open_page, settle


def november(tab: Any) -> None:
    tab.from_edit.setDate(QDate(2026, 11, 1))
    tab.to_edit.setDate(QDate(2026, 11, 30))


def test_filters_change_the_rows(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, make_env())
    page.activate()
    tab = page.log_tab
    settle(qtbot, page)
    november(tab)
    settle(qtbot, page)
    assert tab.model.rowCount() == 16
    assert tab.totals_label.text().startswith("16 plays: 14 played, 1 partly, 1 failed")

    tab.result_combo.setCurrentIndex(tab.result_combo.findData("failed"))
    settle(qtbot, page)
    assert log_ids(qtbot, tab) == {ids["b"][2]}

    tab.result_combo.setCurrentIndex(0)
    tab.priority_combo.setCurrentIndex(tab.priority_combo.findData("emergency"))
    settle(qtbot, page)
    assert log_ids(qtbot, tab) == set(ids["kc1"]) | set(ids["kc2"])

    tab.priority_combo.setCurrentIndex(0)
    tab.village_combo.setCurrentIndex(tab.village_combo.findText("Ấp Bắc"))
    tab.origin_combo.setCurrentIndex(tab.origin_combo.findData("own"))
    settle(qtbot, page)
    assert log_ids(qtbot, tab) == {ids["local"]}          # the commune-made item on c3

    tab.village_combo.setCurrentIndex(0)
    tab.origin_combo.setCurrentIndex(0)
    tab.target_combo.setCurrentIndex(tab.target_combo.findData("b1"))
    settle(qtbot, page)
    assert log_ids(qtbot, tab) == {ids["own"][1]}

    tab.target_combo.setCurrentIndex(0)
    tab.text_edit.setText("chuong trinh cua xa")           # typed without accents
    tab.apply_filter()
    settle(qtbot, page)
    assert log_ids(qtbot, tab) == set(ids["own"])

    tab.clear_filters()
    settle(qtbot, page)
    assert tab.text_edit.text() == "" and tab.result_combo.currentIndex() == 0
    close(qtbot, page)


def test_export_xlsx_and_csv_through_the_dialog_seam(qtbot, make_env, ctx, ids,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    page = open_page(qtbot, make_env())
    page.activate()
    tab = page.log_tab
    november(tab)
    tab.priority_combo.setCurrentIndex(tab.priority_combo.findData("emergency"))
    settle(qtbot, page)
    asked: list[tuple[str, Path]] = []

    def choose(_parent: Any, _title: str, suggested: Path, _filter: str) -> Path:
        asked.append((suggested.suffix, suggested))
        return tmp_path / f"nhật ký{suggested.suffix}"

    tab.ask_save_path = choose
    tab.export_xlsx_button.click()
    qtbot.waitUntil(lambda: tab.last_export is not None, timeout=10_000)
    xlsx = tmp_path / "nhật ký.xlsx"
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 5                              # header and the 5 emergency plays
    assert str(xlsx) in tab.message_label.text()

    tab.last_export = None
    tab.export_csv_button.click()
    qtbot.waitUntil(lambda: tab.last_export is not None, timeout=10_000)
    lines = list(csv.reader((tmp_path / "nhật ký.csv").read_text("utf-8-sig").splitlines()))
    assert len(lines) == 6
    assert [suffix for suffix, _ in asked] == [".xlsx", ".csv"]
    assert all(p.parent == ctx.paths.exports for _, p in asked)
    close(qtbot, page)


def test_export_failure_is_a_plain_message(qtbot, make_env, ctx, ids,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    page = open_page(qtbot, make_env())
    tab = page.log_tab
    tab.export_to("csv", tmp_path / "no such folder" / "log.csv",
                  LogFilter(start=dt.date(2026, 11, 1)))
    qtbot.waitUntil(lambda: tab.export_csv_button.isEnabled(), timeout=10_000)
    assert tab.message_label.text().startswith("The export failed:")
    assert "does not exist" in tab.message_label.text()
    assert tab.last_export is None
    assert count_log(ctx, LogFilter()) == 19               # nothing lost
    close(qtbot, page)
