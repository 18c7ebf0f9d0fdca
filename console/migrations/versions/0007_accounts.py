"""accounts: one-time passwords, sign-in lockout; the audit log searchable by person

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 14:00:00

- app_user.must_change_password: set for a new account or a password reset by an admin
  (a one-time password); the user must choose a new one at the next sign-in.
- app_user.failed_logins, app_user.locked_until: wrong passwords in a row, and the end of
  the lock they caused (five wrong passwords lock the account for five minutes).
- audit_log.actor gets an index: the audit viewer filters by person.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_actor'), ['actor'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_actor'))
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('must_change_password')
