"""Translation loading and Vietnamese sorting."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from console.ui.i18n import (
    Translations,
    bilingual,
    qm_file,
    translations_dir,
    vietnamese_collator,
)
from console.ui.launch import ALREADY_OPEN


def test_qm_files_are_found_next_to_the_package() -> None:
    assert translations_dir().name == "i18n"
    assert qm_file("vi").is_file()
    assert qm_file("en").is_file()


def test_install_and_switch(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        assert translations.install("vi") == "vi"
        assert QCoreApplication.translate("Navigation", "Library") == "Thư viện"
        assert QLocale().language() == QLocale.Language.Vietnamese
        assert translations.install("en") == "en"
        assert QCoreApplication.translate("Navigation", "Library") == "Library"
        assert translations.install("xx") == "vi"     # unknown codes fall back to Vietnamese
    finally:
        translations.uninstall()
    assert QCoreApplication.translate("Navigation", "Library") == "Library"


def test_qt_standard_buttons_speak_vietnamese(qapp: QApplication) -> None:
    """Qt has no Vietnamese qtbase; our catalogue carries its button texts."""
    translations = Translations(qapp)
    try:
        translations.install("vi")
        Button = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Close)
        assert {b.text() for b in box.buttons()} == {"Đồng ý", "Hủy", "Đóng"}
    finally:
        translations.uninstall()


def test_right_click_menus_speak_vietnamese(qapp: QApplication) -> None:
    """The menus Qt makes for a line, a text box and a number box, in Vietnamese."""
    translations = Translations(qapp)
    try:
        translations.install("vi")
        texts = []
        for box in (QLineEdit("Bão số 3"), QPlainTextEdit("Bà con lưu ý"), QSpinBox()):
            menu = box.createStandardContextMenu() if not isinstance(box, QSpinBox) else (
                box.lineEdit().createStandardContextMenu())
            texts.append({a.text().split("\t")[0] for a in menu.actions() if a.text()})
        assert {"&Hoàn tác", "Sao &chép", "&Dán", "Chọn tất cả"} <= texts[0]
        assert {"&Hoàn tác", "&Cắt", "Sao &chép", "&Dán", "Xóa", "Chọn tất cả"} <= texts[1]
        assert not [t for menu in texts for t in menu if t.isascii()], texts
    finally:
        translations.uninstall()


def test_bilingual_message_has_both_languages(qapp: QApplication) -> None:
    text = bilingual("Launch", ALREADY_OPEN)
    vietnamese, english = text.split("\n\n")
    assert "thư mục dữ liệu" in vietnamese
    assert english == ALREADY_OPEN


def test_vietnamese_collation() -> None:
    collator = vietnamese_collator()
    words = ["Em", "Đồng Nai", "Dương", "an", "Ấp", "ăn", "Bến", "đá", "Thôn 10", "Thôn 2"]
    ordered = sorted(words, key=functools.cmp_to_key(collator.compare))
    assert ordered.index("Dương") < ordered.index("đá") < ordered.index("Em")
    assert ordered.index("an") < ordered.index("ăn") < ordered.index("Ấp") < ordered.index("Bến")
    assert ordered.index("Thôn 2") < ordered.index("Thôn 10")
