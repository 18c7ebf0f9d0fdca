"""Fast bulk inserts: the driver's executemany with SQLAlchemy's own value conversion.

The ORM and Core build parameters row by row through several layers; for pages of a
thousand catalogue items that costs more than the database itself. Here each column's
bind processor (the very function SQLAlchemy would apply: JSON, UTC datetimes, booleans)
is looked up once and the rows go to the driver as tuples, so what is stored is identical.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Collection, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import JSON, Boolean, Table, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from ..models.base import UtcDateTime
from ..text.memo import BoundedMemo

_Processor = Callable[[Any], Any]
# Values the fast processors are checked against (they must give what SQLAlchemy gives).
_SAMPLE_TIMES = (
    dt.datetime(2026, 11, 26, 7, 5, 3, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    dt.datetime(2026, 1, 1, 0, 0, 0, 120, tzinfo=dt.UTC),
    dt.datetime(999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
)
_SAMPLE_LISTS = ([], ["bão", "lũ"], ["a\"b", "\n"], ["x"] * 3, {}, {"a": 1}, [1, True, 1.0],
                 [True], [1.0], [{"start": "x"}])
_SAMPLE_FLAGS = (True, False, 1, 0)
_MEMO_LIMIT = 10_000


def insert_many(session: Session, table: Table, rows: Sequence[dict[str, Any]], *,
                or_ignore: bool = False) -> None:
    """INSERT every row (all rows have the same keys); optionally skip conflicting ones."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite":  # other databases: the portable Core path
        stmt = insert(table)
        if or_ignore:
            from sqlalchemy.dialects import postgresql

            stmt = postgresql.insert(table).on_conflict_do_nothing()
        conn.execute(stmt, list(rows))
        return
    if or_ignore:
        conn.execute(sqlite.insert(table).on_conflict_do_nothing(), list(rows))
        return
    converter = RowConverter(dialect, table, list(rows[0]))
    converter.insert(session, [converter.convert(row) for row in rows])


# Rows per multi-row INSERT: within SQLite's limit on parameters (32,766 in a statement;
# 999 before 3.32). Statements come in a few sizes only (the full one, then halves for
# what is left over), so SQLite's statement cache holds a handful of compiled statements
# per table rather than one for every page's row count.
_MAX_PARAMS = 32_766 if sqlite3.sqlite_version_info >= (3, 32) else 999
_MAX_ROWS = 500


