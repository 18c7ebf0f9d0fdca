"""Search: folding (case, accents, đ, NFD), prefixes, ranking, and an index that stays in
step with source_item whoever writes it."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest
from sqlalchemy import text, update

from console.models import SourceItem
from console.search import postgres, schema
from console.search.query import match_expression, search
from console.services.library import search_items
from console.station import StationContext
from console.text import fold as reference_fold
from console.text.collation import vi_key
from console.text.folding import fold
from tests.support.library import NOW, add_items, item_row


def ids(ctx: StationContext, query: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.id for h in search(ctx.db, query, **kw)]


@pytest.fixture
def catalogue(ctx: StationContext) -> StationContext:
    add_items(
        ctx,
        item_row("dn", "Mưa lớn ở Đồng Nai và Bình Dương", body="Tỉnh Đồng Nai có mưa to."),
        item_row("chu-dong", "Chủ động phòng chống bão", body="Người dân chủ động ứng phó."),
        item_row("nai", "Nuôi nai lấy nhung", body="Mô hình nuôi nai ở xã Đồng Tâm."),
        item_row("tags", "Tin nông nghiệp", tags=["lúa", "Đắk Lắk"]),
        item_row("issuer", "Thông báo lịch tiêm chủng", issuer="Trạm Y tế xã Điện Biên"),
        item_row("gone", "Đồng Nai xả lũ", withdrawn=True),
    )
    return ctx


@pytest.mark.parametrize("typed", [
    "dong nai", "Dong Nai", "DONG NAI", "đồng nai", "Đồng Nai", "ĐỒNG NAI",
    unicodedata.normalize("NFD", "Đồng Nai"), unicodedata.normalize("NFD", "đồng nai"),
])
def test_every_way_of_typing_finds_dong_nai_first(catalogue: StationContext, typed: str) -> None:
    found = ids(catalogue, typed)
    assert found[0] == "dn"          # the words side by side rank first
    assert "gone" not in found       # withdrawn items are left out


def test_d_with_stroke_folds_to_d(catalogue: StationContext) -> None:
    assert ids(catalogue, "Điện Biên") == ["issuer"]
    assert ids(catalogue, "dien bien") == ["issuer"]
    assert ids(catalogue, "DAK LAK") == ["tags"]         # tags are searched too
    assert ids(catalogue, "đăk lăk") == ["tags"]


def test_prefix_of_the_last_word(catalogue: StationContext) -> None:
    assert ids(catalogue, "tiêm chủ") == ["issuer"]      # "chủ" → "chủng"
    assert ids(catalogue, "thông b") == []               # one letter is not a prefix
    assert "issuer" in ids(catalogue, "thong bao lich tie")


def test_title_weighs_more_than_body(catalogue: StationContext) -> None:
    found = ids(catalogue, "nai")
    assert found[:2] == ["nai", "dn"] or found[0] == "nai"
    assert set(found) == {"dn", "nai"}


def test_typed_syntax_is_never_fts_syntax(catalogue: StationContext) -> None:
    for typed in ['"', "AND", "OR NOT", "NEAR(", "*", "-dong", "nai)", "c:x", "'", "^"]:
        search(catalogue.db, typed)  # never raises
    assert match_expression("  ,;  ") is None
    assert ids(catalogue, "-dong nai)")[0] == "dn"


def test_withdrawn_on_request(catalogue: StationContext) -> None:
    assert "gone" in ids(catalogue, "xả lũ", include_withdrawn=True)


def test_index_follows_updates_and_deletes(catalogue: StationContext) -> None:
    db = catalogue.db
    with db.write() as session:  # a Core UPDATE, like the sync's new revisions
        session.execute(update(SourceItem).where(SourceItem.id == "nai")
                        .values(title="Nuôi hươu sao", body="Mô hình nuôi hươu."))
    assert "nai" not in ids(catalogue, "nuôi nai")
    assert ids(catalogue, "huou sao") == ["nai"]
    with db.write() as session:  # two changes of one item in one transaction
        session.execute(update(SourceItem).where(SourceItem.id == "nai").values(title="Một"))
        session.execute(update(SourceItem).where(SourceItem.id == "nai").values(title="Hai"))
    assert ids(catalogue, "một") == [] and ids(catalogue, "hai") == ["nai"]
    with db.write() as session:
        session.execute(text("DELETE FROM source_item WHERE id = 'dn'"))
    assert ids(catalogue, "binh duong") == []
    with db.write() as session:  # seen and withdrawn changes do not touch the text
        session.execute(update(SourceItem).values(seen=True))
    with db.read() as session:
        assert schema.index_problems(session.connection()) == []


def test_insert_and_delete_in_one_transaction(ctx: StationContext) -> None:
    with ctx.db.write() as session:
        session.add(SourceItem(**item_row("tmp", "Tạm thời")))
        session.flush()
        session.execute(text("DELETE FROM source_item WHERE id = 'tmp'"))
        session.add(SourceItem(**item_row("new", "Bản tin mới nhất")))
    assert ids(ctx, "tam thoi") == [] and ids(ctx, "ban tin moi") == ["new"]
    with ctx.db.read() as session:
        assert schema.index_problems(session.connection()) == []


def test_rolled_back_writes_leave_no_trace(ctx: StationContext) -> None:
    with pytest.raises(RuntimeError), ctx.db.write() as session:
        session.add(SourceItem(**item_row("x", "Không lưu")))
        session.flush()
        raise RuntimeError("stop")
    assert ids(ctx, "khong luu") == []
    add_items(ctx, item_row("y", "Được lưu"))
    assert ids(ctx, "duoc luu") == ["y"]


def test_lost_triggers_are_noticed_and_the_index_rebuilt(catalogue: StationContext) -> None:
    """A later batch migration of source_item would drop the triggers: repaired."""
    db = catalogue.db
    with db.write() as session:
        session.execute(text("DROP TRIGGER source_item_library ON source_item" if db.is_postgres
                             else "DROP TRIGGER source_item_search_ai"))
    add_items(catalogue, item_row("late", "Bản tin đến muộn"))
    assert ids(catalogue, "den muon") == []
    assert schema.ensure_index(db, force=True) is True
    assert ids(catalogue, "den muon") == ["late"]
    assert ids(catalogue, "dong nai")[0] == "dn"
    assert schema.ensure_index(db, force=True) is False
    add_items(catalogue, item_row("later", "Bản tin sau cùng"))
    assert ids(catalogue, "sau cung") == ["later"]


def test_search_items_service(catalogue: StationContext) -> None:
    hits = search_items(catalogue.db, "dong nai", limit=1)
    assert [(h.id, h.kind, h.priority) for h in hits] == [("dn", "text", "normal")]


def test_fast_fold_equals_the_reference_fold() -> None:
    rng = random.Random(5)
    samples = ["Đồng Nai", unicodedata.normalize("NFD", "Đắk Lắk ơ ư Ư"), "ǅ ß İ ﬁ",
               "a \u0301b", " đầu  cuối ", "", "Khmer ខ្មែរ", "Ꭰ"]
    alphabet = [chr(c) for c in range(0x20, 0x2FF)] + list("đĐ ̣̀́̃̉ ") + ["\u1ec7", "\u0323"]
    samples += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(2000)]
    for sample in samples:
        assert fold(sample) == reference_fold(sample), repr(sample)


def test_vietnamese_sort_key_matches_the_collator() -> None:
    from PySide6.QtCore import QLocale

    from console.ui.i18n import vietnamese_collator

    collator = vietnamese_collator()
    if collator.locale().language() != QLocale.Language.Vietnamese:
        pytest.skip("no Vietnamese collation in this Qt build")
    words = ["an", "ăn", "ân", "bánh", "đá", "da", "dạ", "dã", "dà", "dả", "dá", "Đà Nẵng",
             "e", "ê", "o", "ô", "ơ", "u", "ư", "y", "Bản tin 10", "Bản tin 2", "ả", "à",
             "á", "ạ", "ã", "a", "A", "Ấp Phú Hòa", "ấp", "(abc)", "x-y", "xy", "x y",
             "Khắc phục", "khac phuc", "Thôn Đông", "Thôn Đồng Tâm", "Thôn Bến Đò",
             "Tiếng Ê Đê", "Nước", "Nuôi", "Ủy ban", "Uỷ ban", "Ưu tiên", "Zalo", "Ống"]
    assert sorted(words, key=vi_key) == sorted(words, key=collator.sortKey)


def test_ranking_tiers(ctx: StationContext) -> None:
    """Words side by side in the title first, then side by side anywhere (the latest
    received first in both), then the words anywhere by bm25."""
    for item_id, title, body in (          # in the order they arrive
            ("scattered", "Lũ ở Nai", "Sông Đồng chảy xiết"),
            ("body-1", "Tin mưa", "Mưa lớn ở Đồng Nai."),
            ("title-1", "Đồng Nai: lũ", None),
            ("title-2", "Cảnh báo lũ Đồng Nai", None),
            ("body-2", "Tin lũ", "Đồng Nai có lũ.")):
        add_items(ctx, item_row(item_id, title, body=body))
    assert ids(ctx, "dong nai") == ["title-2", "title-1", "body-2", "body-1", "scattered"]
    assert ids(ctx, "dong nai", limit=3) == ["title-2", "title-1", "body-2"]


_WORDS = ["đồng", "nai", "bão", "số", "lũ", "quét", "thôn", "xã", "tiêm", "chủng", "khắc",
          "phục", "hậu", "quả", "đông"]
_TYPED = ["dong nai", "bão số", "khắc phục hậu quả", "lũ quét", "lũ qué", "thôn", "xa", "nai dong",
          "tiem chung xa", "quả", "hau qua dong"]


def _reference(ctx: StationContext, query: str, limit: int = 50) -> list[str]:
    """The ranking as plain SQL over the documents: every match of each tier read and
    sorted, ts_rank over the newest RANK_WINDOW matches."""
    found: list[str] = []
    with ctx.db.read() as session:
        conn = session.connection()
        for tier in postgres.ranking_tiers(query):
            keys = conn.execute(text(
                "SELECT key FROM item_search WHERE doc @@ to_tsquery('simple', :q) "
                "ORDER BY key DESC"), {"q": tier.tsquery}).scalars().all()
            order = "f.key DESC"
            if tier.by_rank:
                keys = keys[:postgres.RANK_WINDOW]
                order = ("ts_rank('{0.1, 0.4, 0.6, 1.0}', f.doc, to_tsquery('simple', :q)) "
                         "DESC, f.key DESC")
            found += [i for i in conn.execute(text(
                "SELECT k.item_id FROM item_search f JOIN library_item k ON k.key = f.key "
                f"WHERE f.key = ANY(:keys) AND NOT k.withdrawn ORDER BY {order}"),
                {"keys": list(keys), "q": tier.tsquery}).scalars() if i not in found]
    return found[:limit]


@pytest.mark.postgres_only
@pytest.mark.parametrize("index_cost, walk_slack", [
    (postgres.INDEX_MATCH_COST, postgres.WALK_SLACK),  # as the estimates say
    (0.0, 1.0),      # always the GIN indexes
    (1e9, 1e-9),     # a walk over (almost) nothing, then the indexes for the rest
    (1e9, 1e9),      # walking every item
])
def test_postgres_ways_find_what_reading_every_match_finds(
        ctx: StationContext, monkeypatch: pytest.MonkeyPatch, index_cost: float,
        walk_slack: float) -> None:
    """Phrases through the word pairs (two words: the pair alone; more: the pairs, then
    the phrase), the newest matches walked or from the index: the plain SQL's results."""
    rng = random.Random(7)

    def words(n: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(n))

    add_items(ctx, *(item_row(
        f"m{i:03}", words(4), summary=words(3), body=words(12), tags=[words(2), words(1)],
        issuer=words(2), withdrawn=i % 37 == 5, received_at=NOW + dt.timedelta(seconds=i))
        for i in range(300)))
    monkeypatch.setattr(postgres, "INDEX_MATCH_COST", index_cost)
    monkeypatch.setattr(postgres, "WALK_SLACK", walk_slack)
    for typed in _TYPED:
        expected = _reference(ctx, typed)
        assert expected, typed
        assert ids(ctx, typed) == expected, typed
        assert ids(ctx, typed, limit=7) == expected[:7], typed


def test_postgres_way_by_the_estimate() -> None:
    """Rare matches from the GIN index; common ones by walking from the newest, over a
    span twice what the estimate says the walk checks."""
    assert postgres.newest_way(40, 150_000, 50) == ("index", 0.0)
    way, span = postgres.newest_way(60_000, 150_000, 50)
    assert way == "walk" and span == postgres.WALK_SLACK * 50 * 150_000 / 60_000
    assert postgres.newest_way(0, 150_000, 50)[0] == "index"
