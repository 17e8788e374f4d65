"""Push this kiosk's changes: the outbox in device order, batch by batch, each batch one central
transaction; an entry is deleted here only after its batch's commit is acknowledged, so a lost
connection at any moment means sending it again, and the central op log makes that harmless.
Anonymous feedback and votes go separately, in random order, once there are enough of them (or
they are from an earlier day) that their order and timing say nothing about who gave them."""

import logging
import random
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

import psycopg

from .central.apply import apply_anonymous, apply_batch
from .local import LocalStore
from .ops import BatchOutcome

log = logging.getLogger(__name__)

#: Anonymous rows wait until at least this many are queued (or one is from an earlier day).
ANONYMOUS_CROWD = 10
_shuffle = random.SystemRandom().shuffle
_DAY_FIELDS = ("given_on", "voted_on")


@dataclass
class PushOutcome:
    pushed: int = 0
    anonymous: int = 0
    batches: int = 0
    central: BatchOutcome = field(default_factory=BatchOutcome)


def push_outbox(conn: psycopg.Connection, store: LocalStore, hub_id: uuid.UUID,
                device_id: uuid.UUID, batch_size: int, outcome: PushOutcome) -> None:
    """Send every change queued before this call, oldest first. The kiosk's own reads and
    deletes run on a helper thread, overlapping the central transactions: the next batch is read
    while one is applied, and a batch is deleted here only once its commit is acknowledged."""
    upto = store.last_outbox_seq()
    log.debug("pushing the outbox up to device sequence %d", upto)
    with ThreadPoolExecutor(1, thread_name_prefix="kiosk-outbox") as local:
        upcoming = local.submit(store.outbox_batch, upto, batch_size)
        deletes = []
        while ops := upcoming.result():
            upcoming = local.submit(store.outbox_batch, upto, batch_size, ops[-1].seq)
            result = apply_batch(conn, hub_id, device_id, ops)
            deletes.append(local.submit(store.forget_pushed, ops))
            outcome.pushed += len(ops)
            outcome.batches += 1
            outcome.central.add(result)
            log.debug("pushed %d changes (device sequence %d to %d)", len(ops), ops[0].seq, ops[-1].seq)
        for done in deletes:
            done.result()


def anonymous_due(entries: list, today: date, crowd: int) -> bool:
    """Enough anonymous rows to hide in, or one from an earlier day (so it goes at least daily)."""
    if not entries:
        return False
    if len(entries) >= crowd:
        return True
    return any(_day(payload) < today for _, _, payload in entries)


def _day(payload: dict) -> date:
    for name in _DAY_FIELDS:
        if payload.get(name):
            return date.fromisoformat(payload[name])
    return date.min


def push_anonymous(conn: psycopg.Connection, store: LocalStore, hub_id: uuid.UUID, today: date,
                   crowd: int, outcome: PushOutcome) -> None:
    entries = store.anonymous_entries()
    if not anonymous_due(entries, today, crowd):
        return
    _shuffle(entries)
    stored = apply_anonymous(conn, hub_id, [(entity, payload) for _, entity, payload in entries])
    sent = [entry_id for entry_id, _, payload in entries if uuid.UUID(str(payload["id"])) in stored]
    store.forget_anonymous(sent)
    outcome.anonymous += len(sent)
