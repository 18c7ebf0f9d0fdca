"""Every service error reaches a Vietnamese screen in Vietnamese.

The services' reasons are found in their source (service_error_sites.py): each must be a
written-out sentence (not an f-string) marked with QT_TRANSLATE_NOOP("Errors", …)
(console/services/translatable.py), so that it reaches the catalogue, and have a Vietnamese
translation there with the same {fields}; each error class must come out Vietnamese through
error_text, as the window and the command line show it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from console.services.errors import PermissionDenied, ServiceError
from console.ui.errors import error_text
from console.ui.i18n import qm_file
from tests.ui import service_error_sites as error_catalogue


@pytest.fixture(scope="module")
def vietnamese() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm_file("vi")))
    return translator


def _translate(translator: QTranslator):  # type: ignore[no-untyped-def]
    return lambda context, text: translator.translate(context, text) or text


def _fields(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text))


def test_every_reason_is_a_sentence_with_a_vietnamese_translation(
        vietnamese: QTranslator) -> None:
    sites = error_catalogue.scan()
    assert len(sites) > 80
    unwritten = [f"{s.path.relative_to(error_catalogue.PACKAGE_ROOT)}:{s.line} {s.error}"
                 for s in sites if s.message is None]
    assert unwritten == [], "reasons must be sentences with {fields}, not f-strings"
    unmarked = [f"{s.path.relative_to(error_catalogue.PACKAGE_ROOT)}:{s.line} {s.message!r}"
                for s in sites if s.message is not None and not s.marked]
    assert unmarked == [], 'wrap them in QT_TRANSLATE_NOOP("Errors", …)'
    missing, broken = [], []
    for message in error_catalogue.messages():
        text = vietnamese.translate("Errors", message)
        if not text or text == message:
            missing.append(message)
        elif _fields(text) != _fields(message):
            broken.append(f"{message!r} -> {text!r}")
    assert missing == [], "add their Vietnamese: scripts/update_translations.py"
    assert broken == []


def test_every_error_class_speaks_vietnamese(vietnamese: QTranslator) -> None:
    classes = error_catalogue.error_classes()
    assert {"ServiceError", "InvalidInput", "NotFound", "AuthenticationFailed",
            "PermissionDenied", "AccountLocked", "SettingLocked"} <= set(classes)
    by_class: dict[str, list[str]] = {}
    for site in error_catalogue.scan():
        if site.message:
            by_class.setdefault(site.error, []).append(site.message)
    translate = _translate(vietnamese)
    for name, cls in classes.items():
        if cls is PermissionDenied:
            shown = error_text(PermissionDenied("vanhanh", "operator", "push"), translate)
            assert shown.startswith("Vai trò của bạn (Vận hành)"), shown
            continue
        messages = by_class.get(name, [])
        assert messages, f"{name} is never raised with a reason"
        for message in messages:
            params = {field: "X" for field in _fields(message)}
            exc = cls.__new__(cls)
            ServiceError.__init__(exc, message, **params)
            shown = error_text(exc, translate)
            assert shown != exc.message.format(**params), (name, message)


def test_a_reason_reads_in_vietnamese_with_its_values(vietnamese: QTranslator) -> None:
    from console.services.errors import AccountLocked

    exc = AccountLocked("the account {username} is locked until {until} after {count} wrong "
                        "passwords; try again then, or ask the administrator",
                        username="vanhanh", until="14:05", count=5)
    assert str(exc).startswith("the account vanhanh is locked until 14:05")
    assert error_text(exc, _translate(vietnamese)).startswith(
        "Tài khoản vanhanh bị khóa đến 14:05 vì nhập sai mật khẩu 5 lần.")
