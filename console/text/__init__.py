"""Pure text functions shared by every layer: NFC and cleaning, Vietnamese search folding
(case, accents and đ/Đ → d) and the Vietnamese sort key.

clean.py      clean_display_text(), clean_multiline_text(), fold() (the reference folding)
folding.py    fold() for hot paths: the same result, folded word by word through a cache
collation.py  vi_key(): a Vietnamese sort key the database can store and index
"""

from .clean import clean_display_text, clean_multiline_text, fold

__all__ = ["clean_display_text", "clean_multiline_text", "fold"]
