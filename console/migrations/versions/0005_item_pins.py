"""items kept on this PC: the media cache never evicts their files

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 15:00:00

- item_pin: the items a person chose to keep on this PC ("Giữ trên máy này"), with who and
  when. The cache's eviction (console/media/cache.py) never removes their files.
- media_blob.state may now be "evicted": removed to keep the cache within its size; the sync
  fetches it again only when a programme, a template or a person needs it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_pin",
        sa.Column("item_id", sa.String(length=128), nullable=False),
        sa.Column("pinned_by", sa.String(length=100), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["source_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id"),
    )


def downgrade() -> None:
    op.drop_table("item_pin")
    # An evicted file is simply not on this PC; older versions call that "missing".
    op.execute(sa.text("UPDATE media_blob SET state = 'missing' WHERE state = 'evicted'"))
