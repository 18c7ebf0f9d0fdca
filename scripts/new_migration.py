"""Write a new Alembic migration from the difference between the entities and the schema.

    python scripts/new_migration.py "add board resolution"

It builds a scratch database at the current head, autogenerates the next revision into
console/migrations/versions, and prints its path: read it and adjust before committing.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command

from console.db.database import Database, sqlite_url
from console.db.migrate import alembic_config, head_revision, upgrade


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "scratch.sqlite3")
        db = Database(url)
        upgrade(db)
        db.dispose()
        number = int(head_revision()) + 1
        script = command.revision(alembic_config(url), message=args.message,
                                  autogenerate=True, rev_id=f"{number:04d}")
    print(script.path if script is not None and not isinstance(script, list) else script)


if __name__ == "__main__":
    main()
