"""TLS verification cannot be switched off silently: audited, logged at each start, and a
permanent warning on the Settings page and in the status bar."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from console.app import open_station
from console.models.enums import Role
from console.services import audit
from console.services.errors import PermissionDenied
from console.services.permissions import Actor
from console.services.station_settings import set_verify_tls, tls_verification_off
from console.services.status import read_bar_status
from console.station import StationContext
from console.ui.i18n import Translations
from console.ui.pages.base import PageEnv
from console.ui.pages.settings import SettingsPage
from console.ui.preferences import UiPreferences
from console.ui.status_bar import StationStatusBar
from console.ui.tasks import TaskRunner

ADMIN = Actor("admin", Role.ADMIN, "Quản trị viên")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


def _tls_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and "TLS certificate verification is OFF" in
            r.getMessage()]


def test_switching_off_is_audited_and_warned_at_every_start(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    ctx = open_station(data_dir)
    try:
        with pytest.raises(PermissionDenied):
            set_verify_tls(ctx, Actor("vanhanh", Role.OPERATOR), False)
        assert not tls_verification_off(ctx.settings)
        set_verify_tls(ctx, ADMIN, False)
        rows = audit.recent(ctx.db, action="settings.verify_tls")
        assert len(rows) == 1 and rows[0].actor == "admin"
        assert rows[0].detail == {"before": True, "after": False}
    finally:
        ctx.close()
    caplog.clear()
    for _ in range(2):
        with caplog.at_level(logging.WARNING):
            open_station(data_dir).close()
    assert len(_tls_warnings(caplog)) == 2              # one at each start


def test_a_department_preset_switching_it_off_is_audited(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (data_dir / "department.json").write_text(json.dumps(
        {"settings": {"source.verify_tls": False}}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ctx = open_station(data_dir)
    try:
        assert tls_verification_off(ctx.settings)
        rows = audit.recent(ctx.db, action="settings.verify_tls")
        assert len(rows) == 1 and rows[0].detail["source"] == "department.json"
        assert _tls_warnings(caplog)
    finally:
        ctx.close()


def test_settings_page_shows_a_permanent_warning(qtbot, qapp: QApplication,
                                                 ctx: StationContext,
                                                 tasks: TaskRunner) -> None:
    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="en",
                          font_scale=1.0)
    page = SettingsPage(PageEnv(ctx=ctx, actor=ADMIN, tasks=tasks, prefs=prefs))
    qtbot.addWidget(page)
    page.show()
    try:
        page.activate()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)
        assert page.tls_notice.isHidden()
        set_verify_tls(ctx, ADMIN, False)
        for _visit in range(2):                        # still there on every visit
            page.activate()
            qtbot.waitUntil(lambda: page.tls_notice.isVisible(), timeout=5000)
            assert "switched OFF" in page.tls_notice.text()
        set_verify_tls(ctx, ADMIN, True)
        page.activate()
        qtbot.waitUntil(lambda: page.tls_notice.isHidden(), timeout=5000)
    finally:
        page.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)
        translations.uninstall()


def test_status_bar_shows_it_until_switched_back_on(qtbot, ctx: StationContext) -> None:
    bar = StationStatusBar(ADMIN)
    qtbot.addWidget(bar)
    bar.show()
    bar.show_status(read_bar_status(ctx.db))
    assert bar.warning_label.isHidden()
    set_verify_tls(ctx, ADMIN, False)
    for _refresh in range(3):
        bar.show_status(read_bar_status(ctx.db))
        assert bar.warning_label.isVisible()
        assert "Certificate checks OFF" in bar.warning_label.full_text()
        assert "not protected" in bar.warning_label.toolTip()
    set_verify_tls(ctx, ADMIN, True)
    bar.show_status(read_bar_status(ctx.db))
    assert bar.warning_label.isHidden()
