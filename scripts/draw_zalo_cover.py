"""Draw the default cover of the commune's Zalo articles (console/assets/zalo/cover.jpg).

    QT_QPA_PLATFORM=offscreen python scripts/draw_zalo_cover.py

Used for a bulletin that has no picture of its own: the console's loudspeaker on its blue,
with no words, so it suits every commune.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

OUT = Path(__file__).resolve().parent.parent / "console" / "assets" / "zalo" / "cover.jpg"
WIDTH, HEIGHT = 1280, 720


def draw() -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(WIDTH, HEIGHT))
    gradient.setColorAt(0.0, QColor("#0b5cad"))
    gradient.setColorAt(1.0, QColor("#083f78"))
    painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), gradient)
    s, cx, cy = 2.6, WIDTH / 2 - 40, HEIGHT / 2
    horn = QPainterPath()
    for i, (x, y) in enumerate([(-68, -24), (-32, -24), (22, -64), (22, 64), (-32, 24),
                                (-68, 24)]):
        (horn.lineTo if i else horn.moveTo)(cx + x * s, cy + y * s)
    horn.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawPath(horn)
    pen = QPen(QColor("white"))
    pen.setWidthF(14 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (40, 70):
        painter.drawArc(QRectF(cx + (22 - radius) * s, cy - radius * s, 2 * radius * s,
                               2 * radius * s), -50 * 16, 100 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e03131"))
    painter.drawEllipse(QPointF(cx + 110 * s, cy - 70 * s), 12 * s, 12 * s)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(OUT), "JPG", 85):
        raise SystemExit(f"could not write {OUT}")
    print(OUT, OUT.stat().st_size, "bytes")
    del app


if __name__ == "__main__":
    main()
