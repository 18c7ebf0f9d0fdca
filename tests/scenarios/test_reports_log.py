"""Báo cáo › Nhật ký phát thanh, from the window: this month eight plays went out on the
commune's clusters and its board, and one more last month. The log opens on this month's
eight. The operator looks for the rice-pest bulletin by typing its title without accents,
then narrows it to the Thôn Tây market cluster; "Hiện tất cả" brings back every play, last
month's too, the dates then reading from the first play's day to today. She then keeps only
today's plays, only Ấp Phú Hòa's, only the partly played ones (none: the screen says so);
"Hiện tất cả" again brings all nine back. Finally she exports the whole log to Excel and to
CSV: both files hold every play, its titles, names, headings and values in Vietnamese, and
nothing half-written is left beside them. Clicks and keys only; the save dialog is answered
at the tab's `ask_save_path` seam, as the other scenarios answer the Reports page's exports.
The plays are arranged in the database before the window opens, the files read from disk."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget
from sqlalchemy import func, select

from console.models import AsRunEntry, DeliveryTarget, Village
from console.timezone import STATION_TZ, station_now
from console.ui.pages.reports import ReportsPage
from console.ui.pages.reports.log_model import Column
from console.ui.pages.reports.log_tab import LogTab
from tests.support.reports import add_run

from .conftest import ADMIN, Scene, click_page, type_text
from .week_steps import WAIT, wait_idle

PEST = "Bản tin nông nghiệp: phòng trừ sâu cuốn lá nhỏ hại lúa"
VACCINE = "Thông báo lịch tiêm phòng lở mồm long móng cho đàn gia súc"
FLOOD = "Cảnh báo mưa lũ, sạt lở đất ở khu vực ven suối"
NEWS = "Tiếp sóng chương trình thời sự Đài Tiếng nói Việt Nam"

HEADINGS = ["Bắt đầu", "Kết thúc", "Mã thiết bị", "Cụm loa / bảng tin", "Loại", "Thôn / ấp",
            "Mã tin", "Tiêu đề", "Chương trình", "Mức ưu tiên", "Kết quả", "Đã phát (giây)",
            "Yêu cầu (giây)", "Nguồn nội dung", "Chuyên mục", "Ghi nhận từ", "Mã nhật ký"]
RESULTS = {"success": "Đã phát", "partial": "Phát một phần", "failed": "Không phát được"}
ORIGINS = {"own": "Xã tự sản xuất", "relay": "Tiếp sóng"}
PRIORITIES = {"normal": "Thông thường", "emergency": "Khẩn cấp"}
KINDS = {"loudspeaker_cluster": "Cụm loa", "bulletin_board": "Bảng tin"}
COLUMNS = ["Bắt đầu", "Tiêu đề", "Cụm loa, bảng tin", "Thôn, ấp", "Kết quả", "Đã phát",
           "Mức ưu tiên", "Nội dung", "Lĩnh vực", "Nguồn ghi nhận"]


@dataclass(frozen=True)
class Play:
    """One arranged as-run entry, as the log and the exports should tell it."""
    id: str
    started: dt.datetime
    target: str
    target_name: str
    target_kind: str
    village: str
    title: str
    result: str
    played_s: float
    requested_s: float
    priority: str
    origin: str

    def exported(self) -> list[object]:
        """The row of the XLSX file (the CSV has the same, as text): in Vietnamese too."""
        def ts(moment: dt.datetime) -> str:
            return moment.strftime("%Y-%m-%d %H:%M:%S")
        return [ts(self.started), ts(self.started + dt.timedelta(seconds=self.played_s)),
                self.target, self.target_name, KINDS[self.target_kind], self.village, "",
                self.title, "", PRIORITIES[self.priority], RESULTS[self.result],
                self.played_s, self.requested_s, ORIGINS[self.origin], "", "Nhật ký thiết bị",
                self.id]

    def shown(self) -> tuple[str, ...]:
        """The row as the log's list shows it, column by column, in Vietnamese."""
        minutes, seconds = divmod(round(self.played_s), 60)
        return (self.started.strftime("%d/%m/%Y %H:%M"), self.title, self.target_name,
                self.village, RESULTS[self.result], f"{minutes}:{seconds:02d}",
                "Khẩn cấp" if self.priority == "emergency" else "", ORIGINS[self.origin], "",
                "Nhật ký thiết bị")


