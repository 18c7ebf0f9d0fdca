"""The last word typed, as the start of longer words: looked up in the index's vocabulary
(console.search.terms) instead of FTS5's prefix indexes, with the same matches."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text

from console.search import terms
from console.search.ddl import FTS_TABLE
from console.search.query import completions_in, match_expression, search
from console.services.library_query import LibraryFilter, count_items, load_ids
from console.station import StationContext
from tests.support.library import add_items, item_row

pytestmark = pytest.mark.sqlite_only  # FTS5's vocabulary; PostgreSQL matches prefixes itself

_WORDS = ["thôn", "thông", "thơ", "thanh", "thành", "tha", "thả", "thay", "nghĩa", "nghỉ",
          "nghiệp", "lúa", "luật", "đồng", "đông", "nai", "2026", "20261", "xã", "chủng"]
_TYPED = ["thô", "thôn", "tha", "thành", "ngh", "nghi", "lúa", "lua", "đôn", "dong nai",
          "xã tho", "dong na", "202", "2026", "chu", "thông b", "zzz", "thanh niê"]


def _matching(ctx: StationContext, match: str) -> set[int]:
    with ctx.db.read() as session:
        return set(session.connection().execute(text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m"), {"m": match}).scalars())


@pytest.fixture
def words_catalogue(ctx: StationContext) -> StationContext:
    rng = random.Random(11)

    def words(n: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(n))

    add_items(ctx, *(item_row(f"w{i:03}", words(3), summary=words(2), body=words(8),
                              tags=[words(1)], issuer=words(2)) for i in range(200)))
    return ctx


def test_looked_up_words_match_what_fts5_prefixes_match(words_catalogue: StationContext
                                                         ) -> None:
    ctx = words_catalogue
    for typed in _TYPED:
        own = match_expression(typed)  # FTS5 finds the longer words itself ("tha"*)
        with ctx.db.read() as session:
            looked_up = match_expression(typed, completions_in(session.connection()))
        assert own is not None and looked_up is not None
        assert _matching(ctx, looked_up) == _matching(ctx, own), typed
    with ctx.db.read() as session:
        conn = session.connection()
        assert terms.words_starting_with(conn, "tha") == ["tha", "thanh", "thay"]
        assert terms.words_starting_with(conn, "zzz") == []
        assert match_expression("tha", completions_in(conn)) == (
            '("tha" OR "thanh" OR "thay")')
        assert match_expression("xã thô", completions_in(conn)) == (
            '"xã" AND ("tho" OR "thon" OR "thong")')  # "thơ" folds to "tho" too


def test_too_many_words_with_one_start_are_left_to_fts5(words_catalogue: StationContext,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(terms, "MAX_WORDS", 2)
    with words_catalogue.db.read() as session:
        conn = session.connection()
        assert terms.words_starting_with(conn, "thanh") == ["thanh"]
        assert terms.words_starting_with(conn, "tha") is None
        assert match_expression("thanh", completions_in(conn)) == '"thanh"'
        assert match_expression("tha", completions_in(conn)) == '"tha"*'
    assert len(search(words_catalogue.db, "tha", limit=500)) == len(
        _matching(words_catalogue, '"tha"*'))


def test_the_word_as_typed_ranks_before_the_longer_words(ctx: StationContext) -> None:
    add_items(ctx,
              item_row("thong-1", "Thông báo thông tin thông suốt"),
              item_row("thon", "Họp thôn"),
              item_row("thong-2", "Thông tin"))
    assert [h.id for h in search(ctx.db, "thôn")] == ["thon", "thong-1", "thong-2"]
    assert [h.id for h in search(ctx.db, "thông")] == ["thong-1", "thong-2"]


def test_a_word_indexed_later_is_found_by_its_start(ctx: StationContext) -> None:
    add_items(ctx, item_row("a", "Thanh niên lập nghiệp"))
    assert [h.id for h in search(ctx.db, "tha")] == ["a"]
    add_items(ctx, item_row("b", "Thạch Sanh"))  # a new word: the remembered words go
    assert {h.id for h in search(ctx.db, "tha")} == {"a", "b"}
    assert {h.id for h in search(ctx.db, "thach s")} == set()  # "s" is one letter
    assert {h.id for h in search(ctx.db, "thach san")} == {"b"}


def test_the_library_list_finds_the_longer_words(words_catalogue: StationContext) -> None:
    ctx = words_catalogue
    expected = len(_matching(ctx, '"tha"*'))
    assert 0 < expected < 200
    assert count_items(ctx.db, LibraryFilter(text="tha")) == expected
    assert len(load_ids(ctx.db, LibraryFilter(text="tha")).ids) == expected
