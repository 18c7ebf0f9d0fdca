"""A Vietnamese sort key that SQLite can store, index and compare byte by byte.

Titles are sorted the way QCollator(vi_VN) sorts them (the window's order), but 150,000
titles cannot be put through the collator each time the operator clicks a column, so the
database keeps `vi_key(title)` and sorts by it. The key follows the Unicode collation rules
the collator applies to Vietnamese:

- primary: letters in the Vietnamese alphabet a ă â b c d đ e ê … o ô ơ … u ư …, case
  ignored; spaces and punctuation before digits, digits before letters; runs of digits
  compare as numbers ("Bản tin 2" before "Bản tin 10");
- secondary, only between texts whose letters are all equal: the tones, in the order
  ngang, huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ).

The key is a plain string; comparing keys as UTF-8 bytes gives that order.
"""

from __future__ import annotations

import unicodedata

from .memo import BoundedMemo

# Primary weights. Distinct Vietnamese letters (ă, â, đ, ê, ô, ơ, ư) are letters of their
# own, not a letter with a mark.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
# Marks that make a different letter (breve, circumflex, horn) and tone marks.
_SHAPE = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# The Unicode collation's order of common punctuation (spaces first).
_PUNCTUATION = " \t\n_-‐‑‒–—―,;:!¡?¿.…'‘’‚‛\"“”„‟«»()[]{}§¶@*/\\&#%‰†‡•`´˜^¯¨°©®+±÷×<=>¬|¦~¤¢$£¥€"

# Weights are code points chosen so that the key stays short in UTF-8: punctuation takes
# one byte, digits and Vietnamese letters two, letters of other scripts three or four.
_SEP = "\x01"
_PUNCT_BASE = 0x10      # punctuation and spaces (one byte each)
_OTHER_BASE = 0x80      # symbols not in the list above
_DIGIT_BASE = 0x100     # digit runs: a length, then the digits
_LETTER_BASE = 0x300    # Vietnamese / Latin letters
_SCRIPT_BASE = 0x800    # letters of other scripts (Khmer, Cham…), by code point
_MAX = 0x10FFFF

_PUNCT = {ch: chr(_PUNCT_BASE + i) for i, ch in enumerate(_PUNCTUATION)}
_LETTERS: dict[str, str] = {}
for _i, _letter in enumerate(_ALPHABET):
    _weight = chr(_LETTER_BASE + _i * 2)
    _LETTERS[_letter] = _weight
_BASE_SHAPES = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
                ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}


def _char_weights(cluster: str) -> tuple[str, str]:
    """(primary, secondary) of one base character with its combining marks (NFD)."""
    base = cluster[0].lower()
    if base == "đ":
        return _LETTERS["đ"], "\x02"
    tone = 0
    letter = base
    for mark in cluster[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark in _SHAPE:
            letter = _BASE_SHAPES.get((base, mark), letter)
    if letter in _LETTERS:
        return _LETTERS[letter], chr(0x02 + tone)
    if base in _PUNCT:
        return _PUNCT[base], "\x02"
    code = ord(base)
    if unicodedata.category(base)[0] in "LM":
        folded = unicodedata.normalize("NFKD", base)[:1].lower()
        if folded in _LETTERS:  # ß, ﬁ, full-width letters: as their Latin letter
            return _LETTERS[folded], chr(0x02 + tone)
        return chr(min(_MAX, _SCRIPT_BASE + code)), chr(0x02 + tone)
    return chr(_OTHER_BASE + code % (_DIGIT_BASE - _OTHER_BASE)), "\x02"


def _clusters(text: str) -> list[str]:
    """Base characters with the combining marks that follow them."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


_SPACE_P, _SPACE_S = _char_weights(" ")


def forget_text_keys() -> None:
    """Let go of the remembered keys of whole texts (after a long pull)."""
    _TEXT_KEYS.clear()


def vi_key(text: str | None) -> str | None:
    """Sort key: compare keys as strings (or UTF-8 bytes) to sort texts in Vietnamese order."""
    if text is None:
        return None
    if type(text) is not str:  # only exact text is remembered (True == 1, "True" != "1")
        return _text_key(str(text))
    return _TEXT_KEYS[text]


def _text_key(text: str) -> str:
    """vi_key() of a text, made word by word."""
    # Word by word (weights never span a space); a combining mark typed right after a
    # space sorts as a character of its own instead of vanishing into the space.
    parts = [_WORDS[w] for w in text.split(" ")]
    # Trailing toneless weights are dropped: the lowest weight, at the end of strings of
    # equal length (primaries equal), changes no comparison.
    return (_SPACE_P.join([p for p, _ in parts]) + _SEP
            + _SPACE_S.join([s for _, s in parts]).rstrip("\x02"))


# Keys of whole texts: titles repeat ("Bản tin thời sự", series), and a repeated one costs
# a lookup instead of a lookup per word and two joins (the simulator's catalogue: some 3,000
# distinct titles in 20,000 items).
_TEXT_KEYS: BoundedMemo[str, str] = BoundedMemo(20_000, _text_key)


def _weights(text: str) -> tuple[str, str]:
    primary: list[str] = []
    secondary: list[str] = []
    digits = ""
    for cluster in _clusters(text):
        ch = cluster[0]
        if ch.isdigit() and ch.isascii():
            digits += ch
            continue
        if digits:
            _add_number(digits, primary, secondary)
            digits = ""
        p, s = _char_weights(cluster)
        primary.append(p)
        secondary.append(s)
    if digits:
        _add_number(digits, primary, secondary)
    return "".join(primary), "".join(secondary)


# (primary, secondary) of each word seen: titles are made of a few thousand words.
_WORDS: BoundedMemo[str, tuple[str, str]] = BoundedMemo(200_000, _weights)


def _add_number(digits: str, primary: list[str], secondary: list[str]) -> None:
    value = digits.lstrip("0") or "0"
    primary.append(chr(_DIGIT_BASE + min(len(value), 0xF0)))  # longer numbers sort later
    primary.extend(chr(_DIGIT_BASE + 0xF0 + int(d)) for d in value)
    secondary.append("\x02")
