"""Send this device's audit entries to the central database, where they are kept append-only and
in this device's name, and bring back what the central copy confirms for every device of the hub:
the last entry it holds and any gaps in a device's numbering. The desk's audit page shows it."""

import json
import logging
import uuid

import psycopg
from sqlalchemy import select, true

from ..db.models import AuditEntry
from ..services.audit import AUDIT_CENTRAL
from .local import LocalStore

log = logging.getLogger(__name__)

#: Entries per central statement.
PAGE = 500
#: Gaps brought back per device (the newest).
GAPS_SHOWN = 20
_COLUMNS = ("id", "at", "actor_id", "actor_name", "action", "entity", "entity_id", "detail", "device_seq")

_INSERT = """
INSERT INTO audit_entry (id, hub_id, at, actor_id, actor_name, action, entity, entity_id, detail,
                         device_id, device_seq)
SELECT u.id, %(hub)s, u.at, (SELECT s.id FROM staff_account s WHERE s.id = u.actor_id), u.actor_name,
       u.action, u.entity, u.entity_id, u.detail, %(device)s, u.device_seq
FROM unnest(%(id)s::uuid[], %(at)s::timestamptz[], %(actor_id)s::uuid[], %(actor_name)s::text[],
            %(action)s::text[], %(entity)s::text[], %(entity_id)s::uuid[], %(detail)s::json[],
            %(device_seq)s::bigint[])
     WITH ORDINALITY AS u(id, at, actor_id, actor_name, action, entity, entity_id, detail, device_seq, n)
ORDER BY u.n
ON CONFLICT (id) DO NOTHING
"""

_HEADS = """
SELECT d.id, d.name, top.device_seq, top.at
FROM device d
LEFT JOIN LATERAL (SELECT a.device_seq, a.at FROM audit_entry a WHERE a.device_id = d.id
                   AND a.device_seq IS NOT NULL ORDER BY a.device_seq DESC LIMIT 1) top ON true
WHERE d.hub_id = %s ORDER BY d.name
"""


def push_audit(conn: psycopg.Connection, store: LocalStore, hub_id: uuid.UUID,
               device_id: uuid.UUID) -> int:
    """Send the entries the central copy lacks (numbered after its last one, oldest first; on the
    first send also those written before entries were numbered), then store what it confirms.
    Returns how many entries were sent."""
    top = conn.execute("SELECT coalesce(max(device_seq), 0) FROM audit_entry WHERE device_id = %s",
                       [device_id]).fetchone()[0]
    seq, key = AuditEntry.__table__.c.device_seq, AuditEntry.__table__.c.id
    sent, last_id = 0, None
    while top == 0 and (rows := _page(store, seq.is_(None) & ((key > last_id) if last_id else true()), key)):
        sent += _send(conn, hub_id, device_id, rows)
        last_id = rows[-1]["id"]
    while rows := _page(store, seq > top, seq):
        sent += _send(conn, hub_id, device_id, rows)
        top = rows[-1]["device_seq"]
    _confirm(conn, store, hub_id)
    return sent


def _page(store: LocalStore, wanted, order) -> list[dict]:
    table = AuditEntry.__table__
    stmt = select(*(table.c[n] for n in _COLUMNS)).where(wanted).order_by(order).limit(PAGE)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def _send(conn: psycopg.Connection, hub_id: uuid.UUID, device_id: uuid.UUID, rows: list[dict]) -> int:
    with conn.transaction():
        conn.execute(_INSERT, {"hub": hub_id, "device": device_id, **_arrays(rows)})
    return len(rows)


def _arrays(rows: list[dict]) -> dict[str, list]:
    arrays = {name: [r[name] for r in rows] for name in _COLUMNS}
    arrays["detail"] = [json.dumps(d or {}) for d in arrays["detail"]]
    return arrays


def _confirm(conn: psycopg.Connection, store: LocalStore, hub_id: uuid.UUID) -> None:
    """Keep, in this kiosk's database, what the central copy holds for every device of the hub."""
    confirmed_at = conn.execute("SELECT now()").fetchone()[0]
    gaps: dict[uuid.UUID, list] = {}
    for device, first, last, kind, found in conn.execute(
            "SELECT device_id, first_seq, last_seq, kind, found_at FROM sync_audit_gap "
            "WHERE hub_id = %s ORDER BY found_at DESC, id DESC", [hub_id]):
        if len(gaps.setdefault(device, [])) < GAPS_SHOWN:
            gaps[device].append({"first": first, "last": last, "kind": kind, "found_at": found.isoformat()})
    devices = [{"device_id": str(d), "name": name, "last_seq": seq, "last_at": at.isoformat() if at else None,
                "gaps": gaps.get(d, [])} for d, name, seq, at in conn.execute(_HEADS, [hub_id])]
    store.save_states({AUDIT_CENTRAL: json.dumps({"confirmed_at": confirmed_at.isoformat(),
                                                  "devices": devices})})
