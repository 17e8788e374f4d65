"""The timetable: one-off sessions, weekly series, edits and cancellations."""

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..db.models import Activity, Booking, Series, Session
from ..domain.desk import EditInfo
from ..domain.enums import BookingStatus, SessionStatus
from ..domain.errors import AlreadyDone, CapacityTooLow, InvalidInput, NotFound
from ..domain.records import Actor, ComingUp, SessionInfo, SessionOffer
from ..domain.text import LONG_TEXT_MAX, clean_text
from ..domain.timeutil import local_date, local_day_bounds, monday_of
from .edits import edit_info, journal_edit, latest_edit, restore, snapshot
from .read_models import activity_info, booking_counts, load_session_info
from .unit_of_work import Tx, UnitOfWork
from .waitlist import places_held, promote_waitlist

UNSET = object()
#: The session columns a SessionInfo is made of (besides its activity, counts and status).
SESSION_FIELDS = ("id", "starts_at", "ends_at", "place", "facilitator", "notes", "capacity",
                  "cancel_reason", "series_id")
SESSION_COLUMNS = [getattr(Session, name) for name in SESSION_FIELDS] + [Session.activity_id, Session.status]
MAX_CAPACITY = 200
MAX_SERIES_DAYS = 366


def check_capacity(capacity: int) -> int:
    if not isinstance(capacity, int) or not 1 <= capacity <= MAX_CAPACITY:
        raise InvalidInput(f"Capacity must be a whole number from 1 to {MAX_CAPACITY}.")
    return capacity


def check_start(starts_at: datetime) -> datetime:
    if not isinstance(starts_at, datetime) or starts_at.tzinfo is None:
        raise InvalidInput("A session's start needs a time zone.")
    return starts_at


def check_minutes(minutes: int) -> int:
    if not isinstance(minutes, int) or not 5 <= minutes <= 12 * 60:
        raise InvalidInput("A session lasts from 5 minutes to 12 hours.")
    return minutes


def _check_capacity_fits(tx: Tx, row: Session, capacity: int) -> None:
    held = places_held(tx, row.id)
    if check_capacity(capacity) < held:
        raise CapacityTooLow(f"{held} places are already booked, so the capacity cannot go below {held}.")


