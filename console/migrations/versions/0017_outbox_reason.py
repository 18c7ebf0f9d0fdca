"""outbox: why a message waits, kept as a sentence with its values

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 06:00:00

As for delivery jobs (0016): `last_error` stays English (the log, the command line);
`last_reason` keeps the same sentence with {fields} and their values, so the Outbox page
says why a message waits in the window's language. Older entries have none: their English
reason shows as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('last_reason', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox') as batch_op:
        batch_op.drop_column('last_reason')
