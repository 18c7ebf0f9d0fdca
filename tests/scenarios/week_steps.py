"""Steps the programme-week scenarios share: choosing items to drag, opening a programme
from a template, dragging from the library panel, pressing a dialog's OK."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from console.models import ItemFile, MediaBlob, SourceItem
from console.models.enums import MediaState, Role
from console.services.permissions import Actor
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs.entry_dialog import EntryDialog
from console.ui.main_window import MainWindow
from console.ui.pages.programmes import ProgrammesPage

from .conftest import Scene, type_text

EDITOR = Actor("bientap", Role.EDITOR, "Nguyễn Thị Hoa")
WAIT = 30_000


def next_monday() -> dt.date:
    today = station_now().date()
    return today + dt.timedelta(days=7 - today.weekday())


def long_lived_audio(scene: Scene, count: int, until: dt.datetime) -> list[tuple[str, str]]:
    """(id, title) of cached audio items valid past `until` (read, to choose what to drag)."""
    with scene.ctx.db.read() as session:
        rows = session.execute(
            select(SourceItem.id, SourceItem.title, SourceItem.valid_from,
                   SourceItem.valid_until)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(SourceItem.kind == "audio", SourceItem.withdrawn.is_(False),
                   SourceItem.local.is_(False), ItemFile.role == "main",
                   MediaBlob.state == MediaState.READY)
            .order_by(SourceItem.id)).all()
    now = station_now()
    chosen = [(i, t) for i, t, vf, vu in rows
              if (vf is None or vf <= now) and (vu is None or vu > until)]
    assert len(chosen) >= count, "the synced catalogue has too few long-lived audio items"
    return chosen[:count]


def wait_idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.tasks.pending_count == 0, timeout=WAIT)


def programmes_page(window: MainWindow) -> ProgrammesPage:
    page = window.show_page("programmes")
    assert isinstance(page, ProgrammesPage)
    return page


def from_template(qtbot, window: MainWindow, name: str) -> int:  # type: ignore[no-untyped-def]
    page = programmes_page(window)
    wait_idle(qtbot, window)
    page.template_menu.aboutToShow.emit()  # the menu fills itself as it opens
    qtbot.waitUntil(lambda: any(a.text() == name for a in page.template_menu.actions()),
                    timeout=WAIT)
    before = {r.id for r in page._rows}
    next(a for a in page.template_menu.actions() if a.text() == name).trigger()
    qtbot.waitUntil(lambda: page._selected is not None and page._selected not in before
                    and len(page._entries) == 2, timeout=WAIT)
    return page._selected  # type: ignore[return-value]


def create_programme(qtbot, page: ProgrammesPage, name: str,  # type: ignore[no-untyped-def]
                     airs: dt.datetime) -> None:
    """A new programme made with the editor's name and start fields, open in the editor."""
    type_text(page.name_edit, name)
    page.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(airs.timestamp())))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.controller.row is not None
                    and page.controller.row.name == name, timeout=WAIT)


def tomorrow_at(hour: int) -> dt.datetime:
    return dt.datetime.combine(station_now().date() + dt.timedelta(days=1), dt.time(hour),
                               STATION_TZ)


def drag_from_library(qtbot, page: ProgrammesPage, item_id: str, title: str,  # type: ignore[no-untyped-def]
                      before_row: int) -> None:
    """Search the library panel for the item, then drop it above a row of the running order."""
    panel = page.library_panel
    panel.search_edit.clear()
    type_text(panel.search_edit, " ".join(title.split()[:6]))
    model = panel.model
    qtbot.waitUntil(lambda: not model.loading and model.row_of(item_id) >= 0, timeout=WAIT)
    row = model.row_of(item_id)
    panel.table.selectRow(row)
    mime = model.mimeData([model.index(row, 0)])
    table = page.entry_table
    rect = table.visualRect(table.model().index(before_row, 0))
    point = QPoint(rect.center().x(), rect.top() + 2)
    count = len(page._entries)
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    table.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: len(page._entries) == count + 1, timeout=WAIT)


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def edit_entry(qtbot, page: ProgrammesPage, row: int, **values: float) -> None:  # type: ignore[no-untyped-def]
    page.entry_table.selectRow(row)
    page.entry_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "entry_dialog", None), EntryDialog)
                    and page.entry_dialog.audio is not None, timeout=WAIT)
    dialog = page.entry_dialog
    if "cue_in" in values:
        dialog.cue_in_spin.setValue(values["cue_in"])
    if "gain" in values:
        dialog.gain_spin.setValue(values["gain"])
    ok(dialog)
