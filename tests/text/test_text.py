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
    ("<b<>>đậm</b>", "‹b ›đậm"),  # a tag made by taking out the one inside it stays text
    ("n\x00\u0323", "\u1e47"),  # the mark meets its letter once \x00 is gone: NFC again
])
def test_clean_display_text(raw: str, clean: str) -> None:
    result = clean_display_text(raw)
    assert result == clean
    assert unicodedata.is_normalized("NFC", result)


def test_clean_multiline_keeps_paragraphs() -> None:
    raw = "Đoạn 1 \r\n\r\n\r\n\r\n  Đoạn 2\t cuối\x00"
    assert clean_multiline_text(raw) == "Đoạn 1\n\nĐoạn 2 cuối"
    assert clean_multiline_text("Sạch sẽ\n\nrồi") == "Sạch sẽ\n\nrồi"


@pytest.mark.parametrize("paragraphs", [3, 16, 17, 18, 40])
@pytest.mark.parametrize("flaw", ["space before", "space after", "third break"])
def test_paragraphs_are_tidied_after_many_line_breaks_too(paragraphs: int, flaw: str) -> None:
    """The line breaks of a text are looked at one by one, the first 32, then the text is
    searched whole: a space at a break or a third break in a row is found wherever it is."""
    tidy = "\n\n".join(f"Đoạn {n}." for n in range(paragraphs))
    assert clean_multiline_text(tidy) is tidy
    for at in (0, paragraphs // 2, paragraphs - 2):
        parts = tidy.split("\n\n")
        if flaw == "space before":
            parts[at] += " "
        elif flaw == "space after":
            parts[at + 1] = " " + parts[at + 1]
        else:
            parts[at] += "\n"
        raw = "\n\n".join(parts)
        assert clean_multiline_text(raw) == tidy, (at, raw)


# Every kind of character the cleaning looks at, and some it must leave alone; not "&":
# an entity is unescaped once ("&amp;lt;" is the text "&lt;"), so cleaning it is not
# idempotent by design.
_MIX = ("aĐồ ng\n\r\t\u00a0<>;b/\x00\x07\x1b[\x7f\x85\u200b\u200e\u202e\u2067\u2028"
        "\u3000\u00ad\ufeff\U0001f600" + unicodedata.normalize("NFD", "ệ"))


def test_cleaning_leaves_nothing_to_clean_whatever_comes() -> None:
    """Random mixes of those characters: a cleaned text is clean. Its quick paths (a text
    that needs no work comes back as it is) and its full path agree: cleaning again
    changes nothing, and no control character, tab, no-break space, doubled space or
    space at either end is left."""
    import random

    rng = random.Random(20)
    for _ in range(20_000):
        raw = "".join(rng.choice(_MIX) for _ in range(rng.randint(0, 12)))
        for clean, line_breaks in ((clean_display_text, False), (clean_multiline_text, True)):
            out = clean(raw)
            assert clean(out) == out, (raw, out)
            assert unicodedata.is_normalized("NFC", out)
            assert not any(c in out for c in "\x00\x07\x1b\x7f\x85\u200b\u200e\u202e\u2067"
                           "\t\r\u00a0"), (raw, out)
            assert "  " not in out and out == out.strip(" "), (raw, out)
            assert ("\n" in out) <= line_breaks, (raw, out)
            assert " \n" not in out and "\n " not in out and "\n\n\n" not in out, (raw, out)


def test_sort_key_of_a_text_seen_before_is_the_same_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from console.text import collation

    # A memo of four, emptied on the way.
    monkeypatch.setattr(collation, "_TEXT_KEYS", collation.BoundedMemo(4, collation._text_key))
    texts = ["Bản tin 10", "Bản tin 2", "Đà Nẵng", " a  b ", "", "a \u0301b", "Thôn Đông"]
    made = [collation._text_key(t) for t in texts]
    for _ in range(3):
        assert [collation.vi_key(t) for t in texts] == made
    assert len(collation._TEXT_KEYS) <= 4
    # Other values are keyed by their text and never remembered (True == 1).
    assert collation.vi_key(1) == collation.vi_key("1") != collation.vi_key(True)
    assert collation.vi_key(True) == collation._text_key("True")
    assert collation.vi_key(None) is None
