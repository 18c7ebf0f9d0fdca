"""The library's arrangement kept between starts: the list's columns (order and widths, by
name, so that a column added later finds its place) and the widths of the filter panel and
the preview beside it. Read and written as the text of two settings (settings.UI_LAYOUTS)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QSplitter

from .model import Column

MIN_WIDTH = 30     # narrower, a column is lost from sight
MAX_WIDTH = 2000


def _width(text: str) -> int | None:
    try:
        width = int(text)
    except ValueError:
        return None
    return width if MIN_WIDTH <= width <= MAX_WIDTH else None


def columns_text(header: QHeaderView) -> str:
    """The columns left to right as NAME:WIDTH, comma-separated."""
    ordered = sorted(Column, key=header.visualIndex)
    return ",".join(f"{c.name.lower()}:{header.sectionSize(c)}" for c in ordered)


def apply_columns(header: QHeaderView, text: str) -> None:
    """Columns named in `text` take its order and widths; the others follow them in their
    own order. Unknown names and widths that make no sense are passed over."""
    by_name = {c.name.lower(): c for c in Column}
    position = 0
    for part in text.split(","):
        name, _, width = part.strip().partition(":")
        column = by_name.pop(name, None)
        if column is None:
            continue
        header.moveSection(header.visualIndex(column), position)
        position += 1
        size = _width(width)
        if size is not None:
            header.resizeSection(column, size)


def panes_text(splitter: QSplitter) -> str:
    """FILTERS,PREVIEW: the widths of the first and last panes."""
    sizes = splitter.sizes()
    return f"{sizes[0]},{sizes[-1]}"


def apply_panes(splitter: QSplitter, text: str) -> bool:
    """The first and last panes at the widths of `text`, the list between them taking the
    rest; False (nothing changed) when `text` says nothing usable or they would not fit."""
    parts = text.split(",")
    if len(parts) != 2:
        return False
    first, last = _width(parts[0]), _width(parts[1])
    total = sum(splitter.sizes())
    if first is None or last is None or total - first - last < MIN_WIDTH * 4:
        return False
    splitter.setSizes([first, total - first - last, last])
    return True
