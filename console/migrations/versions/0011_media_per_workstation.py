"""each workstation's own media cache on a shared database

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 21:00:00

Both databases get `media_copy`: the state of a file in one workstation's own cache
(ready, evicted, partial, failed), keyed by the workstation's id (workstation.json). It is
used only when several PCs share a PostgreSQL database and each keeps its own media
folder; one PC alone (SQLite), or PCs sharing a media folder, keep using media_blob's
columns. On PostgreSQL the copies that a PC held are not guessed here: each PC adopts the
verified files of its own folder when it first opens the station (console.media.copies).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'media_copy',
        sa.Column('workstation', sa.String(length=64), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('bytes_done', sa.BigInteger(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('verified_at', sa.DateTime(), nullable=True),
        sa.Column('last_used_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('workstation', 'sha256', name=op.f('pk_media_copy')),
    )
    op.create_index('ix_media_copy_workstation_state', 'media_copy', ['workstation', 'state'])


def downgrade() -> None:
    op.drop_index('ix_media_copy_workstation_state', table_name='media_copy')
    op.drop_table('media_copy')
