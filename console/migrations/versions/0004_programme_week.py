"""the programme week: several times a day, skipped and moved airings, village targets,
templates

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 14:00:00

- schedule.times: every start time of a day ("HH:MM"); time_of_day stays the first of them.
- schedule.skip: days ("YYYY-MM-DD") or single airings ("YYYY-MM-DDTHH:MM") left out.
- schedule.extra: airings moved to another time ("YYYY-MM-DDTHH:MM").
- programme_target.village_id: a village as a target (its clusters and boards at push time).
- programme.is_template: templates ("Bản tin sáng 05:30", "Bản tin chiều 17:00") that new
  programmes are made from; a station gets the two starter templates here (the starter
  entries are placed when the station first has a jingle, see services/programmes/templates.py).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

STARTERS = (("Bản tin sáng 05:30", "05:30"), ("Bản tin chiều 17:00", "17:00"))


def upgrade() -> None:
    with op.batch_alter_table("schedule") as batch:
        batch.add_column(sa.Column("times", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("skip", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("extra", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("programme_target") as batch:
        batch.add_column(sa.Column("village_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_programme_target_village", "village", ["village_id"],
                                 ["id"])
    with op.batch_alter_table("programme") as batch:
        batch.add_column(sa.Column("is_template", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.create_index("ix_programme_is_template", ["is_template"])
    # Existing schedules: their one time of day becomes the list of times.
    conn = op.get_bind()
    for sid, time_of_day in conn.execute(sa.text(
            "SELECT id, time_of_day FROM schedule WHERE time_of_day IS NOT NULL")):
        hhmm = str(time_of_day)[:5]
        conn.execute(sa.text("UPDATE schedule SET times = :t WHERE id = :i"),
                     {"t": f'["{hhmm}"]', "i": sid})
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    # SQLite runs the statement as released; PostgreSQL wants booleans and RETURNING.
    postgres = conn.dialect.name == "postgresql"
    for name, hhmm in STARTERS:
        if postgres:
            pid = conn.execute(sa.text(
                "INSERT INTO programme (name, status, priority, all_targets, created_by, "
                "created_at, updated_at, version, is_template) VALUES "
                "(:n, 'draft', 'normal', true, 'system', :now, :now, 1, true) RETURNING id"),
                {"n": name, "now": now}).scalar_one()
        else:
            pid = conn.execute(sa.text(
                "INSERT INTO programme (name, status, priority, all_targets, created_by, "
                "created_at, updated_at, version, is_template) VALUES "
                "(:n, 'draft', 'normal', 1, 'system', :now, :now, 1, 1)"),
                {"n": name, "now": now}).lastrowid
        conn.execute(sa.text(
            "INSERT INTO schedule (programme_id, repeat, weekdays, time_of_day, times, skip, "
            "extra, replay_count, replay_interval_min) VALUES "
            "(:p, 'daily', '[]', :t, :ts, '[]', '[]', 1, 0)"),
            {"p": pid, "t": f"{hhmm}:00.000000", "ts": f'["{hhmm}"]'})


def downgrade() -> None:
    conn = op.get_bind()
    template = "true" if conn.dialect.name == "postgresql" else "1"
    conn.execute(sa.text(f"DELETE FROM programme WHERE is_template = {template}"))
    with op.batch_alter_table("programme") as batch:
        batch.drop_index("ix_programme_is_template")
        batch.drop_column("is_template")
    with op.batch_alter_table("programme_target") as batch:
        batch.drop_constraint("fk_programme_target_village", type_="foreignkey")
        batch.drop_column("village_id")
    with op.batch_alter_table("schedule") as batch:
        batch.drop_column("extra")
        batch.drop_column("skip")
        batch.drop_column("times")
