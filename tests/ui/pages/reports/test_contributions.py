"""Contributions: a commune-made item is sent up to the province through the outbox."""

from __future__ import annotations

from sqlalchemy import select

from console.models import OutboxEntry
from console.services.reports.contributions import list_contributions
from tests.support.reports import add_item
from tests.ui.pages.reports.helpers import close, open_page, settle


def test_send_a_local_item(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    add_item(ctx, "local-2", "2026-11-20 08:00", local=True, category=None)
    page = open_page(qtbot, make_env())
    page.show_tab(page.contributions_tab)
    page.activate()
    settle(qtbot, page)
    tab = page.contributions_tab
    # only items made in the commune are offered, newest first
    offered = [tab.item_combo.itemData(i) for i in range(tab.item_combo.count())]
    assert offered == ["local-2", "local-1"]
    assert tab.table.rowCount() == 2                      # two sent earlier (helpers)
    assert tab.table.item(0, 1).text() == "Waiting to be sent"

    tab.send_button.click()
    settle(qtbot, page)
    assert [c.item_id for c in list_contributions(ctx)].count("local-2") == 1
    assert tab.table.rowCount() == 3
    assert tab.message_label.text() == "\"Tin local-2\" is queued for the province."
    with ctx.db.read() as session:
        kinds = list(session.scalars(select(OutboxEntry.kind)))
    assert kinds.count("contribution") == 1

    # sending the same item again is refused, in plain words, and nothing is queued
    tab.send_item("local-2")
    settle(qtbot, page)
    assert tab.message_label.text() == "this item was already sent to the source system"
    assert len(list_contributions(ctx)) == 3
    close(qtbot, page)
