"""Library search: the SQLite FTS5 index of the catalogue and the queries over it.

sqlfunctions.py  registers fold() and vi_key() (from console.text) on every SQLite
                 connection, and indexes a transaction's changes before it commits
ddl.py, schema.py the FTS5 table, the triggers that keep it in step, health check, rebuild
backlog.py       indexes what a long sync left queued, in short batches
words.py         what was typed, as words (both back ends)
query.py         full-text queries: match expressions, ranked ids, `items search`
postgres.py      the same search on PostgreSQL (tsvector, word pairs)

This package imports nothing from Qt. The composition root gives `sqlfunctions.install`
to every Database it opens (console.station.database_setup).
"""
