"""The periodic report as an XLSX form (openpyxl), with fixed, documented cell addresses.

Sheet 'Báo cáo' is the printable form; every figure is in column D from row 10 on
(template.xlsx_cell) and also has a workbook-level defined name `ind_<code>`. Sheet 'Dữ liệu'
repeats code → value one a row, for machines. When the station keeps a plan, a Zalo OA or a
propagandist team, three more sheets follow: the plan against what was done with its
evaluation, the OA and the team, and every row behind those numbers ('Chi tiết số liệu').
"""

from __future__ import annotations

from pathlib import Path

from ...station import StationContext
from . import template as t
from .document import FormDocument, build_document
from .export_log import atomic_path
from .section_details import CHANNEL_TITLES, detail_rows
from .sections import section_totals


def export_report_xlsx(ctx: StationContext, report_id: str, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.workbook.defined_name import DefinedName

    doc = build_document(ctx, report_id)
    view = doc.report
    book = Workbook()
    sheet = book.active
    sheet.title = t.XLSX_SHEET
    bold, italic = Font(bold=True), Font(italic=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, width in zip("ABCD", (7, 62, 12, 16), strict=True):
        sheet.column_dimensions[column].width = width

    def put(cell: str, value: object, font: Font | None = None,
            align: Alignment | None = None) -> None:
        sheet[cell] = value
        if font is not None:
            sheet[cell].font = font
        if align is not None:
            sheet[cell].alignment = align

    put("A1", doc.station_name.upper(), bold)
    put("A2", f"{t.STATION_CODE_LABEL}: {view.station_code}")
    put("C1", t.NATION, bold, Alignment(horizontal="center"))
    put("C2", t.MOTTO, Font(bold=True, underline="single"), Alignment(horizontal="center"))
    put("C3", doc.place_date, italic, Alignment(horizontal="center"))
    for row in (1, 2, 3):
        sheet.merge_cells(f"C{row}:D{row}")
    put("A5", t.TITLE, Font(bold=True, size=14), center)
    put("A6", doc.period_title, bold, center)
    put("A7", f"{t.PERIOD_CODE_LABEL}: {view.period.code}    "
              f"({view.period.start:%d/%m/%Y} – {view.period.end:%d/%m/%Y})", italic, center)
    for row in (5, 6, 7):
        sheet.merge_cells(f"A{row}:D{row}")
    header_row = t.XLSX_FIRST_INDICATOR_ROW - 1
    for column, title in zip("ABCD", t.TABLE_HEADERS, strict=True):
        cell = f"{column}{header_row}"
        put(cell, title, bold, center)
        sheet[cell].border = grid
    row_number = t.XLSX_FIRST_INDICATOR_ROW
    for line in doc.lines:
        if line.heading:
            put(f"A{row_number}", line.title, bold, wrap)
            sheet.merge_cells(f"A{row_number}:D{row_number}")
        else:
            assert f"{t.XLSX_VALUE_COLUMN}{row_number}" == t.xlsx_cell(line.code)
            put(f"A{row_number}", int(line.number), None, center)
            put(f"B{row_number}", line.title, None, wrap)
            put(f"C{row_number}", line.unit, None, center)
            put(f"D{row_number}", line.value)
            decimals = next(r.decimals for r in t.all_rows() if r.code == line.code)
            sheet[f"D{row_number}"].number_format = "#,##0" + ("." + "0" * decimals
                                                               if decimals else "")
            book.defined_names[f"ind_{line.code}"] = DefinedName(
                f"ind_{line.code}",
                attr_text=f"'{t.XLSX_SHEET}'!${t.XLSX_VALUE_COLUMN}${row_number}")
        for column in "ABCD":
            sheet[f"{column}{row_number}"].border = grid
        row_number += 1
    row_number += 1
    put(f"A{row_number}", f"{t.NOTES_LABEL}: {view.notes}", None, wrap)
    sheet.merge_cells(f"A{row_number}:D{row_number}")
    sheet.row_dimensions[row_number].height = max(15, 15 * (1 + len(view.notes) // 90))
    sign_row = row_number + 2
    names = {"prepared_by": view.prepared_by, "checked_by": view.checked_by,
             "approved_by": view.approved_by}
    for column, (key, title) in zip("BCD", t.SIGNERS, strict=True):
        put(f"{column}{sign_row}", title, bold, center)
        hint = t.SIGN_HINT_HEAD if key == "approved_by" else t.SIGN_HINT
        put(f"{column}{sign_row + 1}", hint, italic, center)
        put(f"{column}{sign_row + 5}", names[key], bold, center)

    data = book.create_sheet(t.XLSX_DATA_SHEET)
    data.append(["code", "value", "cell"])
    for meta in (("report_id", view.id), ("station_code", view.station_code),
                 ("period", view.period.code), ("state", view.state)):
        data.append(list(meta))
    for line in doc.lines:
        if not line.heading:
            data.append([line.code, line.value, t.xlsx_cell(line.code)])
    if doc.sections.shown:
        for code, value in section_totals(view.sections).items():
            data.append([code, value, None])
        _section_sheets(ctx, book, doc)
    sheet.print_options.horizontalCentered = True
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    with atomic_path(path) as tmp:
        book.save(tmp)


def _section_sheets(ctx: StationContext, book: object, doc: FormDocument) -> None:
    """Plan against actual with its evaluation; the OA and the team; the rows behind them."""
    from openpyxl.styles import Font

    from ..sheets import style_table

    sections = doc.sections
    bold = Font(bold=True)
    plan = book.create_sheet(t.PLAN_SHEET)  # type: ignore[attr-defined]
    plan["A1"] = t.PLAN_HEADING
    plan["A1"].font = Font(bold=True, size=13)
    plan["A2"] = doc.period_title
    plan.append([])
    plan.append(list(t.PLAN_XLSX_COLUMNS))
    header = plan.max_row
    for line in sections.plan:
        p, a = line.planned, line.actual
        plan.append([int(line.number), line.title, line.period_label, ", ".join(line.tags),
                     p["airings"], a["airings"], p["board_days"], a["board_days"],
                     p["zalo_articles"], a["zalo_articles"], a["zalo_views"],
                     p["team_activities"], a["team_activities"], a["people_reached"],
                     a["trainings"]])
    if not sections.plan:
        plan.append([None, t.PLAN_NONE])
    style_table(plan, header, (5, 40, 14, 20, *([11] * 11)), plan.max_row)
    plan.append([])
    plan.append([None, t.EVALUATION_HEADING])
    plan.cell(plan.max_row, 2).font = bold
    plan.append([None, *t.EVALUATION_COLUMNS])
    eval_header = plan.max_row
    for row in sections.evaluation:
        plan.append([None, row.title, row.unit, row.planned, row.actual,
                     row.pct / 100.0 if row.pct is not None else None, row.verdict])
        plan.cell(plan.max_row, 6).number_format = "0.0%"
    style_table(plan, eval_header, [0] * 6, plan.max_row, first_column=2, set_widths=False,
                freeze=False)

    channels = book.create_sheet(t.CHANNELS_SHEET)  # type: ignore[attr-defined]
    channels["A1"] = t.CHANNELS_HEADING
    channels["A1"].font = Font(bold=True, size=13)
    channels["A2"] = doc.period_title
    channels.append([])
    channels.append(list(t.CHANNELS_COLUMNS))
    top = channels.max_row
    for line in sections.channels:
        channels.append([line.title, line.unit, line.value, line.note or None])
    style_table(channels, top, (52, 12, 12, 36), channels.max_row)

    details = book.create_sheet(t.DETAIL_SHEET)  # type: ignore[attr-defined]
    details.append(list(t.DETAIL_COLUMNS))
    view = doc.report
    for row in detail_rows(ctx, view.sections, view.period.end):
        details.append([row.section, CHANNEL_TITLES.get(row.channel, row.channel),
                        row.day.strftime("%d/%m/%Y") if row.day else None, row.content,
                        row.place or None, row.value, row.row])
    style_table(details, 1, (34, 22, 12, 50, 26, 10, 46), details.max_row)
