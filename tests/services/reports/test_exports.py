from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from console.services.reports.export_pdf import export_report_pdf
from console.services.reports.export_report import export_report_xlsx
from console.services.reports.forms import build_report, update_report
from console.services.reports.periods import parse_period
from console.services.reports.template import INDICATOR_ROWS, TITLE, xlsx_cell
from console.settings import STATION_CODE
from console.station import StationContext
from tests.services.reports.test_forms import EDITOR
from tests.support.reports import known_log


@pytest.fixture
def report_id(ctx: StationContext) -> str:
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    known_log(ctx)
    report = build_report(ctx, EDITOR, parse_period("2026-11"))
    update_report(ctx, EDITOR, report.id, manual={"propagandists": 12},
                  notes="Cụm loa bến đò hỏng loa ngày 3/11; đã sửa.", checked_by="Lê Văn Kiểm",
                  approved_by="Trần Văn Thủ")
    return report.id


def test_xlsx_holds_the_indicator_cells(ctx: StationContext, report_id: str,
                                        tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    export_report_xlsx(ctx, report_id, out)
    book = load_workbook(out)
    sheet = book["Báo cáo"]
    assert xlsx_cell("bulletins_broadcast") == "D10"
    assert sheet["D10"].value == 7
    assert sheet["D11"].value == 1.15 and sheet["B11"].value == "Tổng thời lượng phát thanh"
    assert sheet[xlsx_cell("cluster_availability_pct")].value == 75.0
    assert sheet[xlsx_cell("emergencies_within_15min_pct")].value == 50.0
    assert xlsx_cell("propagandists") == "D30" and sheet["D30"].value == 12
    assert sheet["D31"].value is None                       # not filled in
    assert sheet["A5"].value == TITLE and sheet["C1"].value.startswith("CỘNG HÒA")
    assert sheet["A6"].value == "Tháng 11 năm 2026"
    name = book.defined_names["ind_hours_relay"]
    assert name.attr_text == "'Báo cáo'!$D$13" and sheet["D13"].value == 0.5
    data = {row[0]: row[1] for row in book["Dữ liệu"].iter_rows(min_row=2, values_only=True)}
    assert data["period"] == "2026-11" and data["items_received"] == 5
    assert len([r for r in INDICATOR_ROWS if r.code in data]) == len(INDICATOR_ROWS)
    signers = [sheet.cell(row=r, column=c).value for r in range(30, 50) for c in (2, 3, 4)]
    assert {"NGƯỜI LẬP BIỂU", "Lê Văn Kiểm", "Trần Văn Thủ", "Nguyễn Thị Lập"} <= set(signers)


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Each font of the PDF's pages → whether its program is embedded (pypdf reads it)."""
    fonts: dict[str, bool] = {}

    def visit(font: Any) -> None:
        font = font.get_object()
        descendants = font.get("/DescendantFonts")
        for child in descendants.get_object() if descendants is not None else []:
            visit(child)
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None:
            descriptor = descriptor.get_object()
            fonts[str(font.get("/BaseFont"))] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        elif descendants is None:  # a simple font with no descriptor: the 14 standard ones
            fonts[str(font.get("/BaseFont"))] = False

    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        found = resources.get_object().get("/Font") if resources is not None else None
        for font in (found.get_object().values() if found is not None else []):
            visit(font)
    return fonts


def test_pdf_keeps_the_vietnamese_text(ctx: StationContext, report_id: str,
                                       tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.pdf"
    export_report_pdf(ctx, report_id, out)
    assert out.read_bytes().startswith(b"%PDF")
    fonts = pdf_fonts(out)
    assert fonts and all(fonts.values()), fonts  # every font embedded
    pdf = PdfReader(out)
    assert len(pdf.pages) == 1  # the whole form on one A4 page
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
        check=True).stdout)
    for phrase in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   TITLE, "Tháng 11 năm 2026", "Tổng thời lượng phát thanh",
                   "Số tuyên truyền viên cơ sở", "Cụm loa bến đò hỏng loa ngày 3/11; đã sửa.",
                   "NGƯỜI LẬP BIỂU", "NGƯỜI KIỂM TRA", "THỦ TRƯỞNG ĐƠN VỊ", "Lê Văn Kiểm",
                   "XA-PHULOC", "1,15", "66,7"):
        assert phrase in text, phrase
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    assert png.stat().st_size > 10_000
