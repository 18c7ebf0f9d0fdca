"""Text from outside: NFC, markup and control characters removed, Vietnamese folding."""

from __future__ import annotations

import unicodedata

import pytest

from console.text import clean_display_text, clean_multiline_text, fold


@pytest.mark.parametrize("typed", ["dong nai", "Dong Nai", "đồng nai", "ĐỒNG NAI",
                                   unicodedata.normalize("NFD", "đồng nai")])
def test_fold_finds_dong_nai(typed: str) -> None:
    assert fold(typed) == fold("Đồng Nai") == "dong nai"


@pytest.mark.parametrize(("raw", "clean"), [
    ("Bão số 3", "Bão số 3"),
    ("  Lũ   quét  ", "Lũ quét"),
    ("<b>Cảnh báo</b> cháy rừng", "Cảnh báo cháy rừng"),
    ("Tin<script>alert('x')</script> mới", "Tin mới"),
    ("a\x07b\u202ec", "abc"),
    ("dòng 1\ndòng 2", "dòng 1 dòng 2"),
    ("&lt;b&gt; &amp; x", "‹b› & x"),
    (unicodedata.normalize("NFD", "Điện Biên"), "Điện Biên"),
])
def test_clean_display_text(raw: str, clean: str) -> None:
    result = clean_display_text(raw)
    assert result == clean
    assert unicodedata.is_normalized("NFC", result)


def test_clean_multiline_keeps_paragraphs() -> None:
    raw = "Đoạn 1 \r\n\r\n\r\n\r\n  Đoạn 2\t cuối\x00"
    assert clean_multiline_text(raw) == "Đoạn 1\n\nĐoạn 2 cuối"
    assert clean_multiline_text("Sạch sẽ\n\nrồi") == "Sạch sẽ\n\nrồi"
