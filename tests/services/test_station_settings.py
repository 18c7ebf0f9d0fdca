"""Station settings changed by people: checked, audited, the Department's locks kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.app import open_station
from console.models.enums import Role
from console.services import audit
from console.services.errors import InvalidInput, PermissionDenied, SettingLocked
from console.services.permissions import Actor
from console.services.station_settings import (
    EDITABLE,
    change_settings,
    read_settings,
    set_verify_tls,
)
from console.settings import QUIET_END, QUIET_START, SESSION_LIMIT_MIN, SOURCE_URL

ADMIN = Actor("quantri", Role.ADMIN)


def _department(data_dir: Path, monkeypatch: pytest.MonkeyPatch, **document: object) -> None:
    path = data_dir.parent / "dept" / "department.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("COMMUNE_CONSOLE_DEPARTMENT", str(path))


def test_change_checks_values_and_audits(ctx) -> None:  # type: ignore[no-untyped-def]
    changed = change_settings(ctx, ADMIN, {QUIET_START.key: "4.45", SESSION_LIMIT_MIN.key: "30",
                                           QUIET_END.key: "21:00"})
    assert changed == [QUIET_START.key, SESSION_LIMIT_MIN.key]  # 21:00 was already so
    assert ctx.settings.get(QUIET_START) == "04:45"
    assert ctx.settings.get(SESSION_LIMIT_MIN) == 30
    rows = audit.recent(ctx.db, action="settings.change")
    assert {(r.subject, r.detail["before"], r.detail["after"]) for r in rows} == {
        (QUIET_START.key, "05:30", "04:45"), (SESSION_LIMIT_MIN.key, 45, 30)}
    for bad in ({QUIET_START.key: "25:00"}, {SESSION_LIMIT_MIN.key: "0"},
                {SESSION_LIMIT_MIN.key: "ba mươi"}, {"broadcast.volume": 3},
                {QUIET_START.key: "22:00"}, {"broadcast.default_targets": "all, village:A"},
                {"ui.language": "fr"}, {SOURCE_URL.key: "nguon.gov.vn"}):
        with pytest.raises(InvalidInput):
            change_settings(ctx, ADMIN, bad)
    assert ctx.settings.get(QUIET_START) == "04:45"  # nothing of a refused change stored
    with pytest.raises(PermissionDenied):
        change_settings(ctx, Actor("vanhanh", Role.OPERATOR), {QUIET_START.key: "05:00"})


def test_department_locks_are_shown_and_refused(data_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _department(data_dir, monkeypatch, department="Sở VHTTDL tỉnh Đắk Lắk",
                settings={"broadcast.quiet_start_evening": "20:00",
                          "broadcast.session_limit_min": 30,
                          "source.verify_tls": True},
                locked=["broadcast.quiet_start_evening", "source.verify_tls", "not.there"])
    ctx = open_station(data_dir)
    try:
        ctx.settings.set(SESSION_LIMIT_MIN, 40)   # the station's own choice …
        ctx.settings.set(QUIET_END, "22:00")      # … and one against the lock
    finally:
        ctx.close()
    ctx = open_station(data_dir)
    try:
        assert ctx.settings.get(SESSION_LIMIT_MIN) == 40       # kept: not locked
        assert ctx.settings.get(QUIET_END) == "20:00"          # the lock wins at start
        views = {v.key: v for v in read_settings(ctx)}
        assert views[QUIET_END.key].locked and views[QUIET_END.key].preset == "20:00"
        assert views[QUIET_END.key].department == "Sở VHTTDL tỉnh Đắk Lắk"
        assert views[SESSION_LIMIT_MIN.key].preset == 30
        assert not views[SESSION_LIMIT_MIN.key].locked
        assert not views[QUIET_START.key].department
        with pytest.raises(SettingLocked, match=r"Đắk Lắk fixes broadcast\.quiet_start_evening"):
            change_settings(ctx, ADMIN, {QUIET_END.key: "21:30"})
        change_settings(ctx, ADMIN, {QUIET_END.key: "20:00", SESSION_LIMIT_MIN.key: 35})
        with pytest.raises(SettingLocked):
            set_verify_tls(ctx, ADMIN, False)
    finally:
        ctx.close()


def test_every_editable_setting_reads_back(ctx) -> None:  # type: ignore[no-untyped-def]
    views = read_settings(ctx)
    assert [v.key for v in views] == list(EDITABLE)
    assert all(v.value == v.default for v in views)
