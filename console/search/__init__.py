"""Library search: Vietnamese folding, collation keys and the SQLite FTS5 index.

folding.py       fold() for search (case, accents, đ/Đ → d) and query tokens
collation.py     vi_key(): a Vietnamese sort key the database can index
sqlfunctions.py  registers fold() and vi_key() on every SQLite connection
schema.py        the FTS5 table, the triggers that keep it in step, health check, rebuild
query.py         full-text queries: match expressions, ranked ids, `items search`

This package imports nothing from Qt. Import the modules themselves: this file stays
empty so that console.db can import sqlfunctions without an import cycle.
"""
