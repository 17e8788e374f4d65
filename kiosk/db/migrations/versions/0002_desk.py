"""Front desk: hub settings (retention, idle timeouts), each device's printer, and the undo
journal of timetable edits.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import kiosk.db.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('session_edit',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=80), nullable=False),
    sa.Column('at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('before', sa.JSON(), nullable=False),
    sa.Column('after', sa.JSON(), nullable=False),
    sa.Column('undone_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['staff_account.id'], name=op.f('fk_session_edit_actor_id_staff_account')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_session_edit_hub_id_hub')),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_session_edit_session_id_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_edit'))
    )
    with op.batch_alter_table('session_edit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_edit_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_edit_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('printer', sa.String(length=200), nullable=True))

    with op.batch_alter_table('hub', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_days', sa.Integer(), server_default='30', nullable=False))
        batch_op.add_column(sa.Column('visitor_idle_seconds', sa.Integer(), server_default='90', nullable=False))
        batch_op.add_column(sa.Column('desk_lock_minutes', sa.Integer(), server_default='5', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('hub', schema=None) as batch_op:
        batch_op.drop_column('desk_lock_minutes')
        batch_op.drop_column('visitor_idle_seconds')
        batch_op.drop_column('retention_days')

    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('printer')

    with op.batch_alter_table('session_edit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_edit_session_id'))
        batch_op.drop_index(batch_op.f('ix_session_edit_hub_id'))

    op.drop_table('session_edit')
