"""The central booking rules, applied inside the push transaction with every session involved
locked (``SELECT … FOR UPDATE``): a booking is confirmed while places remain, else waitlisted,
never dropped, in the order bookings reach the central database; freed places go to the waiting
list first come, first served; a cancelled session cancels every booking it has, whichever kiosk
made it. Places a kiosk gave away by itself (automatic promotions) are decided here again."""

import uuid
from datetime import datetime

from psycopg import sql
from psycopg.rows import dict_row

from ...domain.enums import BookingStatus, SessionStatus
from ...domain.places import AUTOMATIC_PROMOTION, Waiting, decide, holds_place, promotions
from ...domain.refcode import new_reference
from .. import tables
from ..ops import Op, changed_columns
from . import rows

SESSION, BOOKING = tables.BY_NAME["session"], tables.BY_NAME["booking"]
CONFIRMED, WAITLISTED = BookingStatus.CONFIRMED.value, BookingStatus.WAITLISTED.value
CANCELLED = BookingStatus.CANCELLED.value
#: statuses the central database decides; others (a walk-in marked attended) are kept as sent
DECIDED_HERE = frozenset({CONFIRMED, WAITLISTED})
#: changes that set a booking's status on purpose (a volunteer's or visitor's choice)
STATUS_KINDS = frozenset({"booking.cancel", "booking.attendance", "booking.promote"})
#: changes after which the kiosk gave freed places to the waiting list there and then
FREES_PLACES = frozenset({"booking.cancel", "session.upsert"})
#: what any other change may alter on a booking that exists (never its status or queue place)
MUTABLE = ("status_reason", "name", "party", "updated_at", "deleted_at")
REFERENCE_TRIES = 20
#: what the rules read of a stored booking (changes to one are written column by column)
FACTS = ("id", "session_id", "status", "party", "queue_no", "deleted_at")


def _holds(booking: dict) -> bool:
    return holds_place(booking["status"], booking.get("deleted_at") is not None)


