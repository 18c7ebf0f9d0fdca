"""A picture in the library, looked at closely: the operator opens an image bulletin (a
poster for the notice board) and reads its small print with the zoom buttons (−, +, 100%,
Vừa khung) and with Ctrl + wheel over the picture; the line beside the buttons says the
zoom and the picture's size each time. Only widgets are driven."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from console.media.store import MediaStore
from console.models import ItemFile, MediaBlob, SourceItem
from console.models.enums import MediaState
from console.ui.library.image_view import ZOOM_STEP
from console.ui.pages.library import LibraryPage

from .conftest import ADMIN, Scene, click_page, type_text
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def an_image(scene: Scene) -> tuple[str, str]:
    """(id, title) of an image item whose picture is on this computer."""
    with scene.ctx.db.read() as session:
        row = session.execute(
            select(SourceItem.id, SourceItem.title)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(SourceItem.kind == "image", SourceItem.withdrawn.is_(False),
                   ItemFile.role == "main", MediaBlob.state == MediaState.READY)
            .order_by(SourceItem.id)).first()
    assert row is not None, "the synced catalogue has no image with its file"
    return row[0], row[1]


def open_in_library(qtbot, window, item_id: str, title: str) -> LibraryPage:  # type: ignore[no-untyped-def]
    """Thư viện, the item found by the first words of its title and clicked in the list."""
    page = click_page(qtbot, window, "library")
    assert isinstance(page, LibraryPage)
    wait_idle(qtbot, window)
    type_text(page.search_edit, " ".join(title.split()[:6]))
    model = page.model
    qtbot.waitUntil(lambda: not model.loading and model.row_of(item_id) >= 0, timeout=WAIT)
    rect = page.table.visualRect(model.index(model.row_of(item_id), 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return page


def ctrl_wheel(view, steps: int) -> None:  # type: ignore[no-untyped-def]
    """Turn the wheel over the middle of the picture with Ctrl held (+ away, − toward)."""
    viewport = view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(viewport, event)


def test_the_operator_zooms_into_a_poster(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    item_id, title = an_image(scene)
    window = open_window(ADMIN)
    page = open_in_library(qtbot, window, item_id, title)

    image = page.preview.image
    qtbot.waitUntil(lambda: image.isVisible() and image.view.has_image(), timeout=WAIT)
    size = image.view.item.pixmap().size()
    dims = f"{size.width()}×{size.height()}"
    assert image.fit_button.text() == "Vừa khung"

    def shown() -> tuple[int, str]:
        percent, _dot, rest = image.zoom_label.text().partition("% · ")
        return int(percent), rest

    fitted, rest = shown()
    assert rest == dims and fitted == round(image.view.zoom * 100)

    qtbot.mouseClick(image.actual_button, Qt.MouseButton.LeftButton)
    assert shown() == (100, dims)
    qtbot.mouseClick(image.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(image.zoom_in_button, Qt.MouseButton.LeftButton)
    assert shown() == (round(100 * ZOOM_STEP ** 2), dims)
    qtbot.mouseClick(image.zoom_out_button, Qt.MouseButton.LeftButton)
    assert shown() == (round(100 * ZOOM_STEP), dims)

    ctrl_wheel(image.view, 1)  # Ctrl + wheel: the line follows too
    assert shown() == (round(100 * ZOOM_STEP ** 2), dims)
    ctrl_wheel(image.view, -1)
    ctrl_wheel(image.view, -1)
    assert shown() == (100, dims)

    qtbot.mouseClick(image.fit_button, Qt.MouseButton.LeftButton)
    assert shown() == (fitted, dims)
    wait_idle(qtbot, window)


def test_a_picture_this_computer_cannot_open_is_said(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """A phone's HEIC photo (or a file damaged on disk) showed an empty grey panel, the
    reason only in the log. Now the panel says why, and the zoom buttons rest."""
    item_id, title = an_image(scene)
    with scene.ctx.db.read() as session:
        sha = session.scalar(select(ItemFile.sha256).where(ItemFile.item_id == item_id,
                                                           ItemFile.role == "main"))
    picture = MediaStore(scene.ctx.paths.media).path(sha)
    picture.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64))
    window = open_window(ADMIN)
    page = open_in_library(qtbot, window, item_id, title)

    image = page.preview.image
    qtbot.waitUntil(lambda: image.message.isVisible(), timeout=WAIT)
    assert image.message.text() == (
        "Không hiển thị được ảnh: máy này không mở được ảnh ở định dạng này.")
    assert not image.view.isVisible() and not image.zoom_in_button.isEnabled()