class ScheduleService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    # -- reading ---------------------------------------------------------------------------

    def week(self, monday: date | None = None) -> list[SessionInfo]:
        """Every session of the hub's local week (Monday to Sunday), in start order."""
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            first = monday_of(monday or local_date(tx.now, tz))
            return self._between(tx, *local_day_bounds(first, 7, tz))

    def days(self, first: date, count: int) -> list[SessionInfo]:
        with self._uow.read() as tx:
            return self._between(tx, *local_day_bounds(first, count, tx.hub().timezone))

    def today(self) -> list[SessionInfo]:
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            return self._between(tx, *local_day_bounds(local_date(tx.now, tz), 1, tz))

    def get(self, session_id: uuid.UUID) -> SessionInfo:
        with self._uow.read() as tx:
            self._load(tx, session_id)
            return load_session_info(tx.session, session_id)

    # -- what a visitor sees: only what is still to come ------------------------------------

    def coming_up_today(self) -> list[SessionInfo]:
        """Today's sessions that are not over yet."""
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            today = self._between(tx, *local_day_bounds(local_date(tx.now, tz), 1, tz))
            return [s for s in today if s.still_to_come(tx.now)]

    def coming_up(self, days: int) -> ComingUp:
        """The sessions not over yet in ``days`` days from this week's Monday."""
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            today = local_date(tx.now, tz)
            sessions = self._between(tx, *local_day_bounds(monday_of(today), days, tz))
            return ComingUp(today=today, sessions=tuple(s for s in sessions if s.still_to_come(tx.now)))

    def offer(self, session_id: uuid.UUID) -> SessionOffer:
        """One session and whether a visitor can book it now (not cancelled, not started)."""
        with self._uow.read() as tx:
            self._load(tx, session_id)
            session = load_session_info(tx.session, session_id)
            return SessionOffer(session=session, bookable=session.open_for_booking(tx.now))

    def _between(self, tx: Tx, start: datetime, end: datetime) -> list[SessionInfo]:
        """The hub's sessions starting in [start, end): plain columns, not whole rows, and each
        activity read once, because the timetable screens call this on every visit."""
        activities = {a.id: activity_info(a) for a in tx.session.scalars(
            select(Activity).where(Activity.hub_id == tx.hub_id))}
        rows = tx.session.execute(
            select(*SESSION_COLUMNS)
            .where(Session.hub_id == tx.hub_id, Session.starts_at >= start, Session.starts_at < end,
                   Session.deleted_at.is_(None))
            .order_by(Session.starts_at)
        ).all()
        counts = booking_counts(tx.session, (row.id for row in rows))
        infos = [SessionInfo(activity=activities[row.activity_id], confirmed=counts.get(row.id, (0, 0))[0],
                             waitlisted=counts.get(row.id, (0, 0))[1], status=SessionStatus(row.status),
                             **{key: getattr(row, key) for key in SESSION_FIELDS})
                 for row in rows]
        return sorted(infos, key=lambda s: (s.starts_at, s.activity.name))

    # -- changing --------------------------------------------------------------------------

    def add_session(self, actor: Actor, activity_id: uuid.UUID, starts_at: datetime, minutes: int,
                    capacity: int, place: str | None = None, facilitator: str | None = None,
                    notes: str | None = None) -> SessionInfo:
        with self._uow.write() as tx:
            self._activity(tx, activity_id)
            row = self._new_session(tx, activity_id, starts_at, minutes, capacity, place,
                                    facilitator, notes, series_id=None)
            tx.audit(actor, "session.add", "session", row.id, starts_at=starts_at.isoformat())
            return load_session_info(tx.session, row.id)

    def add_series(self, actor: Actor, activity_id: uuid.UUID, first_start: datetime, minutes: int,
                   capacity: int, until: date, place: str | None = None,
                   facilitator: str | None = None, notes: str | None = None) -> list[SessionInfo]:
        """A session every week at the same local time, from ``first_start`` up to ``until``."""
        with self._uow.write() as tx:
            self._activity(tx, activity_id)
            tz = tx.hub().timezone
            local_start = check_start(first_start).astimezone(ZoneInfo(tz))
            if until < local_start.date():
                raise InvalidInput("The last date of a weekly series cannot be before its first session.")
            if (until - local_start.date()).days > MAX_SERIES_DAYS:
                raise InvalidInput("A weekly series can run for at most a year; make a new one after that.")
            series = Series(hub_id=tx.hub_id, activity_id=activity_id, weekday=local_start.weekday(),
                            local_start=local_start.time().replace(tzinfo=None), minutes=check_minutes(minutes),
                            first_date=local_start.date(), until=until)
            tx.add(series)
            tx.record("series.upsert", series)
            ids = []
            day = local_start.date()
            while day <= until:
                start = datetime.combine(day, series.local_start, ZoneInfo(tz))
                ids.append(self._new_session(tx, activity_id, start, minutes, capacity, place,
                                             facilitator, notes, series_id=series.id).id)
                day += timedelta(days=7)
            tx.audit(actor, "series.add", "series", series.id, sessions=len(ids), until=until.isoformat())
            return [load_session_info(tx.session, sid) for sid in ids]

    def edit_session(self, actor: Actor, session_id: uuid.UUID, *, starts_at=UNSET, minutes=UNSET,
                     capacity=UNSET, place=UNSET, facilitator=UNSET, notes=UNSET) -> SessionInfo:
        """Change what is given; capacity may not drop below the places already confirmed,
        and a rise gives the new places to the waiting list. The desk can undo the change."""
        with self._uow.write() as tx:
            row = self._load(tx, session_id, lock=True)
            if row.status == SessionStatus.CANCELLED.value:
                raise AlreadyDone("This session is cancelled, so it cannot be changed.")
            before = snapshot(row)
            changed = {}
            length = row.ends_at - row.starts_at
            if starts_at is not UNSET:
                row.starts_at, changed["starts_at"] = check_start(starts_at), starts_at.isoformat()
            if minutes is not UNSET:
                length, changed["minutes"] = timedelta(minutes=check_minutes(minutes)), minutes
            row.ends_at = row.starts_at + length
            if capacity is not UNSET:
                _check_capacity_fits(tx, row, capacity)
                row.capacity, changed["capacity"] = capacity, capacity
            for field, value, limit in (("place", place, 120), ("facilitator", facilitator, 80),
                                        ("notes", notes, LONG_TEXT_MAX)):
                if value is not UNSET:
                    setattr(row, field, clean_text(value, what=field, limit=limit, multiline=field == "notes"))
                    changed[field] = "changed"
            promoted = self._save(tx, row)
            journal_edit(tx, actor, row, before)
            tx.audit(actor, "session.edit", "session", row.id, promoted=len(promoted), **changed)
            return load_session_info(tx.session, row.id)

    def last_edit(self, actor: Actor) -> EditInfo | None:
        """``actor``'s most recent timetable edit, if it can still be undone."""
        with self._uow.read() as tx:
            entry = latest_edit(tx, actor)
            return edit_info(entry) if entry is not None and entry.undone_at is None else None

    def undo_last_edit(self, actor: Actor) -> SessionInfo:
        """Put back the values ``actor``'s last edit changed, if nobody has changed them since."""
        with self._uow.write() as tx:
            entry = latest_edit(tx, actor)
            if entry is None or entry.undone_at is not None:
                raise AlreadyDone("There is no edit of yours to undo.")
            row = self._load(tx, entry.session_id, lock=True)
            if row.status == SessionStatus.CANCELLED.value:
                raise AlreadyDone("This session has been cancelled since, so the edit cannot be undone.")
            now = snapshot(row)
            if any(now[field] != value for field, value in entry.after.items()):
                raise AlreadyDone("This session has been changed again since, so the edit cannot be undone.")
            restore(tx, row, entry.before)
            entry.undone_at = tx.now
            promoted = self._save(tx, row)
            tx.audit(actor, "session.undo_edit", "session", row.id, fields=sorted(entry.before),
                     promoted=len(promoted))
            return load_session_info(tx.session, row.id)

    def _save(self, tx: Tx, row: Session) -> list[str]:
        """Queue an edited session for sync and give any new places to the waiting list."""
        tx.touch(row)
        tx.record("session.upsert", row)
        return promote_waitlist(tx, row)

    def cancel_session(self, actor: Actor, session_id: uuid.UUID, reason: str) -> SessionInfo:
        with self._uow.write() as tx:
            row = self._load(tx, session_id, lock=True)
            self._cancel(tx, row, reason)
            tx.audit(actor, "session.cancel", "session", row.id, reason=row.cancel_reason)
            return load_session_info(tx.session, row.id)

    def cancel_series(self, actor: Actor, series_id: uuid.UUID, from_day: date,
                      reason: str) -> list[SessionInfo]:
        """Cancel every still-scheduled session of a series on or after ``from_day``."""
        with self._uow.write() as tx:
            if tx.session.get(Series, series_id) is None:
                raise NotFound("That weekly series does not exist.")
            start, _ = local_day_bounds(from_day, 1, tx.hub().timezone)
            rows = tx.session.scalars(tx.locked(
                select(Session).where(Session.series_id == series_id, Session.starts_at >= start,
                                      Session.status == SessionStatus.SCHEDULED.value,
                                      Session.deleted_at.is_(None))
                .order_by(Session.starts_at)
            )).all()
            if not rows:
                raise AlreadyDone("No sessions of this series are left to cancel from that date.")
            for row in rows:
                self._cancel(tx, row, reason)
            tx.audit(actor, "series.cancel", "series", series_id, sessions=len(rows),
                     from_day=from_day.isoformat(), reason=rows[0].cancel_reason)
            return [load_session_info(tx.session, r.id) for r in rows]

    # -- helpers ---------------------------------------------------------------------------

    def _cancel(self, tx: Tx, row: Session, reason: str) -> None:
        if row.status == SessionStatus.CANCELLED.value:
            raise AlreadyDone("This session is already cancelled.")
        reason = clean_text(reason, what="reason for cancelling", limit=200, required=True)
        row.status, row.cancel_reason = SessionStatus.CANCELLED.value, reason
        tx.touch(row)
        tx.record("session.cancel", row)
        bookings = tx.session.scalars(select(Booking).where(
            Booking.session_id == row.id, Booking.deleted_at.is_(None),
            Booking.status.in_((BookingStatus.CONFIRMED.value, BookingStatus.WAITLISTED.value)),
        )).all()
        for booking in bookings:
            booking.status = BookingStatus.CANCELLED.value
            booking.status_reason = f"The session was cancelled: {reason}"
            tx.touch(booking)
            tx.record("booking.cancel", booking)

    def _new_session(self, tx: Tx, activity_id, starts_at: datetime, minutes: int, capacity: int,
                     place, facilitator, notes, series_id) -> Session:
        row = Session(
            hub_id=tx.hub_id, activity_id=activity_id, series_id=series_id,
            starts_at=check_start(starts_at),
            ends_at=starts_at + timedelta(minutes=check_minutes(minutes)),
            capacity=check_capacity(capacity), status=SessionStatus.SCHEDULED.value,
            place=clean_text(place, what="place", limit=120),
            facilitator=clean_text(facilitator, what="facilitator", limit=80),
            notes=clean_text(notes, what="notes", limit=LONG_TEXT_MAX, multiline=True),
        )
        tx.add(row)
        tx.record("session.upsert", row)
        return row

    def _load(self, tx: Tx, session_id: uuid.UUID, lock: bool = False) -> Session:
        stmt = select(Session).where(Session.id == session_id, Session.hub_id == tx.hub_id,
                                     Session.deleted_at.is_(None))
        row = tx.session.scalar(tx.locked(stmt) if lock else stmt)
        if row is None:
            raise NotFound("That session does not exist.")
        return row

    def _activity(self, tx: Tx, activity_id: uuid.UUID) -> Activity:
        row = tx.session.get(Activity, activity_id)
        if row is None or row.hub_id != tx.hub_id or row.deleted_at is not None:
            raise NotFound("That activity does not exist.")
        return row

