"""The Zalo connection's non-secret facts, kept in the sync_state table under `zalo.*`.

Secrets (tokens, the app's secret key) are in the keyring (tokens.py); these are what the
window shows and what the worker needs to decide whether to try at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import SyncState

API_URL = "https://openapi.zalo.me"
OAUTH_URL = "https://oauth.zaloapp.com"

KEY = "zalo.connection"
PROBLEM_REVOKED = "refresh_token_refused"


@dataclass(frozen=True)
class Connection:
    api_url: str = ""
    oauth_url: str = ""
    app_id: str = ""
    oa_id: str = ""
    oa_name: str = ""
    expires_at: float = 0.0       # access token's end, epoch seconds (0: unknown)
    lifetime_s: float = 0.0       # as the last renewal said
    problem: str = ""             # "" or PROBLEM_REVOKED: the worker does not try
    problem_detail: str = ""
    connected_by: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.app_id and self.api_url)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _from(value: Any) -> Connection:
    if not isinstance(value, dict):
        return Connection()
    known = {k: value[k] for k in Connection.__dataclass_fields__ if k in value}
    return Connection(**known)


def get(session: Session) -> Connection:
    row = session.get(SyncState, KEY)
    return _from(row.value if row is not None else None)


def read(db: Database) -> Connection:
    with db.read() as session:
        value = session.scalar(select(SyncState.value).where(SyncState.key == KEY))
    return _from(value)


def put(session: Session, connection: Connection) -> None:
    session.merge(SyncState(key=KEY, value=connection.to_json()))


def update(db: Database, **changes: Any) -> Connection:
    """Change some fields in one write transaction; returns the new value."""
    with db.write() as session:
        current = get(session)
        new = Connection(**{**current.to_json(), **changes})
        put(session, new)
    return new


def clear(db: Database) -> None:
    with db.write() as session:
        row = session.get(SyncState, KEY)
        if row is not None:
            session.delete(row)
