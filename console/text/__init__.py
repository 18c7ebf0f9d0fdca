"""Text handling shared by every layer: NFC, cleaning, Vietnamese folding."""

from .clean import clean_display_text, clean_multiline_text, fold

__all__ = ["clean_display_text", "clean_multiline_text", "fold"]
