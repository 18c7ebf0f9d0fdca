"""Tables a commune office fills by hand in Excel: find the header, read the rows, and write
them back with the same headers (the team roster and the annual plan).

Headers are matched folded (case, accents and đ ignored), so "Họ và tên", "HO VA TEN" and
"họ và tên " are one column. Line numbers are as the spreadsheet shows them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..text.clean import clean_display_text, fold
from .errors import InvalidInput
from .translatable import QT_TRANSLATE_NOOP

NOT_XLSX = QT_TRANSLATE_NOOP("Errors", "The file {name} is not an Excel workbook (.xlsx).")
NO_HEADER = QT_TRANSLATE_NOOP("Errors", "The file {name} has no table with the column "
                                        "{column}.")
MAX_ROWS = 5000
HEADER_SEARCH_ROWS = 30


def key(text: object) -> str:
    return " ".join(fold(clean_display_text(str(text or ""))).replace(",", " ").split())


@dataclass(frozen=True)
class SheetRow:
    line: int
    values: dict[str, Any]   # canonical column name → cell value (None when empty)


@dataclass(frozen=True)
class Sheet:
    top: list[list[Any]]      # the rows above the header (titles, the year, notes)
    rows: list[SheetRow]


def read_table(path: Path, columns: dict[str, Sequence[str]], required: str) -> Sheet:
    """The first sheet's table: `columns` maps a canonical name to the headers it may have
    (folded); the header row is the first with the `required` column."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise InvalidInput(NOT_XLSX, name=path.name) from None
    try:
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True, max_row=MAX_ROWS))
    finally:
        book.close()
    wanted = {name: {key(h) for h in headers} for name, headers in columns.items()}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = {}
        for column, cell in enumerate(row):
            for name, headers in wanted.items():
                if key(cell) in headers and name not in found:
                    found[name] = column
        if required in found:
            table = []
            for line, values in enumerate(rows[index + 1:], start=index + 2):
                if not any(v not in (None, "") for v in values):
                    continue
                table.append(SheetRow(line, {name: values[col] if col < len(values) else None
                                             for name, col in found.items()}))
            return Sheet([list(r) for r in rows[:index]], table)
    raise InvalidInput(NO_HEADER, name=path.name, column=columns[required][0])


def text(value: Any, limit: int = 300) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_display_text(str(value))[:limit]


def cells(top: list[list[Any]]) -> Iterator[Any]:
    for row in top:
        yield from (v for v in row if v not in (None, ""))


def style_table(sheet: Any, header_row: int, widths: Sequence[int], last_row: int, *,
                first_column: int = 1, set_widths: bool = True, freeze: bool = True) -> None:
    """Bold wrapped headers, a grid, column widths, A4 landscape fit to width."""
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, width in enumerate(widths, start=first_column):
        letter = get_column_letter(column)
        if set_widths:
            sheet.column_dimensions[letter].width = width
        for row in range(header_row, max(header_row, last_row) + 1):
            cell = sheet[f"{letter}{row}"]
            cell.border = grid
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        header = sheet[f"{letter}{header_row}"]
        header.font = Font(bold=True)
        header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    if freeze:
        sheet.freeze_panes = f"A{header_row + 1}"
