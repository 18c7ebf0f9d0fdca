"""Larger text for older eyes (Cài đặt › Chung › Cỡ chữ), at 1366x768: an operator presses
“To hơn” four times (140 %), and in the programme editor, with a programme open, every
button still shows its whole words (the rows wrap, and the editor scrolls rather than
squeezing them) and can be scrolled to and clicked; so do the buttons of the library, the
devices and the schedule. “Cỡ bình thường” brings the usual size back, and the choice is
kept in the station's settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from console.settings import UI_FONT_SCALE
from console.ui import theme
from console.ui.pages.programmes import ProgrammesPage

from .conftest import ADMIN, Scene, click_page, click_settings_section, shoot
from .week_steps import WAIT, create_programme, tomorrow_at, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


@pytest.fixture(autouse=True)
def usual_size_after(qapp: QApplication) -> Iterator[None]:
    """The look is the application's: the next test starts at the usual size."""
    yield
    theme.apply_look(qapp, 1.0)


def saved_scale(scene: Scene) -> float:
    return float(scene.ctx.settings.get(UI_FONT_SCALE))


def cut_buttons(root: QWidget) -> list[str]:
    """Buttons under `root` narrower or lower than their text needs, or outside their row."""
    cut = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        hint, rect = button.sizeHint(), button.geometry()
        if (rect.width() < hint.width() or rect.height() < hint.height()
                or not button.parentWidget().rect().contains(rect)):
            cut.append(button.text())
    return cut


def test_larger_text_keeps_the_editor_readable(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    general = click_settings_section(qtbot, window, "general")
    assert general.size_value.text() == "100 %"
    nav_before = window.nav.width()
    for _ in range(4):
        qtbot.mouseClick(general.larger_button, Qt.MouseButton.LeftButton)
    assert general.size_value.text() == "140 %"
    qtbot.waitUntil(lambda: window.nav.width() > nav_before, timeout=WAIT)  # restyled
    qtbot.waitUntil(lambda: saved_scale(scene) == pytest.approx(1.4), timeout=WAIT)

    page = click_page(qtbot, window, "programmes")
    assert isinstance(page, ProgrammesPage)
    wait_idle(qtbot, window)
    create_programme(qtbot, page, "Bản tin chiều chữ to", tomorrow_at(17))
    wait_idle(qtbot, window)
    QApplication.processEvents()
    shoot(window, "programme-editor-large-text-vi")
    assert cut_buttons(page.detail_area.widget()) == []
    # The editor is taller than the window now: its last row is scrolled to and works.
    area = page.detail_area
    assert area.verticalScrollBar().maximum() > 0
    area.ensureWidgetVisible(page.check_button)
    QApplication.processEvents()
    assert area.viewport().rect().contains(
        page.check_button.mapTo(area.viewport(), page.check_button.rect().center()))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problems_area.isVisible(), timeout=WAIT)

    for key in ("library", "devices", "schedule"):
        other = click_page(qtbot, window, key)
        wait_idle(qtbot, window)
        QApplication.processEvents()
        assert cut_buttons(other) == [], key

    general = click_settings_section(qtbot, window, "general")
    qtbot.mouseClick(general.reset_size_button, Qt.MouseButton.LeftButton)
    assert general.size_value.text() == "100 %"
    qtbot.waitUntil(lambda: window.nav.width() == nav_before, timeout=WAIT)
    qtbot.waitUntil(lambda: saved_scale(scene) == 1.0, timeout=WAIT)
    page = click_page(qtbot, window, "programmes")
    QApplication.processEvents()
    assert cut_buttons(page.detail_area.widget()) == []
    # At the usual size the editor fits the window, as before.
    assert page.detail_area.verticalScrollBar().maximum() == 0
