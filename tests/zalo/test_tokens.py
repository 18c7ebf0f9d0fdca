"""The OA's tokens against the simulator: renewed before they expire, renewed when Zalo
says they are invalid, and a refused refresh token stops everything with a clear message."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication

from console.services import zalo
from console.services.errors import ServiceError
from console.zalo import state, tokens
from console.zalo.worker import ZaloWorker

from .conftest import ADMIN, OPERATOR, add_bulletin, connect, wait_for


def test_tokens_only_in_the_keyring(ctx, zalo_sim, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    connect(ctx, zalo_sim)
    stored = {name for (_service, name) in memory_keyring.store}
    assert stored == {tokens.ACCESS_KEY, tokens.REFRESH_KEY, tokens.SECRET_KEY}
    refresh = ctx.secrets.get(tokens.REFRESH_KEY)
    assert refresh and refresh != zalo_sim.first_refresh_token  # spent and replaced at once
    assert zalo_sim.tokens.exchange(zalo_sim.first_refresh_token) is None  # single use
    database = ctx.paths.database.read_bytes()
    for secret in (refresh, ctx.secrets.get(tokens.ACCESS_KEY), zalo_sim.config.secret_key):
        assert secret.encode() not in database


def test_access_token_renewed_before_it_expires(ctx, make_zalo) -> None:  # type: ignore[no-untyped-def]
    sim = make_zalo(token_ttl_s=3.0)
    connect(ctx, sim)
    first = ctx.secrets.get(tokens.ACCESS_KEY)
    worker = ZaloWorker(ctx, idle_s=0.1).start()
    try:
        time.sleep(4.0)  # more than a lifetime
    finally:
        worker.stop()
    assert sim.stats.refreshes >= 2 and ctx.secrets.get(tokens.ACCESS_KEY) != first
    assert sim.stats.token_refused == 0  # never sent a token that had run out
    item = add_bulletin(ctx)
    assert zalo.send_now(ctx, zalo.publish_item(ctx, OPERATOR, item)).state == "published"
    assert sim.stats.token_refused == 0


def test_token_refused_by_zalo_is_renewed_once(ctx, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    connect(ctx, zalo_sim)
    zalo_sim.expire_access_tokens()  # Zalo ends it early; the console still thinks it is good
    item = add_bulletin(ctx)
    view = zalo.send_now(ctx, zalo.publish_item(ctx, OPERATOR, item))
    assert view.state == "published"
    assert zalo_sim.stats.token_refused == 1 and zalo_sim.stats.refreshes == 2


def test_revoked_refresh_token_says_so_and_does_not_loop(ctx, zalo_sim, qapp) -> None:  # type: ignore[no-untyped-def]
    from console.ui.i18n import Translations

    connect(ctx, zalo_sim)
    zalo_sim.revoke_refresh_tokens()
    zalo_sim.expire_access_tokens()
    item = add_bulletin(ctx)
    view = zalo.publish_item(ctx, OPERATOR, item)
    worker = ZaloWorker(ctx, idle_s=0.05).start()
    try:
        wait_for(lambda: state.read(ctx.db).problem == state.PROBLEM_REVOKED)
        time.sleep(1.0)  # twenty more passes of the worker
    finally:
        worker.stop()
    assert zalo_sim.stats.refresh_refused == 1  # asked once, never again
    assert zalo.article_view(ctx, view.row_id).state == "queued"  # kept for later
    status = zalo.zalo_status(ctx)
    assert status.problem_message == zalo.REVOKED
    translations = Translations(qapp)
    translations.install("vi")
    try:
        text = QCoreApplication.translate("Errors", status.problem_message)
    finally:
        translations.install("en")
    assert text.startswith("Zalo không còn nhận mã làm mới (refresh token)")
    assert "developers.zalo.me" in text

    # a new refresh token pasted: back to work, the waiting article goes out
    connect(ctx, zalo_sim, refresh_token=zalo_sim.new_refresh_token())
    assert zalo.zalo_status(ctx).problem == ""
    assert zalo.send_now(ctx, view).state == "published"


def test_refused_connection_stores_nothing(ctx, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError) as refused:
        zalo.connect_oa(ctx, ADMIN, app_id=zalo_sim.config.app_id, secret_key="sai",
                        refresh_token=zalo_sim.first_refresh_token, server=zalo_sim.url)
    assert refused.value.message == zalo.REFUSED
    assert not zalo.zalo_status(ctx).connected
    assert ctx.secrets.get(tokens.REFRESH_KEY) is None
    zalo_sim.stop()
    with pytest.raises(ServiceError) as unreachable:
        connect(ctx, zalo_sim)
    assert unreachable.value.message == zalo.UNREACHABLE
