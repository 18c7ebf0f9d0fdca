"""Small persistent sync facts (cursor, last success, link state) in the sync_state table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import SyncState

CURSOR = "catalogue.cursor"
LAST_SUCCESS = "sync.last_success_at"
LINK_STATE = "link.state"
CLOCK_SKEW = "source.clock_skew_s"


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncState, key)
    return default if row is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    session.merge(SyncState(key=key, value=value))


def read(db: Database, key: str, default: Any = None) -> Any:
    with db.read() as session:
        value = session.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def write(db: Database, key: str, value: Any) -> None:
    with db.write() as session:
        put(session, key, value)
