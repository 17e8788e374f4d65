"""Staff accounts made before accounts travelled between a hub's devices: a desk queues each one
that has never been to the central database, once, so the hub's touchscreens get them too."""

import uuid
from datetime import datetime

from sqlalchemy import select

from ..db.models import Device, StaffAccount
from ..db.serialize import json_value
from ..domain.enums import DeviceRole
from ..domain.ids import uuid7
from .local import DEVICE_ID, OUTBOX, LocalStore

#: sync_state key: set once this database has queued its older staff accounts
DONE = "staff_accounts_queued"


def queue_unsent_staff(store: LocalStore, now: datetime) -> int:
    """Queue the accounts with no feed position and no change waiting; returns how many."""
    states = store.states()
    if states.get(DONE) or not states.get(DEVICE_ID):
        return 0
    table = StaffAccount.__table__
    queued = 0
    with store.write() as conn:
        role = conn.scalar(select(Device.role).where(Device.id == uuid.UUID(states[DEVICE_ID])))
        if role == DeviceRole.DESK.value:  # only a desk may change staff accounts centrally
            pending = store.pending_entities(conn)
            for row in conn.execute(select(table).where(table.c.server_seq.is_(None))).mappings():
                if ("staff_account", row["id"]) in pending:
                    continue
                conn.execute(OUTBOX.insert().values(
                    op_id=uuid7(), kind="staff_account.upsert", entity="staff_account", entity_id=row["id"],
                    payload={k: json_value(v) for k, v in row.items()}, created_at=now))
                queued += 1
        store.set_states(conn, {DONE: "1"})
    return queued
