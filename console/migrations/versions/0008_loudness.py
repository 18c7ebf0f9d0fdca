"""loudness encodes and the loudness of each play

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 13:28:53

- loudness_encode: a source file brought to the station's loudness in one target format
  (MP3 for clusters, low-rate MP3 for gateways, AAC for boards, FLAC for this computer),
  kept in the media cache under its own sha256.
- as_run.loudness_lufs / true_peak_dbtp: the measured loudness of what each target played.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('loudness_encode',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('target_lufs', sa.Double(), nullable=False),
    sa.Column('true_peak_limit', sa.Double(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('integrated_lufs', sa.Double(), nullable=True),
    sa.Column('true_peak_dbtp', sa.Double(), nullable=True),
    sa.Column('duration_s', sa.Double(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loudness_encode')),
    sa.UniqueConstraint('source_sha256', 'format', 'target_lufs', 'true_peak_limit', name=op.f('uq_loudness_encode_source_sha256'))
    )
    with op.batch_alter_table('loudness_encode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loudness_encode_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_loudness_encode_source_sha256'), ['source_sha256'], unique=False)

    with op.batch_alter_table('as_run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('loudness_lufs', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('true_peak_dbtp', sa.Double(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('as_run', schema=None) as batch_op:
        batch_op.drop_column('true_peak_dbtp')
        batch_op.drop_column('loudness_lufs')

    with op.batch_alter_table('loudness_encode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loudness_encode_source_sha256'))
        batch_op.drop_index(batch_op.f('ix_loudness_encode_sha256'))

    op.drop_table('loudness_encode')
