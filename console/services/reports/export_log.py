"""The broadcast log to CSV (UTF-8 with BOM, for Excel) and XLSX; written atomically."""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ...station import StationContext
from .log import LogFilter, LogRow, query_log

# Column headings of the exported log (document content, Vietnamese like the form).
COLUMNS = ("Bắt đầu", "Kết thúc", "Mã thiết bị", "Cụm loa / bảng tin", "Loại", "Thôn / ấp",
           "Mã tin", "Tiêu đề", "Chương trình", "Mức ưu tiên", "Kết quả", "Đã phát (giây)",
           "Yêu cầu (giây)", "Nguồn nội dung", "Chuyên mục", "Ghi nhận từ", "Mã nhật ký")
PAGE = 5000
# The values in the document's words too (the window's labels say the same in Vietnamese);
# a value not listed is written as stored.
_WORDS = {
    "kind": {"loudspeaker_cluster": "Cụm loa", "bulletin_board": "Bảng tin",
             "stream": "Luồng phát", "local_playout": "Máy tính này"},
    "priority": {"normal": "Thông thường", "priority": "Ưu tiên", "emergency": "Khẩn cấp"},
    "result": {"success": "Đã phát", "partial": "Phát một phần", "failed": "Không phát được",
               "missed": "Bị lỡ", "removed": "Đã gỡ (bị thu hồi)"},
    "origin": {"own": "Xã tự sản xuất", "relay": "Tiếp sóng", "source": "Hệ thống nguồn"},
    "source": {"device": "Nhật ký thiết bị", "inferred": "Suy ra từ trạng thái",
               "local": "Máy tính này", "console": "Phần mềm điều khiển"},
}


def _word(field: str, value: str | None) -> str:
    return _WORDS[field].get(value or "", value or "")


def _rows(ctx: StationContext, flt: LogFilter) -> Iterator[LogRow]:
    offset = 0
    while True:
        page = query_log(ctx, flt, offset=offset, limit=PAGE)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _values(row: LogRow) -> list[Any]:
    def ts(value: Any) -> str:
        return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""
    return [ts(row.started_at), ts(row.ended_at), row.target_id, row.target_name,
            _word("kind", row.target_kind), row.village or "", row.item_id or "", row.title,
            row.programme_id if row.programme_id is not None else "",
            _word("priority", row.priority), _word("result", row.result),
            round(row.played_s, 1),
            round(row.requested_s, 1) if row.requested_s is not None else "",
            _word("origin", row.origin), row.category or "", _word("source", row.source),
            row.id]


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file beside `path`, renamed over it only when the block succeeds."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"folder {path.parent} does not exist")
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _write(path: Path, writer: Callable[[Path], int]) -> int:
    with atomic_path(path) as tmp:
        return writer(tmp)


def export_log_csv(ctx: StationContext, flt: LogFilter, path: Path) -> int:
    def write(tmp: Path) -> int:
        count = 0
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(COLUMNS)
            for row in _rows(ctx, flt):
                out.writerow(_values(row))
                count += 1
        return count
    return _write(path, write)


def export_log_xlsx(ctx: StationContext, flt: LogFilter, path: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    def write(tmp: Path) -> int:
        book = Workbook(write_only=True)  # streams: memory stays flat on a long log
        sheet = book.create_sheet("Nhật ký phát thanh")
        bold = Font(bold=True)
        heads = []
        for title in COLUMNS:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font = bold
            heads.append(cell)
        sheet.append(heads)
        count = 0
        for row in _rows(ctx, flt):
            sheet.append(_values(row))
            count += 1
        book.save(tmp)
        return count
    return _write(path, write)
