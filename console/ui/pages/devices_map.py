"""A simple map of the commune's devices from their coordinates: no tiles, no internet.

Equirectangular projection (longitude scaled by cos(latitude)) fitted to the bounding box
of the points; clusters are circles, boards squares, coloured by state; each village's
name is written once beside its devices where there is room. Hover for details; a click
selects the device.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...services.device_overview import TargetRow
from .devices_model import STATE_COLOURS, kind_label, state_label

MARGIN = 34.0
RADIUS = 7.0
MIN_SPAN_DEG = 0.004  # about 400 m: a single device still gets a sensible frame
HIT_PX = 12.0
LEGEND_STATES = ("online", "playing", "offline", "fault")


def project(points: dict[str, tuple[float, float]], width: float, height: float,
            margin: float = MARGIN) -> dict[str, QPointF]:
    """(lat, lon) per id → widget coordinates, north up, aspect kept, centred."""
    if not points:
        return {}
    lats = [lat for lat, _ in points.values()]
    lons = [lon for _, lon in points.values()]
    mid = math.radians((min(lats) + max(lats)) / 2)
    k = max(math.cos(mid), 0.01)
    span_x = max((max(lons) - min(lons)) * k, MIN_SPAN_DEG)
    span_y = max(max(lats) - min(lats), MIN_SPAN_DEG)
    cx, cy = (max(lons) + min(lons)) / 2 * k, (max(lats) + min(lats)) / 2
    scale = min(max(width - 2 * margin, 1.0) / span_x, max(height - 2 * margin, 1.0) / span_y)
    return {ident: QPointF(width / 2 + (lon * k - cx) * scale, height / 2 - (lat - cy) * scale)
            for ident, (lat, lon) in points.items()}


class DevicesMap(QWidget):
    target_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesMap")
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rows: list[TargetRow] = []
        self._selected: set[str] = set()
        self.village_labels: dict[str, QRectF] = {}  # where each village's name was written
        self.setAccessibleName(QCoreApplication.translate("Devices", "Map of the devices"))

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def set_rows(self, rows: list[TargetRow]) -> None:
        self._rows = list(rows)
        self.update()

    def set_selected(self, ids: set[str]) -> None:
        self._selected = set(ids)
        self.update()

    def placed(self) -> list[TargetRow]:
        return [r for r in self._rows if r.latitude is not None and r.longitude is not None]

    def positions(self) -> dict[str, QPointF]:
        """Where each device with coordinates is drawn, in widget coordinates."""
        return project({r.id: (float(r.latitude), float(r.longitude))  # type: ignore[arg-type]
                        for r in self.placed()}, self.width(),
                       self.height() - (self._legend_height() - 24.0))  # a wrapped legend

    def target_at(self, point: QPointF) -> str | None:
        best, best_d = None, HIT_PX
        for ident, pos in self.positions().items():
            d = math.hypot(pos.x() - point.x(), pos.y() - point.y())
            if d <= best_d:
                best, best_d = ident, d
        return best

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#eef3ea"))
        painter.setPen(QPen(QColor("#c9d1da"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        positions = self.positions()
        if not positions:
            painter.setPen(QColor("#4a5663"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate(
                                 "Devices", "No device has coordinates in the list."))
            return
        rows = {r.id: r for r in self.placed()}
        self._paint_village_names(painter, rows, positions)
        for ident, pos in positions.items():
            row = rows[ident]
            colour = QColor(STATE_COLOURS.get(row.status, "#6b7785"))
            painter.setBrush(colour)
            selected = ident in self._selected
            painter.setPen(QPen(QColor("#16202a") if selected else QColor("white"),
                                3 if selected else 1.5))
            box = QRectF(pos.x() - RADIUS, pos.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)
            if row.is_board:
                painter.drawRect(box)
            else:
                painter.drawEllipse(box)
        self._paint_legend(painter)

    def _paint_village_names(self, painter: QPainter, rows: dict[str, TargetRow],
                             positions: dict[str, QPointF]) -> None:
        """Each village's name once, beside one of its devices (the highest first), where
        it covers no other name or device; a crowded one goes without (the tooltips say).
        Written beside every device, a hamlet's two clusters showed its name twice."""
        label_font = QFont(self.font())
        label_font.setPointSizeF(max(label_font.pointSizeF() * 0.85, 7.0))
        painter.setFont(label_font)
        painter.setPen(QColor("#4a5663"))
        metrics = painter.fontMetrics()
        dots = [QRectF(p.x() - RADIUS, p.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)
                for p in positions.values()]
        bounds = QRectF(self.rect()).adjusted(2, 2, -2, -self._legend_height())  # legend below
        villages: dict[str, list[QPointF]] = {}
        for ident, pos in positions.items():
            if rows[ident].village:
                villages.setdefault(rows[ident].village, []).append(pos)
        self.village_labels = {}
        for village, points in sorted(villages.items(),
                                      key=lambda kv: min((p.y(), p.x()) for p in kv[1])):
            w, h = metrics.horizontalAdvance(village) + 2, metrics.height()
            places = (QRectF(x, y, w, h) for pos in sorted(points, key=lambda p: (p.y(), p.x()))
                      for x, y in ((pos.x() + RADIUS + 3, pos.y() - h / 2),
                                   (pos.x() - RADIUS - 3 - w, pos.y() - h / 2),
                                   (pos.x() - w / 2, pos.y() - RADIUS - 2 - h),
                                   (pos.x() - w / 2, pos.y() + RADIUS + 2)))
            taken = list(self.village_labels.values())
            box = next((b for b in places if bounds.contains(b)
                        and not any(b.intersects(o) for o in taken)
                        and not any(b.intersects(d) for d in dots)), None)
            if box is not None:
                self.village_labels[village] = box
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, village)

    def _legend(self) -> list[tuple[str, float, int]]:
        """Where each state of the legend goes: (state, x, line); a narrow map wraps it."""
        metrics = QFontMetrics(self.font())
        placed, x, line = [], 8.0, 0
        for state in LEGEND_STATES:
            width = 13 + metrics.horizontalAdvance(state_label(state))
            if x > 8.0 and x + width > self.width() - 4:
                x, line = 8.0, line + 1
            placed.append((state, x, line))
            x += width + 14
        return placed

    def _legend_height(self) -> float:
        lines = 1 + max(line for _state, _x, line in self._legend())
        return 24.0 + (lines - 1) * QFontMetrics(self.font()).lineSpacing()

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        placed = self._legend()
        last = max(line for _state, _x, line in placed)
        spacing = painter.fontMetrics().lineSpacing()
        for state, x, line in placed:
            y = self.height() - 8.0 - (last - line) * spacing
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATE_COLOURS[state]))
            painter.drawEllipse(QRectF(x, y - 10, 9, 9))
            painter.setPen(QColor("#16202a"))
            painter.drawText(QPointF(x + 13, y), state_label(state))

    # -- interaction ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            ident = self.target_at(QPointF(event.pos()))
            row = next((r for r in self._rows if r.id == ident), None)
            if row is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            return True
        return super().event(event)

    @staticmethod
    def tooltip_text(row: TargetRow) -> str:
        lines = [row.name, f"{kind_label(row.kind)} · {row.village}", state_label(row.status)]
        if row.volume is not None:
            lines.append(QCoreApplication.translate("Devices", "Volume {volume}/10").format(
                volume=row.volume))
        if row.now_playing:
            lines.append(QCoreApplication.translate("Devices", "Playing: {title}").format(
                title=row.now_playing))
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        ident = self.target_at(event.position())
        if ident is not None and event.button() == Qt.MouseButton.LeftButton:
            self.target_clicked.emit(ident)
        super().mousePressEvent(event)
