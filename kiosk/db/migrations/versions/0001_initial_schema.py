"""Initial schema: hubs, timetable, bookings, visits, anonymous feedback and polls,
staff and the append-only audit log, and the outbox and sync state.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa
import kiosk.db.base


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


_APPEND_ONLY_SQLITE = [
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
]
_APPEND_ONLY_POSTGRESQL = [
    "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$",
    "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
]


def _append_only_audit() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _APPEND_ONLY_SQLITE if dialect == "sqlite" else _APPEND_ONLY_POSTGRESQL:
        op.execute(statement)


def _drop_append_only_audit() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_append_only()")


def upgrade() -> None:
    op.create_table('anonymous_outbox',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anonymous_outbox'))
    )
    op.create_table('hub',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=400), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('web_address', sa.String(length=400), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('crisis_contacts', sa.JSON(), nullable=False),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id')),
    sqlite_autoincrement=True
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('activity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('what_to_bring', sa.Text(), nullable=True),
    sa.Column('accessibility', sa.Text(), nullable=True),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('icon', sa.String(length=40), nullable=False),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_activity_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_hub_id'), ['hub_id'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_device_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_hub_id'), ['hub_id'], unique=False)

    op.create_table('poll',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('closed_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_poll_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll'))
    )
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_hub_id'), ['hub_id'], unique=False)

    op.create_table('staff_account',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('locked_until', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_staff_account_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_account'))
    )
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_account_hub_id'), ['hub_id'], unique=False)

    op.create_table('visit',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('day_number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=True),
    sa.Column('district', sa.String(length=8), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=True),
    sa.Column('first_visit', sa.Boolean(), nullable=False),
    sa.Column('family_count', sa.Integer(), nullable=False),
    sa.Column('arrived_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('left_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_visit_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_hub_id_arrived_at', ['hub_id', 'arrived_at'], unique=False)

    op.create_table('audit_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=True),
    sa.Column('at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff_account.id'], name=op.f('fk_audit_entry_actor_id_staff_account')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_audit_entry_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_hub_id'), ['hub_id'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('rating BETWEEN 1 AND 5', name=op.f('ck_feedback_rating_range')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_feedback_activity_id_activity')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_feedback_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_given_on'), ['given_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_hub_id'), ['hub_id'], unique=False)

    op.create_table('poll_option',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('poll_id', sa.Uuid(), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['poll_id'], ['poll.id'], name=op.f('fk_poll_option_poll_id_poll')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_option'))
    )
    with op.batch_alter_table('poll_option', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_option_poll_id'), ['poll_id'], unique=False)

    op.create_table('response',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('you_said', sa.String(length=300), nullable=False),
    sa.Column('we_did', sa.String(length=600), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.Column('published_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_response_activity_id_activity')),
    sa.ForeignKeyConstraint(['author_id'], ['staff_account.id'], name=op.f('fk_response_author_id_staff_account')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_response_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response'))
    )
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_hub_id'), ['hub_id'], unique=False)

    op.create_table('series',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('local_start', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('first_date', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=False),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_series_activity_id_activity')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_series_hub_id_hub')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series'))
    )
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_series_hub_id'), ['hub_id'], unique=False)

    op.create_table('poll_vote',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('poll_id', sa.Uuid(), nullable=False),
    sa.Column('option_id', sa.Uuid(), nullable=False),
    sa.Column('voted_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_poll_vote_hub_id_hub')),
    sa.ForeignKeyConstraint(['option_id'], ['poll_option.id'], name=op.f('fk_poll_vote_option_id_poll_option')),
    sa.ForeignKeyConstraint(['poll_id'], ['poll.id'], name=op.f('fk_poll_vote_poll_id_poll')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_vote'))
    )
    with op.batch_alter_table('poll_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_vote_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_poll_vote_poll_id'), ['poll_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('series_id', sa.Uuid(), nullable=True),
    sa.Column('starts_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('facilitator', sa.String(length=80), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.CheckConstraint('capacity >= 0', name=op.f('ck_session_capacity_not_negative')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_session_ends_after_start')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_session_activity_id_activity')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_session_hub_id_hub')),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_session_series_id_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session'))
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index('ix_session_hub_id_starts_at', ['hub_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_series_id'), ['series_id'], unique=False)

    op.create_table('booking',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('reference', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=True),
    sa.Column('party', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_reason', sa.String(length=300), nullable=True),
    sa.Column('queue_no', sa.Integer(), nullable=False),
    sa.Column('origin_device_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', kiosk.db.base.UtcDateTime(timezone=True), nullable=True),
    sa.CheckConstraint('party BETWEEN 1 AND 6', name=op.f('ck_booking_party_size')),
    sa.ForeignKeyConstraint(['hub_id'], ['hub.id'], name=op.f('fk_booking_hub_id_hub')),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_booking_session_id_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking')),
    sa.UniqueConstraint('reference', name=op.f('uq_booking_reference'))
    )
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index('ix_booking_session_id_status', ['session_id', 'status'], unique=False)


    _append_only_audit()

def downgrade() -> None:
    _drop_append_only_audit()
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.drop_index('ix_booking_session_id_status')
        batch_op.drop_index(batch_op.f('ix_booking_hub_id'))

    op.drop_table('booking')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_series_id'))
        batch_op.drop_index('ix_session_hub_id_starts_at')
        batch_op.drop_index(batch_op.f('ix_session_activity_id'))

    op.drop_table('session')
    with op.batch_alter_table('poll_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_vote_poll_id'))
        batch_op.drop_index(batch_op.f('ix_poll_vote_hub_id'))

    op.drop_table('poll_vote')
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_hub_id'))
        batch_op.drop_index(batch_op.f('ix_series_activity_id'))

    op.drop_table('series')
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_hub_id'))

    op.drop_table('response')
    with op.batch_alter_table('poll_option', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_option_poll_id'))

    op.drop_table('poll_option')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_hub_id'))
        batch_op.drop_index(batch_op.f('ix_feedback_given_on'))

    op.drop_table('feedback')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_hub_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_hub_id_arrived_at')

    op.drop_table('visit')
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_account_hub_id'))

    op.drop_table('staff_account')
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_hub_id'))

    op.drop_table('poll')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_hub_id'))

    op.drop_table('device')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_hub_id'))

    op.drop_table('activity')
    op.drop_table('sync_state')
    op.drop_table('outbox')
    op.drop_table('hub')
    op.drop_table('anonymous_outbox')
