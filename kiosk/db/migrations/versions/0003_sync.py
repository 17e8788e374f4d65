"""Central sync: each replicated row's place in its hub's change feed (server_seq), the status a
visitor was shown before the central decision, the applied-ops log and the device logins.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import kiosk.db.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: Replicated tables; those with a hub_id get an index for reading the feed by hub and position.
_WITH_HUB = ('activity', 'booking', 'device', 'feedback', 'poll', 'poll_vote', 'response', 'series',
             'session', 'visit')
_WITHOUT_HUB = ('hub', 'poll_option')


def upgrade() -> None:
    op.create_table('sync_applied_op',
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_sync_applied_op'))
    )
    op.create_table('sync_device_login',
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_sync_device_login_device_id_device')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_sync_device_login_hub_id_hub')),
    sa.PrimaryKeyConstraint('role_name', name=op.f('pk_sync_device_login')),
    sa.UniqueConstraint('device_id', name=op.f('uq_sync_device_login_device_id'))
    )
    with op.batch_alter_table('sync_device_login', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_device_login_hub_id'), ['hub_id'], unique=False)

    for table in _WITH_HUB + _WITHOUT_HUB:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('server_seq', sa.BigInteger(), nullable=True))
            if table == 'booking':
                batch_op.add_column(sa.Column('provisional_status', sa.String(length=20), nullable=True))
            if table in _WITH_HUB:
                batch_op.create_index(f'ix_{table}_hub_id_server_seq', ['hub_id', 'server_seq'],
                                      unique=False)


def downgrade() -> None:
    for table in _WITH_HUB + _WITHOUT_HUB:
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table in _WITH_HUB:
                batch_op.drop_index(f'ix_{table}_hub_id_server_seq')
            if table == 'booking':
                batch_op.drop_column('provisional_status')
            batch_op.drop_column('server_seq')

    with op.batch_alter_table('sync_device_login', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_device_login_hub_id'))
    op.drop_table('sync_device_login')
    op.drop_table('sync_applied_op')
