"""A bulletin as a Zalo OA article: text cleaned for Zalo, a cover, and a tracking line.

Zalo shows plain paragraphs: markup, scripts and control characters go, lines are trimmed,
and the title, author and description are cut at a word to Zalo's limits. The last
paragraph names the source and carries the tracking key (item id and revision): after a
crash the publisher recognises its own article by it.
"""

from __future__ import annotations

import copy
from typing import Any

from ..text.clean import clean_display_text, clean_multiline_text

TITLE_MAX = 150
AUTHOR_MAX = 50
DESCRIPTION_MAX = 300
PARAGRAPH_MAX = 2000
MAX_PARAGRAPHS = 60


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-") + "…"


def tracking_line(item_id: str, revision: int) -> str:
    return f"Mã tin: {item_id} (bản {revision})"


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of a cleaned text, long ones split at a sentence or a word."""
    out: list[str] = []
    for line in clean_multiline_text(text).split("\n"):
        line = line.strip()
        while len(line) > PARAGRAPH_MAX:
            cut = line.rfind(". ", 0, PARAGRAPH_MAX)
            cut = cut + 1 if cut > PARAGRAPH_MAX // 2 else line.rfind(" ", 0, PARAGRAPH_MAX)
            cut = cut if cut > 0 else PARAGRAPH_MAX
            out.append(line[:cut].strip())
            line = line[cut:].strip()
        if line:
            out.append(line)
    return out


def build_article(*, item_id: str, revision: int, title: str, summary: str | None,
                  body: str | None, issuer: str | None, author: str) -> dict[str, Any]:
    """The create body without its cover (the cover's URL exists only after its upload)."""
    clean_title = shorten(clean_display_text(title), TITLE_MAX) or item_id
    text = paragraphs(body or "") or paragraphs(summary or "") or [clean_title]
    text = text[:MAX_PARAGRAPHS]
    description = shorten(clean_display_text(summary or text[0]), DESCRIPTION_MAX)
    source = clean_display_text(issuer or "")
    closing = (f"Nguồn: {source}. " if source else "") + tracking_line(item_id, revision)
    return {
        "type": "normal",
        "title": clean_title,
        "author": shorten(clean_display_text(author), AUTHOR_MAX),
        "description": description,
        "body": [{"type": "text", "content": p} for p in [*text, closing]],
        "status": "show",
        "comment": "show",
    }


def with_cover(article: dict[str, Any], cover_url: str, *,
               image_in_body: bool = False) -> dict[str, Any]:
    """The article with its cover photo (and, for a picture bulletin, the picture on top);
    the console's own bookkeeping keys (starting with "_") are left out."""
    out = {k: copy.deepcopy(v) for k, v in article.items() if not k.startswith("_")}
    out["cover"] = {"cover_type": "photo", "photo_url": cover_url, "status": "show"}
    if image_in_body:
        out["body"].insert(0, {"type": "image", "url": cover_url, "caption": out["title"]})
    return out


def body_text(detail: dict[str, Any]) -> str:
    """The text paragraphs of an article as getdetail returns it (for the tracking line)."""
    parts = []
    for block in detail.get("body") or []:
        if isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("content") or ""))
    return "\n".join(parts)
