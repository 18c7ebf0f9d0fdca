"""delivery jobs: the reason kept as a sentence with its values

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:30:00

A job's `detail` is English (the log, the command line). `reason` keeps the same as its
sentence with {fields} and their values (console.text.translatable.Reason), so the window
shows why a device did not take a push in its own language. Jobs written before have
none: the window shows their English detail as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('delivery_job', sa.Column('reason', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('delivery_job') as batch_op:
        batch_op.drop_column('reason')
