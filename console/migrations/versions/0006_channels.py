"""the plan's other channels: Zalo OA articles and readings, the propagandist team, the
annual plan, report sections

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:37:31

- zalo_article: one row per bulletin revision published to the commune's Zalo OA (the
  outbox of the Zalo engine); zalo_view_reading and zalo_follower_reading: daily readings.
- propagandist, team_activity, training, training_attendee: the propagandist team.
- plan_theme: the annual plan's themes with planned counts per channel.
- report.sections: plan against actual, the OA and the team, frozen with the figures.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_kind', sa.String(length=16), nullable=False),
    sa.Column('period_index', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('planned_airings', sa.Integer(), nullable=False),
    sa.Column('planned_board_days', sa.Integer(), nullable=False),
    sa.Column('planned_zalo_articles', sa.Integer(), nullable=False),
    sa.Column('planned_team_activities', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_theme'))
    )
    with op.batch_alter_table('plan_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_theme_year'), ['year'], unique=False)

    op.create_table('zalo_article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('item_id', sa.String(length=128), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('article', sa.JSON(), nullable=False),
    sa.Column('cover_sha256', sa.String(length=64), nullable=True),
    sa.Column('cover_url', sa.String(length=2000), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('token', sa.String(length=300), nullable=True),
    sa.Column('article_id', sa.String(length=100), nullable=True),
    sa.Column('requested_by', sa.String(length=100), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('create_sent_at', sa.DateTime(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('remove_reason', sa.String(length=32), nullable=True),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('total_view', sa.Integer(), nullable=True),
    sa.Column('total_share', sa.Integer(), nullable=True),
    sa.Column('views_read_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zalo_article')),
    sa.UniqueConstraint('key', name=op.f('uq_zalo_article_key'))
    )
    with op.batch_alter_table('zalo_article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zalo_article_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zalo_article_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zalo_article_state'), ['state'], unique=False)

    op.create_table('zalo_follower_reading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.Column('followers', sa.Integer(), nullable=False),
    sa.Column('oa_name', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zalo_follower_reading')),
    sa.UniqueConstraint('day', name=op.f('uq_zalo_follower_reading_day'))
    )
    op.create_table('training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['theme_id'], ['plan_theme.id'], name=op.f('fk_training_theme_id_plan_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_theme_id'), ['theme_id'], unique=False)

    op.create_table('zalo_view_reading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_row_id', sa.Integer(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.Column('total_view', sa.Integer(), nullable=False),
    sa.Column('total_share', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_row_id'], ['zalo_article.id'], name=op.f('fk_zalo_view_reading_article_row_id_zalo_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zalo_view_reading'))
    )
    with op.batch_alter_table('zalo_view_reading', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zalo_view_reading_article_row_id'), ['article_row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zalo_view_reading_read_at'), ['read_at'], unique=False)

    op.create_table('propagandist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('zalo', sa.String(length=100), nullable=True),
    sa.Column('role', sa.String(length=100), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_propagandist_village_id_village'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_propagandist'))
    )
    with op.batch_alter_table('propagandist', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_propagandist_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_propagandist_village_id'), ['village_id'], unique=False)

    op.create_table('team_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('people_reached', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['theme_id'], ['plan_theme.id'], name=op.f('fk_team_activity_theme_id_plan_theme'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_team_activity_village_id_village'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_activity'))
    )
    with op.batch_alter_table('team_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_activity_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_activity_theme_id'), ['theme_id'], unique=False)

    op.create_table('training_attendee',
    sa.Column('training_id', sa.Integer(), nullable=False),
    sa.Column('propagandist_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['propagandist_id'], ['propagandist.id'], name=op.f('fk_training_attendee_propagandist_id_propagandist'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_attendee_training_id_training'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('training_id', 'propagandist_id', name=op.f('pk_training_attendee'))
    )
    with op.batch_alter_table('training_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_attendee_propagandist_id'), ['propagandist_id'], unique=False)

    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sections', sa.JSON(), nullable=False,
                                      server_default='{}'))



def downgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_column('sections')

    with op.batch_alter_table('training_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_attendee_propagandist_id'))

    op.drop_table('training_attendee')
    with op.batch_alter_table('team_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_activity_theme_id'))
        batch_op.drop_index(batch_op.f('ix_team_activity_day'))

    op.drop_table('team_activity')
    with op.batch_alter_table('propagandist', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_propagandist_village_id'))
        batch_op.drop_index(batch_op.f('ix_propagandist_phone'))

    op.drop_table('propagandist')
    with op.batch_alter_table('zalo_view_reading', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zalo_view_reading_read_at'))
        batch_op.drop_index(batch_op.f('ix_zalo_view_reading_article_row_id'))

    op.drop_table('zalo_view_reading')
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_theme_id'))
        batch_op.drop_index(batch_op.f('ix_training_day'))

    op.drop_table('training')
    op.drop_table('zalo_follower_reading')
    with op.batch_alter_table('zalo_article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zalo_article_state'))
        batch_op.drop_index(batch_op.f('ix_zalo_article_item_id'))
        batch_op.drop_index(batch_op.f('ix_zalo_article_article_id'))

    op.drop_table('zalo_article')
    with op.batch_alter_table('plan_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_theme_year'))

    op.drop_table('plan_theme')
