"""How the main window opens: as it was left at the last close (maximised, or its size), else
maximised on a small screen and a comfortable centred size on a larger one. Kept as the text
of settings.UI_WINDOW: "maximized" or WIDTHxHEIGHT. The size only, not the place: a station's
PCs may share the setting and their screens differ, and a size that no longer fits the
screen (another monitor) opens maximised rather than hanging off its edge."""

from __future__ import annotations

from dataclasses import dataclass

MAXIMIZED = "maximized"
SCREEN_MARGIN = 80  # what a title bar and a taskbar take around a window that "fits"


@dataclass(frozen=True)
class WindowPlan:
    maximized: bool
    width: int = 0
    height: int = 0


def fits(width: int, height: int, available: tuple[int, int]) -> bool:
    return width + SCREEN_MARGIN <= available[0] and height + SCREEN_MARGIN <= available[1]


def window_plan(saved: str, available: tuple[int, int], default: tuple[int, int],
                minimum: tuple[int, int]) -> WindowPlan:
    """`saved` (the setting's text, possibly edited by hand) on a screen of `available`
    pixels; what makes no sense is taken as nothing saved."""
    text = saved.strip().lower()
    if text == MAXIMIZED:
        return WindowPlan(True)
    width, sep, height = text.partition("x")
    if sep and width.isdigit() and height.isdigit():
        size = int(width), int(height)
        if size[0] >= minimum[0] and size[1] >= minimum[1]:
            return WindowPlan(False, *size) if fits(*size, available) else WindowPlan(True)
    if not fits(*default, available):
        return WindowPlan(True)
    return WindowPlan(False, *default)


def window_text(maximized: bool, width: int, height: int) -> str:
    return MAXIMIZED if maximized else f"{width}x{height}"
