"""Privacy: erasure markers (so a later sync cannot bring erased names back), and a partial
index for the visits still open ("who is in now").

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa
import kiosk.db.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('erasure',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('erased_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_erasure_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure'))
    )
    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.create_index('ix_erasure_entity_entity_id', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_erasure_hub_id'), ['hub_id'], unique=False)

    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_open', ['hub_id', 'arrived_at'], unique=False, sqlite_where=sa.text('left_at IS NULL'), postgresql_where=sa.text('left_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_open', sqlite_where=sa.text('left_at IS NULL'), postgresql_where=sa.text('left_at IS NULL'))

    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasure_hub_id'))
        batch_op.drop_index('ix_erasure_entity_entity_id')

    op.drop_table('erasure')
