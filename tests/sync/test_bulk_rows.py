"""RowConverter's quick processors store exactly what SQLAlchemy's own would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from console.db.bulk import RowConverter
from console.db.migrate import open_database
from console.models import SourceItem

ICT = dt.timezone(dt.timedelta(hours=7))
TIMES = [
    dt.datetime(2026, 11, 26, 7, 0, tzinfo=ICT),
    dt.datetime(2026, 11, 26, 0, 0, 0, 1, tzinfo=dt.UTC),
    dt.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-9))),
    dt.datetime(1000, 1, 1, tzinfo=dt.UTC),
]
LISTS = [[], ["bão số 3", "lũ"], ['"quoted"', "back\\slash", "line\nbreak"], ["x", "x"],
         [{"start": "2026-11-26T07:00:00+07:00", "end": None}], [1, True, None],
         # objects are remembered too, only those of text: equal values of other types
         # (1 == True == 1.0) must not share what was stored for one of them
         [{"start": "a", "end": "b"}, {"start": "c", "end": None}], [{"n": 1}], [{"n": True}],
         [{"n": 1.0}], [{"n": "1"}], [{"a": [1]}], [{"a": "x"}, "x"], [{}], [{1: "x"}]]


def test_quick_processors_give_sqlalchemys_values() -> None:
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    columns = ["published_at", "tags", "requested_airings"]
    converter = RowConverter(dialect, SourceItem.__table__, columns)
    own = [SourceItem.__table__.c[c].type._cached_bind_processor(dialect) for c in columns]
    for when in TIMES:
        for value in LISTS:
            for _ in range(2):  # the second time from the memo
                row = converter.convert(
                    {"published_at": when, "tags": value, "requested_airings": value})
                assert row == (own[0](when), own[1](value), own[2](value))
    with pytest.raises(ValueError, match="naive"):
        converter.convert({"published_at": dt.datetime(2026, 1, 1), "tags": [],
                           "requested_airings": []})


def test_rows_read_back_as_stored(tmp_path: Path) -> None:
    db = open_database(tmp_path / "db.sqlite3")
    columns = ["id", "kind", "title", "priority", "origin", "language", "published_at",
               "received_at", "tags", "channels", "requested_airings", "reviewed", "local",
               "withdrawn", "seen", "revision"]
    converter = RowConverter(db.engine.dialect, SourceItem.__table__, columns)
    rows = [{"id": f"i{n}", "kind": "bulletin", "title": f"Bản tin {n}", "priority": "normal",
             "origin": "province", "language": "vi", "published_at": when,
             "received_at": TIMES[0], "tags": LISTS[n % 4], "channels": ["radio"],
             "requested_airings": [], "reviewed": False, "local": False, "withdrawn": False,
             "seen": False, "revision": 1} for n, when in enumerate(TIMES)]
    with db.write() as session:
        converter.insert(session, [converter.convert(r) for r in rows])
    with db.read() as session:
        stored = session.scalars(select(SourceItem).order_by(SourceItem.title)).all()
        got = {s.id: (s.published_at, s.tags) for s in stored}
    assert got == {r["id"]: (r["published_at"], r["tags"]) for r in rows}
    db.dispose()


def test_new_item_values_follow_the_row() -> None:
    from sqlalchemy.dialects import sqlite

    from console.models import ItemRevision
    from console.models.base import utcnow
    from console.sync.catalogue import (
        _NEW_ITEM_COLUMNS,
        _NEW_ITEM_SHARED,
        _REVISION_COLUMNS,
        _REVISION_SHARED,
        _new_item_shared,
        _new_row,
        _new_row_values,
    )
    from console.sync.validate import validate_item

    raw = {"id": "tb-1", "revision": 2, "kind": "audio", "title": "Bão số 3", "priority":
           "emergency", "origin": "province", "published_at": "2026-11-26T07:00:00+07:00",
           "valid_until": "2026-11-27T07:00:00+07:00", "tags": ["bão"], "channels": ["radio"],
           "duration_s": 12, "files": [], "summary": "Tin bão", "issuer": "UBND tỉnh",
           "requested_airings": [{"start": "2026-11-26T08:00:00+07:00"}]}
    item = validate_item(raw, "http://127.0.0.1:9/api/v1/", lambda url: True)
    converter = RowConverter(sqlite.dialect(), SourceItem.__table__, _NEW_ITEM_COLUMNS)
    given = RowConverter(sqlite.dialect(), SourceItem.__table__, _NEW_ITEM_COLUMNS,
                         given=_NEW_ITEM_SHARED)
    now = utcnow()
    shared = given.convert_given(_new_item_shared(now))
    assert given.convert_values(_new_row_values(item, shared)) == converter.convert(
        _new_row(item, now))
    # A page's revision rows: the reception time and the empty payload converted once.
    revisions = RowConverter(sqlite.dialect(), ItemRevision.__table__, _REVISION_COLUMNS)
    given = RowConverter(sqlite.dialect(), ItemRevision.__table__, _REVISION_COLUMNS,
                         given=_REVISION_SHARED)
    received, payload = given.convert_given({"received_at": now, "payload": {}})
    assert given.convert_values([item.id, item.revision, received, item.title, payload]) == (
        revisions.convert({"item_id": item.id, "revision": item.revision, "received_at": now,
                           "title": item.title, "payload": {}}))


def test_many_rows_split_into_statements(tmp_path: Path) -> None:
    """More rows than one statement takes: every row stored once, in order."""
    db = open_database(tmp_path / "db.sqlite3")
    from console.models import Category

    converter = RowConverter(db.engine.dialect, Category.__table__,
                             ["code", "name", "parent_code"])
    assert converter.rows_per_statement < 1234
    rows = [(f"c{n:05d}", f"Danh mục {n}", None) for n in range(1234)]
    with db.write() as session:
        converter.insert(session, rows)
    with db.read() as session:
        stored = session.execute(select(Category.code, Category.name, Category.parent_code)
                                 .order_by(Category.code)).all()
    assert [tuple(r) for r in stored] == rows
    db.dispose()


def test_file_values_need_no_conversion() -> None:
    """The sync hands item_file rows to the driver as they are: no column converts."""
    from sqlalchemy.dialects import sqlite

    from console.models import ItemFile
    from console.sync.catalogue import _FILE_COLUMNS, _file_rows, _file_values
    from console.sync.validate import ValidFile, validate_item

    converter = RowConverter(sqlite.dialect(), ItemFile.__table__, _FILE_COLUMNS)
    raw = {"id": "tb-2", "revision": 1, "kind": "audio", "title": "Tin", "priority": "normal",
           "origin": "province", "published_at": "2026-11-26T07:00:00+07:00",
           "files": [{"role": "main", "name": "tin.mp3", "mime": "audio/mpeg", "size": 9,
                      "sha256": "a" * 64, "url": "files/" + "a" * 64}]}
    item = validate_item(raw, "http://127.0.0.1:9/api/v1/", lambda url: True)
    assert _file_values(item) == [converter.convert(r) for r in _file_rows(item)]
    # a file's row is (item_id, *file): ValidFile holds the other columns, in order
    assert ValidFile._fields == _FILE_COLUMNS[1:]
    assert _file_values(item) == [(item.id, f.role, f.name, f.mime, f.size, f.sha256, f.url)
                                  for f in item.files]


def test_repeated_time_is_converted_once_and_right() -> None:
    from console.db.bulk import _utc_text

    for when in TIMES * 2:
        assert _utc_text(when) == when.astimezone(dt.UTC).replace(tzinfo=None).isoformat(
            " ", "microseconds")


def test_usual_times_parse_as_fromisoformat_and_give_the_column_text() -> None:
    """parse_utc() gives what datetime.fromisoformat(...).astimezone(UTC) gives, with the
    text _utc_text() would make; any other shape or an impossible time is left to the
    usual parse (None)."""
    import random

    from console.db.bulk import _utc_text, parse_utc

    rng = random.Random(7)
    samples = ["2026-06-04T22:05:10+07:00", "2026-01-01T03:59:59.5+07:00",
               "2024-02-29T23:00:00-09:00", "2025-12-31T23:30:00-01:00", "2026-03-01T00:00:00Z",
               "2026-03-01T06:00:00.123+07:00", "2026-03-01T06:00:00.000001-00:00",
               "9999-12-31T23:59:59.999999+00:00", "0001-01-01T07:00:00+07:00"]
    for _ in range(3000):
        samples.append(
            f"{rng.choice(['0001', '1999', '2024', '2026', '9999'])}-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1, 31):02d}T{rng.randint(0, 24):02d}:{rng.randint(0, 60):02d}:"
            f"{rng.randint(0, 60):02d}{rng.choice(['', '.1', '.25', '.123', '.123456'])}"
            f"{rng.choice(['Z', '+07:00', '-09:00', '+23:00', '-00:00', '+24:00'])}")
    usual = 0
    for value in samples:
        try:
            expected = dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        except (ValueError, OverflowError):
            expected = None
        for _ in range(2):  # the second time with the hour remembered
            parsed = parse_utc(value)
            if parsed is None:
                continue
            usual += 1
            assert parsed == expected and parsed.tzinfo is dt.UTC, value
            text = expected.replace(tzinfo=None).isoformat(" ", "microseconds")
            assert _utc_text(parsed) == text, value
            assert _utc_text(expected) == text, value  # an equal time parsed elsewhere
    assert usual > 1000
    for other in ["2026-06-04T22:05:10+05:30", "2026-06-04 22:05:10+07:00",
                  "2026-06-04T22:05:10z", "2026-06-04t22:05:10Z", "2026-06-04T22:05:10",
                  "2026-06-04T22:05:10.1234567Z", "2026-06-04T22:05Z", "２０２６-06-04T22:05:10Z",
                  "2026-06-04T22:05:10+07:00\n"]:
        assert parse_utc(other) is None, other
