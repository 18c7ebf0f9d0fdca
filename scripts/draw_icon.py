"""Draw the application icon (assets/icon.png and assets/icon.ico) with Qt.

    QT_QPA_PLATFORM=offscreen python scripts/draw_icon.py

A loudspeaker with sound waves on the console's blue, and a red dot: the station is live.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    painter.setBrush(QColor("#0b5cad"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    horn = QPainterPath()
    for i, (x, y) in enumerate([(60, 104), (96, 104), (150, 64), (150, 192), (96, 152),
                                (60, 152)]):
        (horn.lineTo if i else horn.moveTo)(x * s, y * s)
    horn.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(horn)
    pen = QPen(QColor("white"))
    pen.setWidthF(14 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (40, 70):
        painter.drawArc(QRectF((150 - radius) * s, (128 - radius) * s, 2 * radius * s,
                               2 * radius * s), -45 * 16, 90 * 16)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(200 * s, 56 * s), 22 * s, 22 * s)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication([])
    image = draw(256)
    image.save(str(ASSETS / "icon.png"))
    image.save(str(ASSETS / "icon.ico"))


if __name__ == "__main__":
    main()
