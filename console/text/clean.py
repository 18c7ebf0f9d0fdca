"""Cleaning text that arrives from outside, and folding it for search.

Everything stored is NFC. Display text loses markup, scripts and control characters.
Folding drops case and accents *and* maps đ/Đ to d, which Unicode decomposition alone
does not do (đ is a letter of its own, not d plus a mark).
"""

from __future__ import annotations

import html
import re
import unicodedata

_SCRIPT_BLOCK = re.compile(r"(?is)<(script|style)\b.*?(</\1\s*>|$)")
_TAG = re.compile(r"(?s)<[^<>]{0,2000}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


_ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")  # terminal colours and cursor moves


def _strip_markup(text: str) -> str:
    if "\x1b" in text:
        text = _ANSI_ESCAPE.sub("", text)
    if "<" in text:
        text = _SCRIPT_BLOCK.sub(" ", text)
        text = _TAG.sub(" ", text)
        if _TAG.search(text):  # nested ("<b<>>" leaves "<b >"): what is left stays text
            text = text.replace("<", "‹").replace(">", "›")
    if "&" in text:
        text = html.unescape(text)
        if "<" in text:  # markup that arrived escaped stays text, but never tags
            text = text.replace("<", "‹").replace(">", "›")
    return text


# Whether a text needs any work at all (the usual answer is no), checked with a single
# character-class scan and substring tests, which run in C; alternations would not.
# Quicker still, str.isprintable(): true only for a text without any control, format or
# separator character other than the space (so without every character of the classes
# below but < and &, and without line breaks), in a third of the scan's time.
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069"
_DIRTY_LINE_CHARS = re.compile(rf"[<&\n\t\u00a0{_CONTROLS}]")
_DIRTY_TEXT_CHARS = re.compile(rf"[<&\r\t\u00a0{_CONTROLS}]")


def _no_dirty_chars(text: str, dirty: re.Pattern[str]) -> bool:
    if text.isprintable():
        return "<" not in text and "&" not in text
    return not dirty.search(text)


def clean_display_text(text: str) -> str:
    """One line of text for display: NFC, no markup, no control characters."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text or (_no_dirty_chars(text, _DIRTY_LINE_CHARS) and "  " not in text
                     and not text[0].isspace() and not text[-1].isspace()):
        return text
    text = _strip_markup(text)
    text = _CONTROL.sub("", text.replace("\r", " ").replace("\n", " "))
    return _nfc(_SPACES.sub(" ", text).strip())


# Line breaks looked at one by one, at most this many: a body holds a few paragraphs.
_FEW_LINE_BREAKS = 32


def _tidy_line_breaks(text: str) -> bool:
    """No space before or after a line break and no three breaks in a row (" \\n", "\\n ",
    "\\n\\n\\n"). Found at each break (a search for one character is quick) rather than
    by three searches over the whole text, where spaces keep stopping them; a text of many
    breaks is searched whole."""
    at = text.find("\n")
    for _ in range(_FEW_LINE_BREAKS):
        if at < 0:
            return True
        if ((at and text[at - 1] == " ") or text[at + 1:at + 2] == " "
                or text[at + 1:at + 3] == "\n\n"):
            return False
        at = text.find("\n", at + 1)
    return " \n" not in text and "\n " not in text and "\n\n\n" not in text


def clean_multiline_text(text: str) -> str:
    """Paragraphs (a bulletin body): as above, keeping line breaks."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text:
        return text
    if text.isprintable():  # one paragraph without control characters: no line tests
        clean = "<" not in text and "&" not in text and "  " not in text
    else:  # paragraphs: line breaks are the one character the class lets through
        clean = (_no_dirty_chars(text.replace("\n", " "), _DIRTY_TEXT_CHARS)
                 and "  " not in text and _tidy_line_breaks(text))
    if clean and not text[0].isspace() and not text[-1].isspace():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _strip_markup(text))
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _nfc(re.sub(r"\n{3,}", "\n\n", text).strip())


def _nfc(text: str) -> str:
    """NFC again after cleaning: a control character or tag taken out from between a
    letter and its combining mark ("n\\x00\u0323") leaves the two to be composed."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize(
        "NFC", text)


def fold(text: str) -> str:
    """Search key: lower case, no accents, đ → d ("Đồng Nai" → "dong nai")."""
    text = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE)).translate(_FOLD_TABLE)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()
