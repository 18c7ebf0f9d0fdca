"""Other workstations' changes arrive through LISTEN/NOTIFY (no polling); this process's
own writes are not echoed back."""

from __future__ import annotations

import os
import queue

import pytest

from console.app.live import _elsewhere
from console.db.database import Database
from console.db.notify import ChangeListener
from console.workstation import DATABASE_ENV
from tests.support.library import add_items, item_row

pytestmark = pytest.mark.postgres_only


def test_changes_of_another_workstation_are_heard(ctx) -> None:  # type: ignore[no-untyped-def]
    heard: queue.SimpleQueue[set[str]] = queue.SimpleQueue()
    listener = ChangeListener(ctx.db, heard.put).start()
    other_pc = Database(os.environ[DATABASE_ENV])
    try:
        assert listener.listening.wait(10)
        add_items(ctx, item_row("own", "Tin của máy này"))        # this PC: not echoed
        other_ctx = type(ctx)(paths=ctx.paths, db=other_pc, settings=ctx.settings,
                              secrets=ctx.secrets)
        add_items(other_ctx, item_row("theirs", "Tin của máy kia"))  # the other PC
        tables = heard.get(timeout=10)
        assert "source_item" in tables
        assert heard.empty()
    finally:
        listener.stop()
        other_pc.dispose()


def test_what_another_workstation_changed_becomes_the_window_events() -> None:
    posted: list[tuple[str, tuple[object, ...]]] = []
    _elsewhere(lambda name, *args: posted.append((name, args)), {"source_item", "programme"})
    assert posted == [("catalogue_changed", ()),
                      ("station_changed", (["programme", "source_item"],))]
