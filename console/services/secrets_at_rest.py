"""Passwords and tokens that the station database would hold: there must be none.

Every secret of the console lives in the operating system's keyring (console.secrets):
the source system's password and tokens, device keys, board and Icecast passwords, the
Zalo tokens and, on a station whose database is on a PostgreSQL server, that server's
password. The database is shared by every PC of such a station and copied into every
backup, so a secret found there would reach all of them. `doctor` looks, on SQLite and on
PostgreSQL alike:

- the settings and the workers' saved states: a value under a name that says password,
  secret, token or key, or a URL with a password in it;
- every text column of every table whose name says so (a user's password *hash* and the
  id Zalo gives an article being made are not secrets);
- each device's options and address.

What is found is named (table, row, name), never shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, select

from ..db import Database
from ..models import Base, DeliveryTarget, SettingRow, SyncState

# A name that says it holds a secret: the whole name, or its last word.
SECRET_KEY = re.compile(r"(^|[._-])(password|passwd|pwd|secret|secret_key|token|access_token|"
                        r"refresh_token|api_key|apikey|private_key|device_key|key)$", re.I)
SECRET_COLUMN = re.compile(r"(^|_)(password|passwd|secret|secret_key|token|access_token|"
                           r"refresh_token|api_key|private_key)$", re.I)
# Names that sound like secrets but hold none.
NOT_SECRETS = frozenset({
    ("zalo_article", "token"),   # Zalo's id of an article being made (to ask how it went)
})
URL_WITH_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]*:[^/\s@]+@", re.I)


@dataclass(frozen=True)
class StoredSecret:
    where: str   # e.g. "setting source.password", "device cl-001, option key"

    def sentence(self) -> str:
        return (f"{self.where} holds a password or token in the station database (every PC "
                "and every backup has it): remove it there and keep it in the keyring")


def _in_json(value: Any, path: str = "") -> Iterator[str]:
    """The names under which a JSON value holds something secret."""
    if isinstance(value, dict):
        for key, inner in value.items():
            name = f"{path}.{key}" if path else str(key)
            if SECRET_KEY.search(str(key)) and inner not in (None, "", False, 0, [], {}):
                yield name
            else:
                yield from _in_json(inner, name)
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            yield from _in_json(inner, f"{path}[{n}]")
    elif isinstance(value, str) and URL_WITH_PASSWORD.search(value):
        yield path or "value"


def stored_secrets(db: Database) -> list[StoredSecret]:
    """Every place in the database that holds a secret (empty: none)."""
    found: list[StoredSecret] = []
    with db.read() as session:
        for table, rows in (("setting", select(SettingRow.key, SettingRow.value)),
                            ("state", select(SyncState.key, SyncState.value))):
            for key, value in session.execute(rows):
                if SECRET_KEY.search(key) and value not in (None, "", False, 0):
                    found.append(StoredSecret(f"{table} {key}"))
                    continue
                found += [StoredSecret(f"{table} {key}" + (f", {name}" if name != "value"
                                                          else ""))
                          for name in _in_json(value)]
        for target_id, address, options in session.execute(
                select(DeliveryTarget.id, DeliveryTarget.address, DeliveryTarget.options)
                .order_by(DeliveryTarget.id)):
            if URL_WITH_PASSWORD.search(address or ""):
                found.append(StoredSecret(f"device {target_id}, address"))
            found += [StoredSecret(f"device {target_id}, option {name}")
                      for name in _in_json(options or {})]
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if (not SECRET_COLUMN.search(column.name) or not isinstance(column.type, String)
                        or (table.name, column.name) in NOT_SECRETS):
                    continue
                count = session.scalar(select(func.count()).select_from(table).where(
                    column.is_not(None), column != "")) or 0
                if count:
                    found.append(StoredSecret(f"table {table.name}, column {column.name} "
                                              f"({count} row(s))"))
    return found
