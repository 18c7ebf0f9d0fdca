"""Engine, sessions and migrations: the only way the rest of the program reaches the database."""

from .database import Database, DatabaseError
from .integrity import DatabaseCorrupt
from .migrate import (
    DatabaseTooNew,
    MigrationError,
    current_revision,
    head_revision,
    open_database,
    upgrade,
)

__all__ = [
    "Database", "DatabaseCorrupt", "DatabaseError", "DatabaseTooNew", "MigrationError",
    "current_revision", "head_revision", "open_database", "upgrade",
]
