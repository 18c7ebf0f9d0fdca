"""The look: a calm, high-contrast light theme with large targets, scaled by one font factor.

Everything size-related in the style sheet is in `em` or derived from the base point size,
so changing `UI_FONT_SCALE` grows text, padding and click targets together.
"""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 11.0       # at scale 1.0; larger than Qt's default, for older eyes
MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.8, 2.0, 0.1

# Fonts known to draw every Vietnamese letter with its stacked diacritics.
_WINDOWS_FONTS = ("Segoe UI", "Arial", "Tahoma")
_OTHER_FONTS = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")


class Colors:
    WINDOW = "#f3f5f7"
    SURFACE = "#ffffff"
    BORDER = "#c9d1da"
    TEXT = "#16202a"
    MUTED = "#4a5663"
    ACCENT = "#0b5cad"
    ACCENT_SOFT = "#dbe8f6"
    NAV = "#e6ebf0"
    EMERGENCY = "#b3261e"
    EMERGENCY_SOFT = "#fbe4e2"
    OK = "#1b7a3a"
    WARN = "#8a5a00"
    WARN_SOFT = "#fff3d6"
    DEMO = "#8a4b00"


def clamp_scale(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, float(scale))), 2)


def ui_font_family() -> str | None:
    """The first installed font that renders Vietnamese well, or None for Qt's default."""
    families = set(QFontDatabase.families())
    preferred = _WINDOWS_FONTS if sys.platform == "win32" else _OTHER_FONTS
    for family in preferred:
        if family in families:
            return family
    log.warning("none of %s is installed; Vietnamese may render poorly", ", ".join(preferred))
    return None


def _palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, Colors.WINDOW), (role.WindowText, Colors.TEXT),
        (role.Base, Colors.SURFACE), (role.AlternateBase, "#eef2f6"),
        (role.Text, Colors.TEXT), (role.Button, "#e9edf2"), (role.ButtonText, Colors.TEXT),
        (role.Highlight, Colors.ACCENT), (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#ffffe8"), (role.ToolTipText, Colors.TEXT),
        (role.PlaceholderText, "#6b7785"), (role.Link, Colors.ACCENT),
    ):
        palette.setColor(r, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, r, QColor("#8a949e"))
    return palette


