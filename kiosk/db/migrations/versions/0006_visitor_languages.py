"""Visitor languages: the hub's default language (the idle reset returns to it) and the
languages a hub lead has switched off on the visitor language button.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('hub', sa.Column('default_language', sa.String(length=8), server_default='en', nullable=False))
    op.add_column('hub', sa.Column('languages_off', sa.JSON(), server_default='[]', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('hub', schema=None) as batch_op:
        batch_op.drop_column('languages_off')
        batch_op.drop_column('default_language')
