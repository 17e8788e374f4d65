"""Staff accounts travel between a hub's devices (their change-feed position), and audit entries
carry the device that wrote them and its own running number, so the central copy shows a gap
where entries were removed before they were sent.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy): audit_entry's append-only triggers must stay in place
    op.add_column('staff_account', sa.Column('server_seq', sa.BigInteger(), nullable=True))
    op.create_index('ix_staff_account_hub_id_server_seq', 'staff_account', ['hub_id', 'server_seq'],
                    unique=False)
    op.add_column('audit_entry', sa.Column('device_id', sa.Uuid(), nullable=True))
    op.add_column('audit_entry', sa.Column('device_seq', sa.BigInteger(), nullable=True))
    op.create_index('ix_audit_entry_device_id_device_seq', 'audit_entry', ['device_id', 'device_seq'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_entry_device_id_device_seq', table_name='audit_entry')
    with op.batch_alter_table('audit_entry', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('device_seq')
        batch_op.drop_column('device_id')
    op.drop_index('ix_staff_account_hub_id_server_seq', table_name='staff_account')
    with op.batch_alter_table('staff_account', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('server_seq')
