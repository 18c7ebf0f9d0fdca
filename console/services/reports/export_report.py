"""The periodic report as an XLSX form (openpyxl), with fixed, documented cell addresses.

Sheet 'Báo cáo' is the printable form; every figure is in column D from row 10 on
(template.xlsx_cell) and also has a workbook-level defined name `ind_<code>`. Sheet 'Dữ liệu'
repeats code → value one a row, for machines.
"""

from __future__ import annotations

from pathlib import Path

from ...station import StationContext
from . import template as t
from .document import build_document
from .export_log import atomic_path


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
    sheet.print_options.horizontalCentered = True
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    with atomic_path(path) as tmp:
        book.save(tmp)
