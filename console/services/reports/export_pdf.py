"""The periodic report as a PDF laid out like an official form (QtGui only, A4, fonts embedded).

Needs a QGuiApplication; one is created (offscreen when there is no display) if none exists,
so the command line can export too. Qt's PDF engine embeds the TrueType subsets it uses.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ...station import StationContext
from . import template as t
from .document import FormDocument, build_document
from .export_log import atomic_path

log = logging.getLogger(__name__)

# Official forms are set in Times New Roman; these carry every Vietnamese letter too.
FONT_FAMILIES = ("Times New Roman", "Noto Serif", "DejaVu Serif", "Liberation Serif",
                 "Noto Sans", "DejaVu Sans", "Arial")
DPI = 300
_app: Any = None  # kept alive for the process when this module had to create it


def ensure_gui_app() -> None:
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])


def font_family() -> str | None:
    families = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in families:
            return family
    log.warning("no Vietnamese-capable serif font found for the report; using Qt's default")
    return None


def mm(value: float) -> float:
    return value * DPI / 25.4


class _Page:
    """A QPainter on the writer with a cursor that moves down and breaks pages."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, family: str | None) -> None:
        self.writer, self.p, self.family = writer, painter, family
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.y = 0.0

    def font(self, points: float, *, bold: bool = False, italic: bool = False,
             underline: bool = False) -> QFont:
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        font.setUnderline(underline)
        return font

    def height_of(self, text: str, font: QFont, width: float) -> float:
        self.p.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        return float(self.p.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height())

    def text(self, text: str, font: QFont, x: float, width: float, *, y: float | None = None,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, height: float | None = None
             ) -> float:
        """Draw wrapped text; returns its height."""
        top = self.y if y is None else y
        needed = self.height_of(text, font, width)
        self.p.setFont(font)
        flags = int(align) | int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter)
        self.p.drawText(QRectF(x, top, width, height or needed), flags, text)
        return needed

    def room(self, needed: float) -> bool:
        """A new page when `needed` does not fit; True when it broke the page."""
        if self.y + needed > self.height:
            self.writer.newPage()
            self.y = 0.0
            return True
        return False


def _draw(page: _Page, doc: FormDocument) -> None:
    view = doc.report
    w = page.width
    left_w, right_x = w * 0.42, w * 0.42
    right_w = w - right_x
    center = Qt.AlignmentFlag.AlignHCenter
    # header: the unit on the left, the national motto on the right
    h1 = page.text(doc.station_name.upper(), page.font(11, bold=True), 0, left_w, align=center)
    page.text(f"{t.STATION_CODE_LABEL}: {view.station_code or t.NO_DATA}", page.font(11),
              0, left_w, y=page.y + h1 + mm(1), align=center)
    r1 = page.text(t.NATION, page.font(11, bold=True), right_x, right_w, align=center)
    r2 = page.text(t.MOTTO, page.font(12, bold=True, underline=True), right_x, right_w,
                   y=page.y + r1 + mm(0.5), align=center)
    r3 = page.text(doc.place_date, page.font(11, italic=True), right_x, right_w,
                   y=page.y + r1 + r2 + mm(4), align=center)
    page.y += max(h1 * 2 + mm(1), r1 + r2 + r3 + mm(4)) + mm(7)
    # title and period
    page.y += page.text(t.TITLE, page.font(14, bold=True), 0, w, align=center) + mm(1)
    page.y += page.text(f"{t.PERIOD_LABEL}: {doc.period_title}", page.font(12, bold=True), 0, w,
                        align=center) + mm(1)
    page.y += page.text(f"{t.PERIOD_CODE_LABEL}: {view.period.code}   "
                        f"({view.period.start:%d/%m/%Y} – {view.period.end:%d/%m/%Y})",
                        page.font(11, italic=True), 0, w, align=center) + mm(6)
    # the table: STT | Chỉ tiêu | Đơn vị | Số liệu
    widths = [mm(12), 0.0, mm(22), mm(30)]
    widths[1] = w - sum(widths)
    xs = [sum(widths[:i]) for i in range(4)]
    pad = mm(1.0)
    pen = QPen()
    pen.setWidthF(mm(0.2))

    def row(cells: list[str], font: QFont, *, heading: bool = False) -> None:
        if heading:
            height = page.height_of(cells[1], font, w - 2 * pad) + 2 * pad
        else:
            height = max(page.height_of(c, font, widths[i] - 2 * pad)
                         for i, c in enumerate(cells)) + 2 * pad
        page.room(height)
        page.p.setPen(pen)
        if heading:
            page.p.drawRect(QRectF(0, page.y, w, height))
            page.text(cells[1], font, pad, w - 2 * pad, y=page.y + pad, height=height - 2 * pad)
        else:
            aligns = [center, Qt.AlignmentFlag.AlignLeft, center, Qt.AlignmentFlag.AlignRight]
            for i, cell in enumerate(cells):
                page.p.drawRect(QRectF(xs[i], page.y, widths[i], height))
                page.text(cell, font, xs[i] + pad, widths[i] - 2 * pad, y=page.y + pad,
                          height=height - 2 * pad, align=aligns[i])
        page.y += height

    row(list(t.TABLE_HEADERS), page.font(11, bold=True))
    for line in doc.lines:
        if line.heading:
            row(["", line.title, "", ""], page.font(10.5, bold=True), heading=True)
        else:
            row([line.number, line.title, line.unit, line.text], page.font(10.5))
    if doc.sections.shown:
        _draw_sections(page, doc)
    page.y += mm(5)
    notes = f"{t.NOTES_LABEL}: {view.notes or t.NO_DATA}"
    needed = page.height_of(notes, page.font(11), w)
    page.room(needed)
    page.y += page.text(notes, page.font(11), 0, w) + mm(6)
    # three signers
    page.room(mm(31))
    col = w / 3
    names = {"prepared_by": view.prepared_by, "checked_by": view.checked_by,
             "approved_by": view.approved_by}
    for i, (key, title) in enumerate(t.SIGNERS):
        x = i * col
        h = page.text(title, page.font(11, bold=True), x, col, align=center)
        hint = t.SIGN_HINT_HEAD if key == "approved_by" else t.SIGN_HINT
        page.text(hint, page.font(10, italic=True), x, col, y=page.y + h, align=center)
        page.text(names[key], page.font(11, bold=True), x, col, y=page.y + mm(24),
                  align=center)


