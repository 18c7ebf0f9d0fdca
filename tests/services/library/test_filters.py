"""Every filter of the library, their counts, saved filters and unseen items."""

from __future__ import annotations

import datetime as dt

import pytest

from console.models import AuditEntry, Programme, ProgrammeEntry
from console.models.enums import Role
from console.services.errors import InvalidInput
from console.services.library_query import (
    PRESETS,
    LibraryFilter,
    Preset,
    Sort,
    SortKey,
    count_items,
    delete_filter,
    facet_counts,
    load_ids,
    load_rows,
    mark_all_seen,
    mark_seen,
    preset_counts,
    save_filter,
    saved_filters,
    unseen_count,
)
from console.services.permissions import Actor
from console.station import StationContext
from console.timezone import STATION_TZ
from tests.support.library import add_file, add_items, item_row

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=STATION_TZ)
DAY = dt.timedelta(days=1)
EDITOR = Actor("hoa", Role.EDITOR, "Nguyễn Thị Hoa")


@pytest.fixture
def catalogue(ctx: StationContext) -> StationContext:
    add_items(
        ctx,
        item_row("storm", "Bão số 3 đổ bộ", priority="emergency", kind="audio",
                 category_code="thoi-tiet", origin="province",
                 published_at=NOW - dt.timedelta(hours=2),
                 valid_from=NOW - DAY, valid_until=NOW + DAY),
        item_row("rain", "Mưa lớn kéo dài", priority="priority", kind="text",
                 category_code="thoi-su", origin="district", reviewed=False,
                 published_at=NOW - 3 * DAY, valid_until=NOW - DAY, seen=True),
        item_row("rice", "Gieo cấy lúa vụ đông", kind="image", category_code="nong-nghiep",
                 origin="central", language="km", published_at=NOW - 10 * DAY,
                 valid_from=NOW + 2 * DAY),
        item_row("vaccine", "Tiêm chủng mở rộng", kind="video", category_code="y-te",
                 origin="commune", local=True, reviewed=False, published_at=NOW - DAY / 2),
        item_row("relay", "Tiếp sóng thời sự", kind="stream", published_at=NOW - 20 * DAY),
        item_row("gone", "Tin đã thu hồi", withdrawn=True, published_at=NOW - 5 * DAY),
    )
    add_file(ctx, "storm", b"storm-audio", ready=True)
    add_file(ctx, "rice", b"rice-picture", mime="image/png", ready=False)
    add_file(ctx, "vaccine", b"vaccine-video", mime="video/mp4", ready=True)
    add_file(ctx, "vaccine", b"vaccine-thumb", mime="image/jpeg", ready=False,
             role="thumbnail")
    with ctx.db.write() as session:
        programme = Programme(name="Chương trình sáng", status="draft")
        session.add(programme)
        session.flush()
        session.add(ProgrammeEntry(programme_id=programme.id, position=0, kind="item",
                                   item_id="rain"))
    return ctx


def shown(ctx: StationContext, **kw) -> set[str]:  # type: ignore[no-untyped-def]
    return set(load_ids(ctx.db, LibraryFilter(**kw), now=NOW).ids)


ALL = {"storm", "rain", "rice", "vaccine", "relay"}


def test_nothing_chosen_shows_everything_but_withdrawn(catalogue: StationContext) -> None:
    assert shown(catalogue) == ALL


@pytest.mark.parametrize(("kw", "expected"), [
    ({"kinds": frozenset({"audio", "image"})}, {"storm", "rice"}),
    ({"categories": frozenset({"thoi-su"})}, {"storm", "rain"}),      # with its subcategory
    ({"categories": frozenset({"thoi-tiet"})}, {"storm"}),
    ({"priorities": frozenset({"emergency"})}, {"storm"}),
    ({"priorities": frozenset({"priority", "normal"})}, ALL - {"storm"}),
    ({"origins": frozenset({"commune"})}, {"vaccine"}),
    ({"origins": frozenset({"central", "district"})}, {"rice", "rain"}),
    ({"languages": frozenset({"km"})}, {"rice"}),
    ({"validity": frozenset({"current"})}, {"storm", "vaccine", "relay"}),
    ({"validity": frozenset({"expired"})}, {"rain"}),
    ({"validity": frozenset({"not_yet"})}, {"rice"}),
    ({"validity": frozenset({"withdrawn"})}, {"gone"}),
    ({"cache": frozenset({"ready"})}, {"storm"}),
    ({"cache": frozenset({"missing"})}, {"rice", "vaccine"}),
    ({"cache": frozenset({"none"})}, {"rain", "relay"}),
    ({"reviewed": True}, {"storm", "rice", "relay"}),
    ({"reviewed": False}, {"rain", "vaccine"}),
    ({"used": True}, {"rain"}),
    ({"used": False}, ALL - {"rain"}),
    ({"unseen": True}, ALL - {"rain"}),
    ({"published_from": (NOW - 4 * DAY).date()}, {"storm", "rain", "vaccine"}),
    ({"published_to": (NOW - 4 * DAY).date()}, {"rice", "relay"}),
    ({"published_from": (NOW - 11 * DAY).date(), "published_to": (NOW - 9 * DAY).date()},
     {"rice"}),
    ({"published_days": 0}, {"storm", "vaccine"}),
    ({"published_days": 3}, {"storm", "vaccine", "rain"}),
    ({"kinds": frozenset({"audio", "text"}), "priorities": frozenset({"priority"})}, {"rain"}),
    ({"text": "lúa", "kinds": frozenset({"image"})}, {"rice"}),
    ({"text": "lua", "kinds": frozenset({"audio"})}, set()),
])
def test_each_filter(catalogue: StationContext, kw: dict, expected: set[str]) -> None:  # type: ignore[type-arg]
    assert shown(catalogue, **kw) == expected
    assert count_items(catalogue.db, LibraryFilter(**kw), now=NOW) == len(expected)


