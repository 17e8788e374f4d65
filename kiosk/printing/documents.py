"""Every printable document made from the services' data: what the CLI and the desk call.

Each function reads what it needs (one read transaction per service call), then builds the PDF
with no further database access, and returns the PDF's bytes. None of them touches Qt, so they
may run on any thread.
"""

import uuid
from datetime import date

from ..domain.errors import InvalidInput
from ..domain.timeutil import local_date, monday_of
from ..domain.wording import Translate
from ..services import Services
from .large_print import build_large_print
from .poster import build_poster
from .registers import build_fire_register, build_session_register
from .slips import build_booking_slip, build_help_slip

LAYOUTS = ("poster", "large-print")


def timetable_pdf(services: Services, monday: date | None = None, layout: str = "poster",
                  paper: str = "A4") -> bytes:
    """The week's timetable (the week holding ``monday``; this week when None): a poster on A4 or
    A3 landscape, or the large-print list on A4 portrait."""
    if layout not in LAYOUTS:
        raise InvalidInput("The timetable layout is either 'poster' or 'large-print'.")
    hub, now = services.hub.current(), services.uow.clock()
    first = monday_of(monday or local_date(now, hub.timezone))
    sessions = services.schedule.week(first)
    if layout == "large-print":
        if paper.upper() != "A4":
            raise InvalidInput("The large-print timetable prints on A4 paper only.")
        return build_large_print(hub, first, sessions, printed_at=now)
    return build_poster(hub, first, sessions, paper=paper, printed_at=now)


def slip_pdf(services: Services, reference: str, size: str = "receipt", note_for=None,
             translate: Translate | None = None) -> bytes:
    """A booking's slip, found by its reference (as typed or scanned); ``note_for(booking)`` may
    add a line (the provisional note of a booking made while offline); ``translate`` gives the
    visitor's language (English without it)."""
    booking = services.booking.lookup(reference)
    note = note_for(booking) if note_for is not None else None
    if note and translate is not None:
        note = translate(note)
    return build_booking_slip(services.hub.current(), booking, size=size, printed_at=services.uow.clock(),
                              note=note, **_words(translate))


def register_pdf(services: Services, session_id: uuid.UUID | str) -> bytes:
    """A session's register with the names of everyone booked (front desk only)."""
    session_id = _uuid(session_id)
    session = services.schedule.get(session_id)
    bookings = services.booking.for_session(session_id)
    return build_session_register(services.hub.current(), session, bookings,
                                  printed_at=services.uow.clock())


def fire_register_pdf(services: Services) -> bytes:
    """Everyone checked in now, with the time it was printed."""
    visits = services.visits.who_is_in()
    return build_fire_register(services.hub.current(), visits, printed_at=services.uow.clock())


def help_pdf(services: Services, size: str = "receipt", translate: Translate | None = None) -> bytes:
    """The hub's crisis contacts, on a slip to take away."""
    return build_help_slip(services.hub.current(), size=size, printed_at=services.uow.clock(), **_words(translate))


def _words(translate: Translate | None) -> dict:
    return {} if translate is None else {"translate": translate}


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise InvalidInput(f"'{value}' is not a session id.") from None