def _table(page: _Page, headers: tuple[str, ...], widths: list[float], rows: list[list[str]],
           aligns: list[Qt.AlignmentFlag], size: float = 10.0) -> None:
    """A bordered table across the page; `widths` in mm, one of them 0 (takes the rest)."""
    total = page.width
    fixed = sum(mm(w) for w in widths if w)
    cols = [mm(w) if w else total - fixed for w in widths]
    xs = [sum(cols[:i]) for i in range(len(cols))]
    pad = mm(1.0)
    pen = QPen()
    pen.setWidthF(mm(0.2))

    def line(cells: list[str], font: QFont, align: list[Qt.AlignmentFlag],
             header: bool = False) -> None:
        height = max(page.height_of(c, font, cols[i] - 2 * pad)
                     for i, c in enumerate(cells)) + 2 * pad
        if page.room(height) and not header:  # the headers again on the new page
            line(list(headers), page.font(size, bold=True),
                 [Qt.AlignmentFlag.AlignHCenter] * len(cols), header=True)
        page.p.setPen(pen)
        for i, cell in enumerate(cells):
            page.p.drawRect(QRectF(xs[i], page.y, cols[i], height))
            page.text(cell, font, xs[i] + pad, cols[i] - 2 * pad, y=page.y + pad,
                      height=height - 2 * pad, align=align[i])
        page.y += height

    line(list(headers), page.font(size, bold=True), [Qt.AlignmentFlag.AlignHCenter] * len(cols),
         header=True)
    for cells in rows:
        line(cells, page.font(size), aligns)


def _heading(page: _Page, text: str) -> None:
    page.room(mm(14))
    page.y += mm(6)
    page.y += page.text(text, page.font(12, bold=True), 0, page.width,
                        align=Qt.AlignmentFlag.AlignHCenter) + mm(2)


def _draw_sections(page: _Page, doc: FormDocument) -> None:
    """Plan against actual, its evaluation, the Zalo OA and the team."""
    left, center, right = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter,
                           Qt.AlignmentFlag.AlignRight)
    sections = doc.sections
    _heading(page, t.PLAN_HEADING)
    if sections.plan:
        page.y += page.text(t.PLAN_CELL_HINT, page.font(9.5, italic=True), 0, page.width,
                            align=right) + mm(1)

        def pair(line: object, channel: str) -> str:
            actual, planned = line.actual[channel], line.planned[channel]  # type: ignore[attr-defined]
            return f"{t.format_number(actual, 0)} / {t.format_number(planned, 0)}"

        rows = []
        for line in sections.plan:
            zalo = pair(line, "zalo_articles")
            if line.actual["zalo_views"]:
                zalo += f"\n({t.format_number(line.actual['zalo_views'], 0)} lượt xem)"
            team = pair(line, "team_activities")
            if line.actual["people_reached"]:
                team += f"\n({t.format_number(line.actual['people_reached'], 0)} người)"
            rows.append([line.number, line.title, line.period_label, pair(line, "airings"),
                         pair(line, "board_days"), zalo, team])
        _table(page, t.PLAN_COLUMNS, [10, 0, 24, 22, 22, 24, 26], rows,
               [center, left, center, center, center, center, center], size=9.5)
    else:
        page.y += page.text(t.PLAN_NONE, page.font(10.5, italic=True), 0, page.width)
    _heading(page, t.EVALUATION_HEADING)
    rows = [[row.title, row.unit, t.format_number(row.planned, 0),
             t.format_number(row.actual, 0),
             (t.format_number(row.pct, 1) + " %") if row.pct is not None else t.NO_DATA,
             row.verdict] for row in sections.evaluation]
    _table(page, t.EVALUATION_COLUMNS, [0, 20, 22, 22, 18, 32], rows,
           [left, center, right, right, right, center], size=10)
    _heading(page, t.CHANNELS_HEADING)
    rows = [[line.title, line.unit, t.format_number(line.value, 0), line.note]
            for line in sections.channels]
    _table(page, t.CHANNELS_COLUMNS, [0, 22, 22, 48], rows, [left, center, right, left],
           size=10)


def export_report_pdf(ctx: StationContext, report_id: str, path: Path) -> None:
    doc = build_document(ctx, report_id)
    ensure_gui_app()
    family = font_family()
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setTitle(f"{t.TITLE} — {doc.period_title}")
        writer.setCreator("Commune Broadcast Console")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(20, 15, 15, 15),
                                         QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write a PDF to {path}")
        try:
            _draw(_Page(writer, painter, family), doc)
        finally:
            painter.end()
        del writer  # flushes and closes the file before the rename
