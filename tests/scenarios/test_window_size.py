"""The window is maximised and closed; the console opens it maximised at the next start.
Brought back to its normal size and closed, that size is what is kept. The decision for
screens of other sizes: tests/ui/test_window_size.py."""

from __future__ import annotations

from console.settings import UI_WINDOW, Settings

from .conftest import ADMIN, Scene
from .week_steps import WAIT


def saved(scene: Scene) -> str:
    return str(Settings(scene.ctx.db).get(UI_WINDOW))


def test_the_window_opens_as_it_was_closed(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    window.showMaximized()   # the title bar's button
    qtbot.waitUntil(window.isMaximized, timeout=WAIT)
    window.close()           # and its ✕
    qtbot.waitUntil(lambda: not window.prefs.saving and saved(scene) == "maximized",
                    timeout=WAIT)

    window = open_window(ADMIN)
    window.showNormal()
    window.show_for_screen()  # how the console shows it at a start
    qtbot.waitUntil(window.isMaximized, timeout=WAIT)

    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized(), timeout=WAIT)
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1200, 700), timeout=WAIT)
    window.close()
    qtbot.waitUntil(lambda: not window.prefs.saving and saved(scene) == "1200x700",
                    timeout=WAIT)
