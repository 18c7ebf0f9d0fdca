"""The station as the window shell names it (read in a worker)."""

from __future__ import annotations

from sqlalchemy import select

from ..db import Database
from ..models import Station


def read_station_name(db: Database) -> str | None:
    with db.read() as session:
        return session.scalar(select(Station.name).order_by(Station.id).limit(1))