def arrange_plays(scene: Scene) -> list[Play]:
    """Eight plays this month: four on the 1st, four today (when today is the 1st, all
    eight are today's). Today's plays are placed in the part of today already gone. Then
    one last month, three days before the 1st."""
    ctx = scene.ctx
    now = station_now().replace(microsecond=0)
    today = now.date()
    first = today.replace(day=1)
    midnight = dt.datetime.combine(today, dt.time(0), STATION_TZ)
    early = (midnight + (now - midnight) / 3).replace(microsecond=0)
    late = (midnight + (now - midnight) * 2 / 3).replace(microsecond=0)
    on_first = (dt.datetime.combine(first, dt.time(6), STATION_TZ),
                dt.datetime.combine(first, dt.time(17, 30), STATION_TZ))
    with ctx.db.read() as session:
        targets = {t: (name, kind, village) for t, name, kind, village in session.execute(
            select(DeliveryTarget.id, DeliveryTarget.name, DeliveryTarget.kind, Village.name)
            .outerjoin(Village, Village.id == DeliveryTarget.village_id))}
    wanted = [  # target, start, title, result, played, requested, priority, origin
        ("cl-001", on_first[0], PEST, "success", 600.0, 600.0, "normal", "own"),
        ("cl-002", on_first[0], PEST, "partial", 400.0, 600.0, "normal", "own"),
        ("cl-003", on_first[1], VACCINE, "success", 300.0, 300.0, "normal", "own"),
        ("bd-01", on_first[1], VACCINE, "success", 60.0, 60.0, "normal", "own"),
        ("cl-001", early, FLOOD, "success", 120.0, 120.0, "emergency", "own"),
        ("cl-003", early, FLOOD, "failed", 0.0, 120.0, "emergency", "own"),
        ("cl-002", late, NEWS, "success", 1800.0, 1800.0, "normal", "relay"),
        ("cl-001", late, NEWS, "success", 1800.0, 1800.0, "normal", "relay"),
        ("cl-003", on_first[0] - dt.timedelta(days=3), VACCINE, "success", 300.0, 300.0,
         "normal", "own"),
    ]
    plays = []
    for target, start, title, result, played, requested, priority, origin in wanted:
        entry_id = add_run(ctx, target, start.strftime("%Y-%m-%d %H:%M:%S"), played,
                           title=title, result=result, requested_s=requested,
                           priority=priority, origin=origin)
        name, kind, village = targets[target]
        plays.append(Play(entry_id, start, target, name, kind, village or "", title, result,
                          played, requested, priority, origin))
    assert [p.village for p in plays[:4]] == ["Thôn Đông", "Thôn Tây", "Ấp Phú Hòa",
                                              "Thôn Đông"]
    return plays


def newest_first(plays: list[Play], keep: Callable[[Play], bool] = lambda _p: True,
                 ) -> list[Play]:
    return sorted((p for p in plays if keep(p)), key=lambda p: (-p.started.timestamp(), p.id))


def totals_text(plays: list[Play]) -> str:
    def count(result: str) -> int:
        return sum(p.result == result for p in plays)
    hours = round(sum(p.played_s for p in plays) / 3600, 1)
    hours_text = str(int(hours)) if hours.is_integer() else str(hours).replace(".", ",")
    return (f"{len(plays)} lượt phát: {count('success')} đã phát, {count('partial')} phát "
            f"một phần, {count('failed')} không phát được, 0 khác · {hours_text} giờ phát sóng")


# --- steps in the window ----------------------------------------------------------------

def settled(qtbot, window, tab: LogTab) -> None:  # type: ignore[no-untyped-def]
    """The typed title applied, the list counted and the totals in."""
    qtbot.waitUntil(lambda: not tab._text_timer.isActive() and not tab.model.loading
                    and window.tasks.pending_count == 0, timeout=WAIT)


def listed(qtbot, tab: LogTab) -> list[tuple[str, ...]]:
    """Every row of the list as it reads on screen, once the rows are read."""
    model = tab.model

    def texts() -> list[tuple[str, ...]]:
        return [tuple(model.index(r, c).data() for c in Column)
                for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: all(row[Column.TITLE] != "…" for row in texts()), timeout=WAIT)
    return texts()


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the combo's list with a click, go down to the entry with the arrow key, Enter."""
    row = combo.findText(text)
    assert row >= 0, [combo.itemText(i) for i in range(combo.count())]
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT)
    for _step in range(row - view.currentIndex().row()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == row
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)
    assert combo.currentText() == text


