"""How the window opens from what was saved at its last close, on screens of other sizes,
and from a setting edited by hand."""

from __future__ import annotations

import pytest

from console.ui.window_size import WindowPlan, window_plan, window_text

DEFAULT, MINIMUM = (1280, 720), (900, 560)
LAPTOP = (1366, 728)    # 1366x768 less the taskbar
DESKTOP = (1920, 1040)  # 1920x1080 less the taskbar


@pytest.mark.parametrize(("saved", "screen", "plan"), [
    ("", LAPTOP, WindowPlan(True)),                       # first start, small screen
    ("", DESKTOP, WindowPlan(False, 1280, 720)),          # first start, large screen
    ("maximized", DESKTOP, WindowPlan(True)),
    (" Maximized ", LAPTOP, WindowPlan(True)),
    ("1500x900", DESKTOP, WindowPlan(False, 1500, 900)),  # as it was left
    ("1500x900", LAPTOP, WindowPlan(True)),               # another, smaller monitor
    ("1000x600", LAPTOP, WindowPlan(False, 1000, 600)),
    ("800x400", DESKTOP, WindowPlan(False, 1280, 720)),   # under the minimum: as new
    ("abc", DESKTOP, WindowPlan(False, 1280, 720)),
    ("1500x", LAPTOP, WindowPlan(True)),
    ("-1500x900", DESKTOP, WindowPlan(False, 1280, 720)),
    ("1500x900x2", DESKTOP, WindowPlan(False, 1280, 720)),
])
def test_the_window_opens_as_it_was_left_when_it_fits(
        saved: str, screen: tuple[int, int], plan: WindowPlan) -> None:
    assert window_plan(saved, screen, DEFAULT, MINIMUM) == plan


def test_what_is_saved() -> None:
    assert window_text(True, 1366, 768) == "maximized"
    assert window_text(False, 1100, 700) == "1100x700"
    assert window_plan(window_text(False, 1100, 700), DESKTOP, DEFAULT, MINIMUM) == \
        WindowPlan(False, 1100, 700)