class RowConverter:
    """Rows of one table turned into driver tuples (SQLite), inserted many per statement.

    Converting is Python work that needs no connection, so a caller may do it in another
    thread (the catalogue sync checks page N+1 while page N is written). Inserting sends
    hundreds of rows in one multi-row VALUES statement rather than executemany(): SQLite
    then runs them all, triggers included, in one call that releases the interpreter
    lock, instead of taking the lock back between rows while other threads want it.
    """

    def __init__(self, dialect: Dialect, table: Table, columns: Sequence[str], *,
                 skip_conflicts: bool = False, given: Collection[str] = ()) -> None:
        """`given`: columns whose values rows bring converted already (convert_given():
        once for many rows, a page's reception time say), which convert_values() leaves."""
        self.columns = list(columns)
        processors: list[_Processor | None] = [
            _faster(table.c[name].type, dialect, table.c[name].type._cached_bind_processor(
                dialect)) for name in self.columns]
        self._processors = dict(zip(self.columns, processors, strict=True))
        self._converted = [(i, proc) for i, proc in enumerate(processors)
                           if proc is not None and self.columns[i] not in given]
        quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in self.columns)
        self._head = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
                      f"({quoted}) VALUES ")
        self._row = f"({', '.join('?' * len(self.columns))})"
        self._tail = " ON CONFLICT DO NOTHING" if skip_conflicts else ""
        self.rows_per_statement = max(1, min(_MAX_ROWS, _MAX_PARAMS // len(self.columns)))
        self._statements: dict[int, str] = {}  # by row count

    def _statement(self, rows: int) -> str:
        sql = self._statements.get(rows)
        if sql is None:
            sql = self._statements[rows] = self._head + ", ".join([self._row] * rows) + self._tail
        return sql

    def convert(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return self.convert_values([row[name] for name in self.columns])

    def convert_values(self, values: list[Any]) -> tuple[Any, ...]:
        """The row given as its values in `columns` order (the list is changed)."""
        for i, proc in self._converted:
            if values[i] is not None:
                values[i] = proc(values[i])
        return tuple(values)

    def convert_given(self, values: dict[str, Any]) -> tuple[Any, ...]:
        """Values of some columns, converted, in the order given."""
        out = []
        for name, value in values.items():
            proc = self._processors[name]
            out.append(value if value is None or proc is None else proc(value))
        return tuple(out)

    def insert(self, session: Session, params: list[tuple[Any, ...]]) -> None:
        if not params:
            return
        conn = session.connection()
        start, size = 0, self.rows_per_statement
        while start < len(params):
            while size > len(params) - start:
                size //= 2
            conn.exec_driver_sql(self._statement(size),
                                 tuple(chain.from_iterable(params[start:start + size])))
            start += size


def _faster(type_: Any, dialect: Dialect, proc: _Processor | None) -> _Processor | None:
    """A quicker processor giving the same values as SQLAlchemy's `proc` (checked on
    samples; `proc` itself when a check fails). Converting costs as much as validating an
    item: five times and three JSON lists per row."""
    if proc is None or dialect.name != "sqlite":
        return proc
    fast: _Processor | None = None
    samples: tuple[Any, ...] = ()
    if isinstance(type_, UtcDateTime):
        fast, samples = _utc_text, _SAMPLE_TIMES
    elif isinstance(type_, JSON):
        fast, samples = _memo_lists(proc), _SAMPLE_LISTS
    elif isinstance(type_, Boolean):
        fast, samples = _flag(proc), _SAMPLE_FLAGS
    if fast is None:
        return proc
    try:
        same = all(fast(v) == proc(v) and type(fast(v)) is type(proc(v)) for v in samples)
    except Exception:  # any doubt: keep SQLAlchemy's own
        same = False
    return fast if same else proc


# Times converted, by value: a page's rows share their reception time, and an item's
# published_at is often its valid_from and updated_at too. Equal instants give equal text
# (the text is UTC), so a dict keyed by the value is right whatever the offset.
_times: BoundedMemo[dt.datetime, str] = BoundedMemo(_MEMO_LIMIT)
# Times parse_utc() made, with their text, by identity: hashing an aware datetime (which
# asks for its offset) costs a third of the parse. Each datetime is held here with its
# text, so its id() cannot be another object's meanwhile. As many as the page checks keep
# to hand out again (typed_items._times): with half as many, a tenth of a pull's times
# were looked up by value and formatted again.
_PARSED_LIMIT = 20_000
_parsed: BoundedMemo[int, tuple[dt.datetime, str]] = BoundedMemo(_PARSED_LIMIT)


def _utc_text(value: dt.datetime) -> str:
    """UtcDateTime on SQLite: naive UTC as "YYYY-MM-DD HH:MM:SS.ffffff" (in C, not % dict)."""
    parsed = _parsed.get(id(value))
    if parsed is not None and parsed[0] is value:
        return parsed[1]
    text = _times.get(value)
    if text is not None:
        return text
    utc = value
    if utc.tzinfo is not dt.UTC:  # most values were parsed to UTC already
        if utc.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        utc = utc.astimezone(dt.UTC)
    return _times.remember(value, utc.isoformat(" ", "microseconds")[:26])  # no "+00:00"


# The usual shape of a time from outside (RFC 3339 to the second or microsecond, in UTC or a
# whole-hour offset), whose column text can be sliced out of the string once the hour is
# moved to UTC: formatting a datetime (isoformat) costs more than parsing it.
_USUAL_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                         r"(?:\.([0-9]{1,6}))?(Z|[+-](?:[01][0-9]|2[0-3]):00)")
_from_iso = dt.datetime.fromisoformat
# "YYYY-MM-DDTHH" + offset -> "YYYY-MM-DD HH" in UTC
_utc_hours: BoundedMemo[str, str] = BoundedMemo(_MEMO_LIMIT)


def forget_times() -> None:
    """Let go of the remembered times and their texts (after a long pull: what a memo keeps
    alive also keeps the memory around it from being given back)."""
    for memo in (_times, _parsed, _utc_hours):
        memo.clear()


def parse_utc(value: str) -> dt.datetime | None:
    """An RFC 3339 time of the usual shape as an aware UTC datetime, equal to
    datetime.fromisoformat(value).astimezone(UTC), with its column text remembered for
    _utc_text(); None for any other shape or an impossible time (parse it the usual way)."""
    match = _USUAL_TIME.fullmatch(value)
    if match is None:
        return None
    fraction, offset = match.groups()
    local_hour = value[:13] + offset
    hour = _utc_hours.get(local_hour)
    if hour is None:
        try:  # the date is checked here (30 February, year 1 moved before year 1)
            utc = dt.datetime.fromisoformat(value[:13] + ":00:00" + offset).astimezone(dt.UTC)
        except (ValueError, OverflowError):
            return None
        hour = _utc_hours.remember(local_hour, utc.isoformat(" ")[:13])
    text = hour + value[13:19] + ("." + fraction.ljust(6, "0") if fraction else ".000000")
    parsed = _from_iso(text + "+00:00")  # its tzinfo is datetime.UTC
    _parsed.remember(id(parsed), (parsed, text))
    return parsed


def _memo_lists(proc: _Processor) -> _Processor:
    """JSON of lists of text (tags, channels) repeats: serialised once per distinct list.
    So do lists of objects holding text (requested airings: a programme's slots) and the
    empty object (a revision's payload). A list is looked up before it is checked: only
    lists of text, or of objects of text keys and text or null values, are ever stored, and
    a key equal to one of those holds the same (the two shapes have memos of their own)."""
    memo: BoundedMemo[tuple[Any, ...], Any] = BoundedMemo(_MEMO_LIMIT)
    objects: BoundedMemo[tuple[Any, ...], Any] = BoundedMemo(_MEMO_LIMIT)
    empty_object = proc({})

    def process(value: Any) -> Any:
        if type(value) is not list:
            if type(value) is dict and not value:
                return empty_object
            return proc(value)
        if value and type(value[0]) is dict:
            return _objects(value)
        try:
            key = tuple(value)
            out = memo.get(key)
        except TypeError:  # unhashable members (objects): not memoised
            return proc(value)
        if out is None:
            out = proc(value)
            if all(type(v) is str for v in value):
                memo.remember(key, out)
        return out

    def _objects(value: list[Any]) -> Any:
        try:  # a member that is not an object has no items(); a list in one, no hash
            key = tuple([tuple(member.items()) for member in value])
            out = objects.get(key)
        except (AttributeError, TypeError):
            return proc(value)
        if out is None:
            out = proc(value)
            if all(type(member) is dict and all(
                    type(k) is str and (v is None or type(v) is str) for k, v in member.items())
                   for member in value):
                objects.remember(key, out)
        return out

    return process


def _flag(proc: _Processor) -> _Processor:
    """Booleans as SQLite stores them (1 and 0), without SQLAlchemy's checks for the two
    values that need none."""

    def process(value: Any) -> Any:
        if value is True:
            return 1
        if value is False:
            return 0
        return proc(value)

    return process
