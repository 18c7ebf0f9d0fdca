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
    columns = list(rows[0])
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type._cached_bind_processor(dialect) for name in columns]
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in columns)
    sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    converted = [(i, proc) for i, proc in enumerate(processors) if proc is not None]
    params = []
    for row in rows:
        values = [row[name] for name in columns]
        for i, proc in converted:
            if values[i] is not None:
                values[i] = proc(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)
