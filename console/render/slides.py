"""Text notices as board slides: "how it will look on the board".

Public boards show images, not text (Anthias has no text asset), so a notice is drawn
at the board's resolution with a Vietnamese-capable font, long text split over as many
slides as it needs. QImage and QPainter only: this runs in worker threads and in the
delivery layer as well as in the window (a QGuiApplication must exist).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QTextLayout,
    QTextOption,
)

log = logging.getLogger(__name__)

BOARD_SIZE = (1920, 1080)
MAX_PAGES = 30
# Families known to draw Vietnamese letters with their stacked marks well.
FONT_FAMILIES = ("Segoe UI", "Noto Sans", "Arial", "Roboto", "DejaVu Sans", "Liberation Sans",
                 "Tahoma")


@dataclass(frozen=True)
class SlideText:
    title: str
    body: str = ""
    priority: str = "normal"       # normal | priority | emergency: colours of the slide
    label: str = ""                # the band at the top, e.g. "THÔNG BÁO", "KHẨN CẤP"
    footer: str = ""               # e.g. who issued it and when


@dataclass(frozen=True)
class _Theme:
    background: str
    band: str
    band_text: str
    title: str
    text: str
    muted: str


THEMES = {
    "normal": _Theme("#0b2f57", "#0b5cad", "#ffffff", "#ffffff", "#eef3f8", "#b7c7d9"),
    "priority": _Theme("#3a2a00", "#b07800", "#ffffff", "#fff6dc", "#fff8e8", "#e8d3a0"),
    "emergency": _Theme("#5c0d08", "#b3261e", "#ffffff", "#ffffff", "#fff1f0", "#f3b9b4"),
}


def font_family() -> str | None:
    families = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in families:
            return family
    log.warning("no Vietnamese-capable font found for slides; using Qt's default")
    return None


def _font(pixels: float, bold: bool = False) -> QFont:
    family = font_family()
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass
class _Line:
    layout: QTextLayout
    index: int
    height: float
    gap_before: float


def _lines(text: str, font: QFont, width: float, spacing: float) -> list[_Line]:
    """Every wrapped line of `text` (paragraphs separated by blank lines)."""
    out: list[_Line] = []
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n")]
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    gap = 0.0
    for paragraph in paragraphs:
        if not paragraph:
            gap = spacing
            continue
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        first = True
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            out.append(_Line(layout, line.lineNumber(), line.height(),
                             gap if first and out else 0.0))
            first = False
        layout.endLayout()
        gap = spacing * 0.5
    return out


# Text is drawn one board at a time: two delivery lanes drawing slides at once crashed the
# process inside Qt's font machinery (a CI run's segmentation fault in render_slides).
_DRAWING = threading.Lock()


def render_slides(text: SlideText, size: tuple[int, int] = BOARD_SIZE, *,
                  max_pages: int = MAX_PAGES) -> list[QImage]:
    """The slides of a notice, in order; at least one (a title alone is one slide)."""
    with _DRAWING:
        return _render_slides(text, size, max_pages)


def _render_slides(text: SlideText, size: tuple[int, int], max_pages: int) -> list[QImage]:
    width, height = size
    theme = THEMES.get(text.priority, THEMES["normal"])
    unit = height / 1080
    margin = 90 * unit
    band_h = 110 * unit
    footer_h = 80 * unit
    content_w = width - 2 * margin
    title_font = _font(70 * unit, bold=True)
    body_font = _font(50 * unit)
    band_font = _font(46 * unit, bold=True)
    footer_font = _font(30 * unit)
    body_top = band_h + 50 * unit
    body_bottom = height - footer_h - 30 * unit

    title_lines = _lines(text.title, title_font, content_w, 0)[:4]
    title_h = sum(line.height for line in title_lines) + (40 * unit if title_lines else 0)
    body_lines = _lines(text.body, body_font, content_w, 28 * unit)

    # Split the body over pages: the first page also holds the title.
    pages: list[list[_Line]] = [[]]
    room = body_bottom - body_top - title_h
    for line in body_lines:
        need = line.height + (line.gap_before if pages[-1] else 0)
        if need > room and pages[-1]:
            if len(pages) >= max_pages:
                break
            pages.append([])
            room = body_bottom - body_top
            need = line.height
        pages[-1].append(line)
        room -= need

    images = []
    for number, page in enumerate(pages, start=1):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(theme.background))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, band_h), QColor(theme.band))
        painter.setFont(band_font)
        painter.setPen(QColor(theme.band_text))
        label = text.label or ""
        painter.drawText(QRectF(margin, 0, content_w, band_h),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         QFontMetricsF(band_font).elidedText(
                             label, Qt.TextElideMode.ElideRight, content_w * 0.75))
        y = body_top
        if number == 1:
            painter.setPen(QColor(theme.title))
            for line in title_lines:
                text_line = line.layout.lineAt(line.index)
                text_line.draw(painter, QPointF(margin, y - text_line.y()))
                y += line.height
            y += 40 * unit if title_lines else 0
        painter.setPen(QColor(theme.text))
        for n, line in enumerate(page):
            if n:
                y += line.gap_before
            text_line = line.layout.lineAt(line.index)
            text_line.draw(painter, QPointF(margin, y - text_line.y()))
            y += line.height
        painter.setFont(footer_font)
        painter.setPen(QColor(theme.muted))
        footer_rect = QRectF(margin, height - footer_h, content_w, footer_h - 20 * unit)
        if text.footer:
            painter.drawText(footer_rect,
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             QFontMetricsF(footer_font).elidedText(
                                 text.footer, Qt.TextElideMode.ElideRight, content_w * 0.7))
        if len(pages) > 1:
            painter.drawText(footer_rect,
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             QCoreApplication.translate("Slides", "Page {n} of {total}").format(
                                 n=number, total=len(pages)))
        painter.end()
        images.append(image)
    return images


def fit_image(image: QImage, size: tuple[int, int] = BOARD_SIZE,
              background: str = "#000000") -> QImage:
    """A picture as a board shows it: scaled to fit, centred, bars around it."""
    width, height = size
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor(background))
    if image.isNull():
        return out
    scaled = image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(out)
    painter.drawImage((width - scaled.width()) // 2, (height - scaled.height()) // 2, scaled)
    painter.end()
    return out