def style_sheet(point_size: float, family: str | None) -> str:
    family_rule = f'font-family: "{family}";' if family else ""
    c = Colors
    return f"""
QWidget {{ {family_rule} font-size: {point_size:.1f}pt; color: {c.TEXT}; }}
QMainWindow, QDialog {{ background: {c.WINDOW}; }}
QLabel[textRole="title"] {{ font-size: {point_size * 1.6:.1f}pt; font-weight: 600; }}
QLabel[textRole="subtitle"] {{ font-size: {point_size * 1.15:.1f}pt; font-weight: 600; }}
QLabel[textRole="muted"] {{ color: {c.MUTED}; }}
QLabel[textRole="big"] {{ font-size: {point_size * 2.2:.1f}pt; font-weight: 600; }}
QLabel[textRole="error"] {{ color: {c.EMERGENCY}; font-weight: 600; }}
QLabel[textRole="notice"] {{ background: {c.WARN_SOFT}; color: {c.WARN};
    border: 1px solid #e0c27a; border-radius: 6px; padding: 0.5em 0.8em; }}
QWidget#sidePanel {{ background: {c.NAV}; border-right: 1px solid {c.BORDER}; }}
QLabel[textRole="stationName"] {{ color: {c.ACCENT}; font-weight: 700;
    font-size: {point_size * 1.05:.1f}pt; padding: 0.8em 0.9em 0.4em 0.9em; }}
QLabel#demoBanner {{ background: {c.DEMO}; color: white; font-weight: 700;
    padding: 0.35em 0.8em; }}
QFrame[frameRole="card"] {{ background: {c.SURFACE}; border: 1px solid {c.BORDER};
    border-radius: 8px; }}
QFrame[frameRole="card"] QLabel {{ background: transparent; border: none; }}
QFrame[frameRole="emergencyBanner"] {{ background: {c.EMERGENCY}; border-radius: 8px; }}
QFrame[frameRole="emergencyBanner"] QLabel {{ color: white; background: transparent; }}
QFrame#emergencyBanner {{ background: {c.EMERGENCY}; border-bottom: 3px solid #7a1812; }}
QFrame#emergencyBanner QLabel {{ color: white; background: transparent; font-weight: 700;
    font-size: {point_size * 1.3:.1f}pt; }}
QPushButton[buttonRole="onEmergency"] {{ background: white; color: {c.EMERGENCY};
    border: 2px solid white; }}
QPushButton[buttonRole="onEmergency"]:hover {{ background: {c.EMERGENCY_SOFT}; }}
QProgressBar {{ border: 1px solid {c.BORDER}; border-radius: 5px; background: {c.SURFACE};
    text-align: center; min-height: 1.3em; }}
QProgressBar::chunk {{ background: {c.ACCENT}; border-radius: 4px; }}
QScrollArea, QScrollArea > QWidget > QWidget#pageViewport {{ background: transparent;
    border: none; }}
QPushButton {{ background: #e9edf2; border: 1px solid #a9b4bf; border-radius: 6px;
    padding: 0.45em 1.1em; min-height: 1.6em; font-weight: 600; }}
QPushButton[buttonRole="compact"] {{ padding: 0.2em 0.8em; min-height: 1.3em; }}
QToolButton[popupMode="2"] {{ padding: 0.2em 1.6em 0.2em 0.6em; }}
QToolButton[popupMode="2"]::menu-indicator {{ subcontrol-origin: border;
    subcontrol-position: center right; right: 0.5em; }}
QPushButton[buttonRole="tight"] {{ padding: 0.2em 0.45em; min-height: 1.3em; }}
QPushButton[buttonRole="inline"] {{ padding: 0.05em 0.8em; min-height: 1.2em; }}
QPushButton:hover {{ background: {c.ACCENT_SOFT}; border-color: {c.ACCENT}; }}
QPushButton:focus {{ border: 2px solid {c.ACCENT}; }}
QPushButton:default, QPushButton[buttonRole="primary"] {{ background: {c.ACCENT};
    color: white; border-color: {c.ACCENT}; }}
QPushButton:default:hover, QPushButton[buttonRole="primary"]:hover {{ background: #094c8f; }}
QPushButton:disabled {{ background: #eef1f4; color: #8a949e; border-color: #d0d6dc; }}
QLineEdit {{ background: {c.SURFACE};
    border: 1px solid #9aa6b2; border-radius: 5px; padding: 0.35em 0.5em; min-height: 1.5em; }}
QAbstractSpinBox {{ min-height: 1.9em; }}
QComboBox {{ min-height: 1.6em; padding: 0.25em 0.5em; }}
QLineEdit:focus {{ border: 2px solid {c.ACCENT}; }}
QGroupBox {{ background: {c.SURFACE}; border: 1px solid {c.BORDER}; border-radius: 8px;
    margin-top: 1.4em; padding: 0.7em 0.8em 0.6em 0.8em; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0.8em; padding: 0 0.3em; }}
QGroupBox QLabel, QGroupBox QCheckBox {{ font-weight: normal; }}
QListWidget#navigation {{ background: {c.NAV}; border: none; outline: 0; }}
QStatusBar {{ background: {c.SURFACE}; border-top: 1px solid {c.BORDER}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ padding: 0.2em 0.7em; }}
QToolTip {{ color: {c.TEXT}; background: #ffffe8; border: 1px solid #b8b08a; }}
"""


def apply_look(app: QApplication, scale: float = 1.0) -> float:
    """Fusion style, light palette, Vietnamese-capable font at `scale`; returns the scale used."""
    scale = clamp_scale(scale)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")   # the same calm look on every Windows version
    app.setPalette(_palette())
    family = ui_font_family()
    font = QFont(family) if family else QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    # setFont walks every widget; a window dropped earlier and collected by the garbage
    # collector in the middle of that walk crashed the process. Collect it first.
    gc.collect()
    app.setFont(font)
    # With a style sheet, fonts come from the sheet; app.setFont above covers the rest.
    app.setStyleSheet(style_sheet(BASE_POINT_SIZE * scale, family))
    return scale
