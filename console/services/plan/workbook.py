"""The annual plan as an XLSX a commune office fills by hand, one theme a row.

    KẾ HOẠCH THÔNG TIN CƠ SỞ NĂM 2026          (the year is read from here, or a "Năm" cell)
    STT | Thời gian | Chủ đề, chiến dịch | Từ khóa (thẻ tin, bài) | Lượt phát trên loa |
    Ngày trên bảng tin | Bài trên Zalo OA | Hoạt động của tổ tuyên truyền | Ghi chú

"Thời gian" is written as the office would: Tháng 3, T3, Quý II, 6 tháng đầu năm, 9 tháng, Cả
năm. Headers are matched without accents or case; empty counts are 0; rows without a theme are
skipped (the empty template lists the twelve months). An import replaces the year's plan: a
theme with the same period and title keeps its id (and the activities linked to it), the
others are added or removed. All or nothing: one bad row and nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from ...models import PlanTheme, Station, TeamActivity, Training
from ...station import StationContext
from .. import audit
from ..errors import InvalidInput
from ..permissions import Actor, Permission
from ..sheets import cells, key, read_table, style_table, text
from ..translatable import QT_TRANSLATE_NOOP
from .themes import CHANNELS, ThemeChanges, checked, list_themes, parse_period_label, split_tags

NO_YEAR = QT_TRANSLATE_NOOP("Errors", "The file {name} does not say the plan's year: write it "
                                      "in the title (KẾ HOẠCH … NĂM 2026) or a Năm cell.")
ROW_NO_PERIOD = QT_TRANSLATE_NOOP("Errors", "Line {line}: {period} is not a period (write Tháng "
                                            "1 to Tháng 12, Quý I to Quý IV, 6 tháng đầu năm, "
                                            "6 tháng cuối năm, 9 tháng or Cả năm).")
ROW_BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "Line {line}: {column} must be a whole number from "
                                            "0 to 100000, not {value}.")
ROW_TWICE = QT_TRANSLATE_NOOP("Errors", "Line {line}: the theme {title} is already planned for "
                                        "{period}.")
NO_THEMES = QT_TRANSLATE_NOOP("Errors", "The file {name} has no theme to import.")

SHEET = "Kế hoạch"
TITLE = "KẾ HOẠCH THÔNG TIN CƠ SỞ NĂM {year}"
HEADERS = ("STT", "Thời gian", "Chủ đề, chiến dịch", "Từ khóa (thẻ tin, bài)",
           "Lượt phát trên loa", "Ngày trên bảng tin", "Bài trên Zalo OA",
           "Hoạt động của tổ tuyên truyền", "Ghi chú")
HINT = ("Mỗi chủ đề, chiến dịch một dòng. Thời gian: Tháng 1 … Tháng 12, Quý I … Quý IV, 6 tháng "
        "đầu năm, 6 tháng cuối năm, 9 tháng, Cả năm. Từ khóa: thẻ của tin, bài thuộc chủ đề, "
        "cách nhau bởi dấu phẩy. Các cột số là số lượng dự kiến trong thời gian đó.")
COLUMNS = {
    "period": ("Thời gian", "Thời gian thực hiện", "Kỳ"),
    "title": ("Chủ đề, chiến dịch", "Chủ đề", "Nội dung", "Chủ đề, chiến dịch tuyên truyền"),
    "tags": ("Từ khóa (thẻ tin, bài)", "Từ khóa", "Thẻ"),
    "airings": ("Lượt phát trên loa", "Số lượt phát trên loa", "Lượt phát"),
    "board_days": ("Ngày trên bảng tin", "Số ngày trên bảng tin", "Bảng tin"),
    "zalo_articles": ("Bài trên Zalo OA", "Số bài trên Zalo", "Zalo"),
    "team_activities": ("Hoạt động của tổ tuyên truyền", "Hoạt động tổ tuyên truyền",
                        "Hoạt động"),
    "note": ("Ghi chú",),
}
_YEAR = re.compile(r"\b(20\d\d)\b")


@dataclass(frozen=True)
class PlanImport:
    year: int
    added: int
    updated: int
    removed: int
    unlinked: int   # activities and trainings whose theme was removed

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def _year(top: list[list[Any]], name: str) -> int:
    after_label = False
    for value in cells(top):
        if after_label and str(value).strip().isdigit():
            return int(str(value).strip())
        folded = key(value)
        after_label = folded in ("nam", "nam ke hoach")
        if "ke hoach" in folded or folded.startswith("nam"):
            match = _YEAR.search(str(value))
            if match:
                return int(match.group(1))
    raise InvalidInput(NO_YEAR, name=name)


def _count(value: Any, line: int, column: str) -> int:
    if value in (None, ""):
        return 0
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        number = int(str(value).strip().replace(".", "").replace(" ", ""))
    except ValueError:
        raise InvalidInput(ROW_BAD_COUNT, line=line, column=column, value=value) from None
    if not 0 <= number <= 100_000:
        raise InvalidInput(ROW_BAD_COUNT, line=line, column=column, value=value)
    return number


def read_plan(path: Path) -> tuple[int, list[ThemeChanges]]:
    """The year and its themes as written in the file (checked, nothing stored)."""
    sheet = read_table(path, COLUMNS, "title")
    year = _year(sheet.top, path.name)
    headers = dict(zip(("airings", "board_days", "zalo_articles", "team_activities"),
                       HEADERS[4:8], strict=True))
    themes: list[ThemeChanges] = []
    seen: set[tuple[str, str]] = set()
    for row in sheet.rows:
        values = row.values
        title = text(values.get("title"))
        if not title:
            continue  # an empty line of the template
        period_text = text(values.get("period"), 60)
        period = parse_period_label(period_text, year) if period_text else None
        if period is None:
            raise InvalidInput(ROW_NO_PERIOD, line=row.line, period=period_text or "(trống)")
        planned = {c: _count(values.get(c), row.line, headers[c]) for c in CHANNELS}
        changes = checked(ThemeChanges(year, period.kind, period.index, title,
                                       split_tags(text(values.get("tags"), 1000)), planned,
                                       text(values.get("note"), 1000)))
        marker = (period.code, key(changes.title))
        if marker in seen:
            raise InvalidInput(ROW_TWICE, line=row.line, title=changes.title,
                               period=period_text)
        seen.add(marker)
        themes.append(changes)
    return year, themes


def import_plan(ctx: StationContext, actor: Actor, path: Path) -> PlanImport:
    actor.require(Permission.EDIT_PLAN)
    year, themes = read_plan(path)
    if not themes:
        raise InvalidInput(NO_THEMES, name=path.name)
    added = updated = 0
    with ctx.db.write() as session:
        existing = {(r.period_kind, r.period_index, key(r.title)): r for r in session.scalars(
            select(PlanTheme).where(PlanTheme.year == year))}
        kept: set[int] = set()
        for position, changes in enumerate(themes):
            row = existing.get((changes.period_kind, changes.period_index, key(changes.title)))
            if row is None:
                row = PlanTheme()
                session.add(row)
                added += 1
            else:
                updated += 1
            row.year, row.period_kind, row.period_index = year, changes.period_kind, \
                changes.period_index
            row.title, row.tags, row.note = changes.title, changes.tags, changes.note or None
            for channel in CHANNELS:
                setattr(row, f"planned_{channel}", changes.planned[channel])
            row.position = position
            session.flush()
            kept.add(row.id)
        gone = [r.id for r in existing.values() if r.id not in kept]
        unlinked = 0
        if gone:
            for model in (TeamActivity, Training):
                result = session.execute(update(model).where(model.theme_id.in_(gone))
                                         .values(theme_id=None))
                unlinked += int(result.rowcount or 0)  # type: ignore[attr-defined]
            for row_id in gone:
                session.delete(session.get(PlanTheme, row_id))
        audit.record(session, actor, "plan.import", path.name, year=year, added=added,
                     updated=updated, removed=len(gone))
    return PlanImport(year, added, updated, len(gone), unlinked)


def _calendar_notes(ctx: StationContext, year: int) -> list[str]:
    """For the empty form: each month's themes and anniversaries from the campaign calendar
    (national ones built in, the station's own), so the office plans around them."""
    from ..programmes.campaigns import load_calendar

    calendar = load_calendar(ctx.db)
    notes = []
    for month in range(1, 13):
        names = [t.name for t in calendar.months
                 if t.month == month and t.year in (None, year)]
        names += [f"{e.day}/{e.month}: {e.name}" for e in calendar.events
                  if e.month == month and e.year in (None, year)]
        notes.append("; ".join(names))
    return notes


def export_plan(ctx: StationContext, year: int, path: Path) -> int:
    """The year's plan in the layout above, or the empty template (the twelve months, each
    with the campaign calendar's themes and anniversaries as a note) when the year has none;
    returns how many themes were written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from ..reports.export_log import atomic_path

    themes = list_themes(ctx, year)
    with ctx.db.read() as session:
        station = session.scalar(select(Station).order_by(Station.id).limit(1))
        unit = (station.name if station else "") or "ĐÀI TRUYỀN THANH CẤP XÃ"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet["A1"] = unit.upper()
    sheet["A1"].font = Font(bold=True)
    sheet["A3"] = TITLE.format(year=year)
    sheet["A3"].font = Font(bold=True, size=14)
    sheet["A3"].alignment = Alignment(horizontal="center")
    sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(HEADERS))
    sheet["A4"] = "Năm"
    sheet["B4"] = year
    sheet["A5"] = HINT
    sheet["A5"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A5"].font = Font(italic=True)
    sheet.merge_cells(start_row=5, start_column=1, end_row=5, end_column=len(HEADERS))
    sheet.row_dimensions[5].height = 45
    header_row = 7
    for column, title in enumerate(HEADERS, start=1):
        sheet.cell(header_row, column, title)
    if themes:
        for n, theme in enumerate(themes, start=1):
            sheet.append([n, theme.period_label, theme.title, ", ".join(theme.tags),
                          *(theme.planned[c] for c in CHANNELS), theme.note or None])
        last = header_row + len(themes)
    else:
        for month, dates in enumerate(_calendar_notes(ctx, year), start=1):
            sheet.append([month, f"Tháng {month}", None, None, None, None, None, None,
                          dates or None])
        last = header_row + 12
    style_table(sheet, header_row, (6, 16, 44, 26, 12, 12, 12, 14, 24), last)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return len(themes)
