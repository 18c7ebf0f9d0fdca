"""What the operator typed, as words: shared by the SQLite (query.py) and PostgreSQL
(postgres.py) searches so that both find the same items."""

from __future__ import annotations

import re
import unicodedata

MIN_PREFIX = 3        # letters before the last word also matches longer words
RANK_WINDOW = 1000    # vague queries: ranked over this many newest matches
_TOKEN = re.compile(r"[^\W_]+")


def query_words(query: str) -> list[str]:
    """The words of what was typed (NFC, đ → d; the indexes fold case and accents)."""
    query = unicodedata.normalize("NFC", query).replace("đ", "d").replace("Đ", "D")
    return _TOKEN.findall(query)
