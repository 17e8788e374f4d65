"""Leaving codes and device letters: each device of a hub gets its own letter (given by the
central database, or "A" on a stand-alone kiosk), so day numbers like "Visitor A27" are unique
across a hub's touchscreens; each visit keeps the short code its visitor leaves with.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('letter', sa.String(length=3), nullable=True))
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device_letter', sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column('leave_code', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('leave_code')
        batch_op.drop_column('device_letter')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('letter')