def test_counts_per_filter_leave_their_own_choice_out(catalogue: StationContext) -> None:
    counts = facet_counts(catalogue.db, LibraryFilter(kinds=frozenset({"audio"})), now=NOW)
    assert counts.total == 1
    # Kinds are counted as if no kind were chosen (to show what choosing another gives) …
    assert counts.counts["kind"] == {"audio": 1, "text": 1, "image": 1, "video": 1,
                                     "stream": 1}
    # … every other facet within the audio items.
    assert counts.counts["priority"] == {"emergency": 1}
    assert counts.get("cache", "ready") == 1
    everything = facet_counts(catalogue.db, LibraryFilter(), now=NOW)
    assert everything.total == 5
    assert everything.counts["validity"] == {"current": 3, "expired": 1, "not_yet": 1,
                                             "withdrawn": 1}
    assert everything.counts["used"] == {"yes": 1, "no": 4}
    assert everything.counts["reviewed"] == {"yes": 3, "no": 2}
    assert everything.counts["cache"] == {"ready": 1, "missing": 2, "none": 2}
    assert everything.get("category", "thoi-tiet") == 1
    searching = facet_counts(catalogue.db, LibraryFilter(text="tiem chung"), now=NOW)
    assert searching.total == 1 and searching.counts["origin"] == {"commune": 1}


def test_presets(catalogue: StationContext) -> None:
    def preset(p: Preset) -> set[str]:
        return set(load_ids(catalogue.db, PRESETS[p], now=NOW).ids)

    assert preset(Preset.EMERGENCY) == {"storm"}
    assert preset(Preset.LOCAL) == {"vaccine"}
    assert preset(Preset.NOT_CACHED) == {"rice", "vaccine"}
    assert preset(Preset.UNSEEN) == ALL - {"rain"}
    counts = preset_counts(catalogue.db, now=NOW)
    assert counts["emergency"] == 1 and counts["all"] == 5


def test_saved_filters_round_trip(catalogue: StationContext) -> None:
    f = LibraryFilter(text="ignored", kinds=frozenset({"audio"}), reviewed=True,
                      published_from=dt.date(2026, 11, 1), published_days=2)
    row = save_filter(catalogue.db, EDITOR, "Âm thanh đã duyệt", f)
    assert row.filter == LibraryFilter(kinds=frozenset({"audio"}), reviewed=True,
                                       published_from=dt.date(2026, 11, 1), published_days=2)
    assert LibraryFilter.from_spec(f.to_spec()) == f
    saved = saved_filters(catalogue.db)
    assert [s.name for s in saved] == ["Âm thanh đã duyệt"]
    counts = preset_counts(catalogue.db, saved, now=NOW)
    assert f"saved:{row.id}" in counts
    save_filter(catalogue.db, EDITOR, "Âm thanh đã duyệt", LibraryFilter())  # replaces
    assert saved_filters(catalogue.db)[0].filter == LibraryFilter()
    delete_filter(catalogue.db, EDITOR, row.id)
    assert saved_filters(catalogue.db) == []
    with pytest.raises(InvalidInput):
        save_filter(catalogue.db, EDITOR, "   ", f)
    with catalogue.db.read() as session:
        actions = [a.action for a in session.query(AuditEntry).order_by(AuditEntry.id)]
    assert actions.count("library.save_filter") == 2 and "library.delete_filter" in actions


def test_unseen_counts_and_marks(catalogue: StationContext) -> None:
    assert unseen_count(catalogue.db) == 4
    assert mark_seen(catalogue.db, ["storm", "storm", "rain"]) == 1
    assert unseen_count(catalogue.db) == 3
    assert mark_all_seen(catalogue.db, LibraryFilter(kinds=frozenset({"image"}))) == 1
    assert unseen_count(catalogue.db) == 2
    assert mark_all_seen(catalogue.db) == 3   # the withdrawn one too
    assert unseen_count(catalogue.db) == 0


def test_rows_by_block(catalogue: StationContext) -> None:
    rows = load_rows(catalogue.db, ["vaccine", "nope", "storm"])
    assert rows[1] is None
    vaccine, storm = rows[0], rows[2]
    assert vaccine is not None and storm is not None
    assert (vaccine.cache, storm.cache) == ("missing", "ready")
    assert vaccine.local and not vaccine.reviewed
    assert storm.category_name == "Thời tiết"
    assert load_rows(catalogue.db, ["rain"])[0].used == 1  # type: ignore[union-attr]


def test_sorting_by_every_key(catalogue: StationContext) -> None:
    for key in SortKey:
        for descending in (False, True):
            ids = load_ids(catalogue.db, LibraryFilter(), Sort(key, descending), now=NOW).ids
            assert sorted(ids) == sorted(ALL), key
    by_priority = load_ids(catalogue.db, LibraryFilter(), Sort(SortKey.PRIORITY, True)).ids
    assert by_priority[:2] == ["storm", "rain"]
    first = load_ids(catalogue.db, LibraryFilter(), first=2)
    assert first.ids == ["storm", "vaccine"] and not first.complete
    assert load_ids(catalogue.db, LibraryFilter(), first=10).complete
