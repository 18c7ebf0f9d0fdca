"""Fast bulk inserts: the driver's executemany with SQLAlchemy's own value conversion.

The ORM and Core build parameters row by row through several layers; for pages of a
thousand catalogue items that costs more than the database itself. Here each column's
bind processor (the very function SQLAlchemy would apply: JSON, UTC datetimes, booleans)
is looked up once and the rows go to the driver as tuples, so what is stored is identical.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


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


class RowConverter:
    """Rows of one table turned into driver tuples (SQLite), ready for executemany.

    Converting is Python work that needs no connection, so a caller may do it in another
    thread (the catalogue sync converts page N+1 while page N is written).
    """

    def __init__(self, dialect: Dialect, table: Table, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        processors: list[Callable[[Any], Any] | None] = [
            table.c[name].type._cached_bind_processor(dialect) for name in self.columns]
        self._converted = [(i, proc) for i, proc in enumerate(processors) if proc is not None]
        quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in self.columns)
        self.sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
                    f"({quoted}) VALUES ({', '.join('?' * len(self.columns))})")

    def convert(self, row: dict[str, Any]) -> tuple[Any, ...]:
        values = [row[name] for name in self.columns]
        for i, proc in self._converted:
            if values[i] is not None:
                values[i] = proc(values[i])
        return tuple(values)

    def insert(self, session: Session, params: list[tuple[Any, ...]]) -> None:
        if params:
            session.connection().exec_driver_sql(self.sql, params)