def type_date(qtbot, edit: QDateEdit, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Click the day of a date edit (dd/MM/yyyy) and type a whole date over it, section by
    section (a section typed in full moves on to the next)."""
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(6, line.height() // 2))
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))


def export(qtbot, window, tab: LogTab, button: QWidget,  # type: ignore[no-untyped-def]
           chosen: Path) -> tuple[str, Path, str]:
    """Click an export button, answer the save dialog (at its seam) with `chosen` and wait
    for the file. Returns what the dialog was asked: title, suggested file, file type."""
    asked: list[tuple[str, Path, str]] = []

    def answer(_parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path:
        asked.append((title, suggested, file_filter))
        return chosen

    tab.ask_save_path = answer
    click(qtbot, button)
    qtbot.waitUntil(lambda: tab.export_csv_button.isEnabled()
                    and tab.export_xlsx_button.isEnabled(), timeout=WAIT)
    wait_idle(qtbot, window)
    assert len(asked) == 1
    return asked[0]


def test_filters_narrow_the_log_show_all_restores_it_and_both_exports_are_whole(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window, tmp_path: Path) -> None:
    plays = arrange_plays(scene)
    today = station_now().date()
    first = today.replace(day=1)
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "reports")
    assert isinstance(page, ReportsPage)
    tab = page.log_tab
    assert page.tabs.currentWidget() is tab and page.tabs.tabText(0) == "Nhật ký phát thanh"
    assert [tab.clear_button.text(), tab.export_xlsx_button.text(),
            tab.export_csv_button.text()] == ["Hiện tất cả", "Xuất ra Excel…", "Xuất ra CSV…"]
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == COLUMNS
    settled(qtbot, window, tab)
    this_month = [p for p in plays if p.started.date() >= first]
    earlier = min(p.started.date() for p in plays)
    assert len(this_month) == 8 and earlier < first

    def shows(wanted: list[Play], dates: tuple[dt.date, dt.date]) -> None:
        """The plays `wanted` between the dates shown, every choice on "all", no title
        typed, no message."""
        qtbot.waitUntil(lambda: tab.from_edit.text() != "—", timeout=WAIT)  # days read
        assert (tab.from_edit.text(), tab.to_edit.text()) == tuple(
            day.strftime("%d/%m/%Y") for day in dates)
        assert [tab.target_combo.currentText(), tab.village_combo.currentText(),
                tab.result_combo.currentText(), tab.priority_combo.currentText(),
                tab.origin_combo.currentText(), tab.text_edit.text()] == [
            "Tất cả cụm loa, bảng tin", "Tất cả thôn, ấp", "Mọi kết quả",
            "Mọi mức ưu tiên", "Mọi nội dung", ""]
        assert listed(qtbot, tab) == [p.shown() for p in newest_first(wanted)]
        assert tab.totals_label.text() == totals_text(wanted)
        assert tab.message_label.isHidden()

    def shows_everything() -> None:
        """All nine plays, from the first play's day to today."""
        shows(plays, (earlier, today))

    shows(this_month, (first, today))                           # the log opens on this month
    # "Phát một phần" is read whole in its column, not "Phát một p…".
    partly = next(r for r in range(tab.model.rowCount())
                  if tab.model.index(r, Column.RESULT).data() == "Phát một phần")
    cell = tab.table.visualRect(tab.model.index(partly, Column.RESULT))
    assert tab.table.fontMetrics().horizontalAdvance("Phát một phần") + 8 <= cell.width(), (
        cell.width())

    # 1. The pest bulletin, its title typed without accents: its two plays; then only the
    #    Thôn Tây market cluster's, which played it in part.
    type_text(tab.text_edit, "sau cuon la")
    settled(qtbot, window, tab)
    pest = newest_first(plays, lambda p: p.title == PEST)
    assert listed(qtbot, tab) == [p.shown() for p in pest]
    assert tab.totals_label.text() == totals_text(pest)
    boards = [tab.target_combo.itemText(i) for i in range(tab.target_combo.count())
              if tab.target_combo.itemText(i).startswith("Bảng tin điện tử Thôn Đông")]
    assert len(boards) == 3 == len(set(boards)), boards  # same name, told apart by their id
    assert all(b.endswith(")") for b in boards), boards
    pick(qtbot, tab.target_combo, "Cụm loa Chợ Thôn Tây")
    settled(qtbot, window, tab)
    assert listed(qtbot, tab) == [(first.strftime("%d/%m/%Y 06:00"), PEST,
                                   "Cụm loa Chợ Thôn Tây", "Thôn Tây", "Phát một phần",
                                   "6:40", "", "Xã tự sản xuất", "", "Nhật ký thiết bị")]
    assert tab.totals_label.text() == ("1 lượt phát: 0 đã phát, 1 phát một phần, "
                                       "0 không phát được, 0 khác · 0,1 giờ phát sóng")

    click(qtbot, tab.clear_button)                              # Hiện tất cả
    settled(qtbot, window, tab)
    shows_everything()

    # 2. From today only; then Ấp Phú Hòa's; then only the partly played ones: none, and
    #    the screen says what to do.
    type_date(qtbot, tab.from_edit, today)
    settled(qtbot, window, tab)
    assert tab.from_edit.text() == today.strftime("%d/%m/%Y")
    todays = newest_first(plays, lambda p: p.started.date() == today)
    assert listed(qtbot, tab) == [p.shown() for p in todays]
    assert tab.totals_label.text() == totals_text(todays)
    pick(qtbot, tab.village_combo, "Ấp Phú Hòa")
    settled(qtbot, window, tab)
    phu_hoa = newest_first(plays, lambda p: p.started.date() == today
                           and p.village == "Ấp Phú Hòa")
    assert listed(qtbot, tab) == [p.shown() for p in phu_hoa]
    assert (FLOOD, "Khẩn cấp", "Không phát được") in [
        (row[Column.TITLE], row[Column.PRIORITY], row[Column.RESULT])
        for row in listed(qtbot, tab)]
    pick(qtbot, tab.result_combo, "Phát một phần")
    settled(qtbot, window, tab)
    assert tab.model.rowCount() == 0
    assert tab.message_label.isVisible() and tab.message_label.text() == (
        'Không có lượt phát nào phù hợp. Hãy mở rộng khoảng ngày hoặc chọn "Hiện tất cả".')
    assert tab.totals_label.text() == totals_text([])

    click(qtbot, tab.clear_button)                              # Hiện tất cả
    settled(qtbot, window, tab)
    shows_everything()

    # 3. The whole log to Excel, then to CSV, into a folder of the operator's choosing.
    folder = tmp_path / "xuất báo cáo"
    folder.mkdir()
    xlsx, csv_path = folder / "nhật ký tháng.xlsx", folder / "nhật ký tháng.csv"
    expected = [p.exported() for p in newest_first(plays)]

    title, suggested, file_type = export(qtbot, window, tab, tab.export_xlsx_button, xlsx)
    assert (title, file_type) == ("Xuất nhật ký phát thanh", "Bảng tính Excel (*.xlsx)")
    assert suggested.parent == scene.ctx.paths.exports
    assert suggested.name.startswith("nhat-ky-phat-thanh-") and suggested.suffix == ".xlsx"
    assert tab.message_label.text() == f"Đã lưu 9 lượt phát vào {xlsx}"
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["Nhật ký phát thanh"]
    rows = [["" if v is None else v for v in row]
            for row in book["Nhật ký phát thanh"].iter_rows(values_only=True)]
    book.close()
    assert rows == [HEADINGS, *expected]

    title, suggested, file_type = export(qtbot, window, tab, tab.export_csv_button, csv_path)
    assert (title, file_type) == ("Xuất nhật ký phát thanh", "Tệp CSV (*.csv)")
    assert suggested.parent == scene.ctx.paths.exports and suggested.suffix == ".csv"
    assert tab.message_label.text() == f"Đã lưu 9 lượt phát vào {csv_path}"
    assert csv_path.read_bytes().startswith("\ufeff".encode())    # a BOM: Excel reads UTF-8
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines == [HEADINGS, *[[str(v) for v in row] for row in expected]]

    # Every play in the database is in both files, and nothing else was left in the folder.
    with scene.ctx.db.read() as session:
        assert session.scalar(select(func.count(AsRunEntry.id))) == 9
    assert sorted(p.name for p in folder.iterdir()) == [csv_path.name, xlsx.name]

