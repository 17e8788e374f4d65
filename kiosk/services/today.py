"""The front desk's Today board: today's sessions with their numbers, and the alerts that need a
person (sessions over capacity, a session about to start with no facilitator)."""

from datetime import timedelta

from sqlalchemy import func, select

from ..db.models import Activity, Booking, Session
from ..domain.desk import NO_FACILITATOR, OVER_CAPACITY, AlertInfo, SessionTally
from ..domain.enums import BookingStatus
from ..domain.records import SessionInfo
from ..domain.timeutil import local_date, local_day_bounds
from ..domain.wording import clock_time, day_name
from .read_models import session_infos
from .unit_of_work import Tx, UnitOfWork

#: a session starting this soon with nobody to run it is an alert
FACILITATOR_WARNING = timedelta(minutes=30)
#: how far ahead the desk looks for sessions that are over capacity
LOOK_AHEAD_DAYS = 7


class TodayService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def board(self) -> list[SessionTally]:
        """Today's sessions (cancelled ones too), each with attended and no-show counts."""
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            sessions = _sessions(tx, *local_day_bounds(local_date(tx.now, tz), 1, tz))
            marks = _marks(tx, [s.id for s in sessions])
            return [SessionTally(session=s, attended=marks.get((s.id, BookingStatus.ATTENDED.value), 0),
                                 no_show=marks.get((s.id, BookingStatus.NO_SHOW.value), 0))
                    for s in sessions]

    def alerts(self) -> list[AlertInfo]:
        """Over-capacity sessions in the coming week and sessions starting soon with no facilitator."""
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            start, end = local_day_bounds(local_date(tx.now, tz), LOOK_AHEAD_DAYS, tz)
            found = []
            for session in _sessions(tx, start, end):
                if session.is_cancelled or session.ends_at <= tx.now:
                    continue
                day = local_date(session.starts_at, tz)
                when = f"{session.activity.name} at {clock_time(session.starts_at, tz)}"
                if day != local_date(tx.now, tz):
                    when += f" on {day_name(day)}"
                if session.confirmed > session.capacity:
                    found.append(AlertInfo(OVER_CAPACITY, f"{when} has {session.confirmed} people booked "
                                           f"for {session.capacity} places.", session.id))
                if not session.facilitator and tx.now < session.starts_at <= tx.now + FACILITATOR_WARNING:
                    found.append(AlertInfo(NO_FACILITATOR, f"{when} starts soon and has no facilitator.",
                                           session.id))
            return found


def _sessions(tx: Tx, start, end) -> list[SessionInfo]:
    rows = tx.session.execute(
        select(Session, Activity).join(Activity, Activity.id == Session.activity_id)
        .where(Session.hub_id == tx.hub_id, Session.starts_at >= start, Session.starts_at < end,
               Session.deleted_at.is_(None))
        .order_by(Session.starts_at, Activity.name)
    ).tuples().all()
    return session_infos(tx.session, rows)


def _marks(tx: Tx, session_ids: list) -> dict:
    """(session id, status) → people, for attended and no-show bookings."""
    if not session_ids:
        return {}
    rows = tx.session.execute(
        select(Booking.session_id, Booking.status, func.sum(Booking.party))
        .where(Booking.session_id.in_(session_ids), Booking.deleted_at.is_(None),
               Booking.status.in_((BookingStatus.ATTENDED.value, BookingStatus.NO_SHOW.value)))
        .group_by(Booking.session_id, Booking.status)
    ).all()
    return {(sid, status): int(people) for sid, status, people in rows}