def instant(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def as_uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class BookingRules:
    """Applies one batch's session and booking ops; ``run`` returns the number of conflicts."""

    def __init__(self, conn, now: datetime):
        self.cur = conn.cursor(row_factory=dict_row)
        self.now = now
        self.sessions: dict[uuid.UUID, dict] = {}
        self.bookings: dict[uuid.UUID, dict] = {}
        self.by_session: dict[uuid.UUID, list[uuid.UUID]] = {}
        self.changed: dict[str, set[uuid.UUID]] = {"session": set(), "booking": set()}
        self.touched: dict[str, set[uuid.UUID]] = {"session": set(), "booking": set()}
        self.new_bookings: set[uuid.UUID] = set()
        self.edits: dict[uuid.UUID, dict] = {}
        self.held: dict[uuid.UUID, int] = {}
        self.last_queue: dict[uuid.UUID, int] = {}
        self.conflicts = 0

    def run(self, ops: list[Op]) -> int:
        if not ops:
            return 0
        session_ids = self._load(ops)
        for op in ops:
            if op.entity == "session":
                self._session_op(op)
            else:
                self._booking_op(op)
            if op.kind in FREES_PLACES:  # as the kiosk did, before any later booking is decided
                self._settle(op.entity_id if op.entity == "session" else
                             as_uuid(self.bookings[op.entity_id]["session_id"]))
        for session_id in sorted(session_ids):
            self._settle(session_id)
        self._write()
        return self.conflicts

    # -- reading, under lock -------------------------------------------------------------------

    def _load(self, ops: list[Op]) -> set[uuid.UUID]:
        """Lock the sessions (in id order: no deadlock between two kiosks) and read them, and the
        few facts of their bookings the rules need; both in one round trip."""
        ids = {op.entity_id for op in ops if op.entity == "session"}
        ids |= {as_uuid(op.payload["session_id"]) for op in ops
                if op.entity == "booking" and op.payload.get("session_id")}
        wanted = sorted(ids)
        conn = self.cur.connection
        with conn.pipeline():
            sessions = conn.cursor(row_factory=dict_row).execute(sql.SQL(
                "SELECT {} FROM session WHERE id = ANY(%s) ORDER BY id FOR UPDATE").format(
                    sql.SQL(", ").join(map(sql.Identifier, tables.columns(SESSION)))), [wanted])
            bookings = conn.cursor().execute(sql.SQL("SELECT {} FROM booking WHERE session_id = ANY(%s)")
                                             .format(sql.SQL(", ").join(map(sql.Identifier, FACTS))), [wanted])
        for row in sessions.fetchall():
            self.sessions[row["id"]] = row
        for row in bookings.fetchall():
            self._remember(dict(zip(FACTS, row, strict=True)))
        return ids

    def _remember(self, row: dict) -> None:
        booking_id, session_id = as_uuid(row["id"]), as_uuid(row["session_id"])
        self.bookings[booking_id] = row
        self.by_session.setdefault(session_id, []).append(booking_id)
        if session_id in self.held and _holds(row):
            self.held[session_id] += int(row["party"])
        self.last_queue[session_id] = max(self.last_queue.get(session_id, 0), int(row["queue_no"]))

    def _of_session(self, session_id: uuid.UUID) -> list[dict]:
        return [self.bookings[b] for b in self.by_session.get(session_id, ())]

    def _held(self, session_id: uuid.UUID) -> int:
        """Places held by the session's bookings (kept up to date as bookings are added)."""
        if session_id not in self.held:
            self.held[session_id] = sum(int(b["party"]) for b in self._of_session(session_id) if _holds(b))
        return self.held[session_id]

    def _next_queue(self, session_id: uuid.UUID) -> int:
        return 1 + self.last_queue.get(session_id, 0)

    # -- sessions ------------------------------------------------------------------------------

    def _session_op(self, op: Op) -> None:
        """A new session is stored as sent. An edit replaces the row, except that a cancelled
        session stays cancelled and the capacity never drops below the places already held."""
        new = rows.row_from_payload(SESSION, op.payload)
        current = self.sessions.get(op.entity_id)
        if current is None:
            self.sessions[op.entity_id] = new
            self.changed["session"].add(op.entity_id)
            return
        if current["status"] == SessionStatus.CANCELLED.value and new.get("status") != current["status"]:
            self.conflicts += 1
            self.touched["session"].add(op.entity_id)
            return
        merged = {**current, **new}
        held = self._held(op.entity_id)
        if int(merged["capacity"]) < held:
            merged["capacity"] = held
            self.conflicts += 1
        self.sessions[op.entity_id] = merged
        self.changed["session"].add(op.entity_id)

    # -- bookings ------------------------------------------------------------------------------

    def _booking_op(self, op: Op) -> None:
        payload = op.payload
        if op.entity_id not in self.bookings:
            self._create(op)
        elif op.kind == "booking.acknowledge":
            self._set(op.entity_id, provisional_status=None)
        elif op.kind == "booking.promote" and payload.get("status_reason") == AUTOMATIC_PROMOTION:
            self.touched["booking"].add(op.entity_id)  # decided again in _settle
        elif op.kind in STATUS_KINDS:
            self._set(op.entity_id, **{k: payload[k] for k in ("status", "status_reason", "updated_at")
                                       if k in payload})
        else:
            columns = changed_columns(op.kind) or MUTABLE
            self._set(op.entity_id, **{k: payload[k] for k in columns if k in payload})

    def _set(self, booking_id: uuid.UUID, **values) -> None:
        booking = self.bookings[booking_id]
        booking.update(values)
        self.edits.setdefault(booking_id, {}).update(values)
        self.held.pop(as_uuid(booking["session_id"]), None)  # counted again when next needed
        self.changed["booking"].add(booking_id)

    def _create(self, op: Op) -> None:
        """Decide a new booking: its place in the queue is the order it reached us."""
        row = rows.row_from_payload(BOOKING, op.payload)
        session_id = as_uuid(row["session_id"])
        told = row.get("status")
        row["queue_no"] = self._next_queue(session_id)
        row["provisional_status"] = None
        session = self.sessions.get(session_id)
        if told in DECIDED_HERE and session is not None:
            row["status"] = self._decide(session, session_id, int(row["party"]), row)
            if row["status"] != told:
                row["provisional_status"] = told
                self.conflicts += 1
        self._remember(row)
        self.new_bookings.add(op.entity_id)

    def _decide(self, session: dict, session_id: uuid.UUID, party: int, row: dict) -> str:
        if session["status"] == SessionStatus.CANCELLED.value:
            row["status_reason"] = f"The session was cancelled: {session.get('cancel_reason')}"
            return CANCELLED
        return decide(int(session["capacity"]), self._held(session_id), party).value

    # -- after every op: the session's own rules -------------------------------------------------

    def _settle(self, session_id: uuid.UUID) -> None:
        session = self.sessions.get(session_id)
        if session is None:
            return
        if session["status"] == SessionStatus.CANCELLED.value:
            reason = f"The session was cancelled: {session.get('cancel_reason')}"
            for booking in self._of_session(session_id):
                if booking["status"] in DECIDED_HERE:
                    self._set(as_uuid(booking["id"]), status=CANCELLED, status_reason=reason,
                              updated_at=self.now)
        elif instant(session["starts_at"]) > self.now:
            self._promote(session_id, session)

    def _promote(self, session_id: uuid.UUID, session: dict) -> None:
        """Freed places go to the waiting list as the places rule says."""
        waiting = (Waiting(int(b["queue_no"]), int(b["party"]), as_uuid(b["id"]))
                   for b in self._of_session(session_id)
                   if b["status"] == WAITLISTED and b.get("deleted_at") is None)
        for booking_id in promotions(int(session["capacity"]), self._held(session_id), waiting):
            self._set(booking_id, status=CONFIRMED, status_reason=AUTOMATIC_PROMOTION, updated_at=self.now)

    # -- writing ---------------------------------------------------------------------------------

    def _write(self) -> None:
        changed_sessions = self.changed["session"]
        rows.upsert(self.cur, SESSION, [self.sessions[s] for s in sorted(changed_sessions)])
        rows.touch(self.cur, SESSION, self.touched["session"] - changed_sessions)
        self._insert_bookings(sorted(self.new_bookings))
        existing = self.changed["booking"] - self.new_bookings
        rows.update(self.cur, BOOKING, {b: self.edits[b] for b in sorted(existing)})
        rows.touch(self.cur, BOOKING, self.touched["booking"] - self.changed["booking"]
                   - self.new_bookings)

    def _insert_bookings(self, ids: list[uuid.UUID]) -> None:
        """New bookings; one whose reference is already taken (two kiosks made the same code
        offline, or another hub has it) gets a fresh code, and counts as a conflict."""
        for _ in range(REFERENCE_TRIES):
            if not ids:
                return
            stored = rows.insert_new(self.cur, BOOKING, [self.bookings[b] for b in ids])
            ids = [b for b in ids if b not in stored]
            for booking_id in ids:
                self.bookings[booking_id]["reference"] = new_reference()
                self.conflicts += 1
        raise RuntimeError("could not find a free booking reference")
