"""Boards' AAC files made by the AAC coder that overshot the true-peak ceiling (before
migration 0015) are forgotten, so the next push encodes them again; the other formats'
encodes are kept."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from console.db.database import Database, sqlite_url
from console.db.migrate import upgrade


def test_boards_aac_encodes_are_made_again_after_the_upgrade(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "station.sqlite3"))
    try:
        upgrade(db, "0014")
        with db.engine.begin() as conn:
            for n, fmt in enumerate(("m4a", "mp3", "mp3-low", "flac")):
                conn.execute(sa.text(
                    "INSERT INTO loudness_encode (source_sha256, format, target_lufs, "
                    "true_peak_limit, sha256, integrated_lufs, true_peak_dbtp, duration_s, "
                    "created_at) VALUES (:src, :fmt, -16.0, -1.0, :sha, -16.1, -1.9, 180.0, "
                    "CURRENT_TIMESTAMP)"), {"src": "a" * 64, "fmt": fmt, "sha": f"{n}" * 64})
        upgrade(db)
        with db.engine.connect() as conn:
            kept = set(conn.execute(sa.text("SELECT format FROM loudness_encode")).scalars())
        assert kept == {"mp3", "mp3-low", "flac"}
    finally:
        db.dispose()
