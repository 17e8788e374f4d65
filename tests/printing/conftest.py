"""Fixtures for the printing tests: a hub on a real SQLite file, a busy week with long names,
bookings with non-Latin names, and helpers that read PDFs back."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.records import CrisisContact, SessionInfo
from kiosk.domain.timeutil import at_local
from kiosk.services import Services, build_services
from tests.conftest import ADMIN, FakeClock

TZ = "Europe/London"
#: The week after the test clock's "now" (Tuesday 1 December 2026), so it can still be booked.
NEXT_MONDAY = date(2026, 12, 7)
WEB = "https://example.org/riverside"
#: Sessions per day, Monday first: 40 in all, with a crowded Monday.
BUSY_WEEK = (10, 8, 6, 6, 4, 4, 2)
#: Activity names and a place of 60 characters or more, one written as a single hyphenated word.
LONG_ACTIVITIES = [
    ("Walk and talk along the river with the Tuesday rambling club", "#2E6B30"),
    ("Gentle chair yoga and breathing for beginners and improvers!", "#6A2C70"),
    ("Poetry workshop: reading, listening and writing a few lines.", "#283593"),
    ("Family group for partners, parents, children and good friends", "#8A4B08"),
    ("Peer-support-circle-led-by-people-with-lived-experience-here", "#00695C"),
    ("Creative writing: short stories, letters, lyrics and journals", "#8E2453"),
]
LONG_PLACE = "Meet by the bandstand at the far end of the park, near the café"
NAMES = ["Łucja", "Şükrü", "Siân", "Gwenllïan ap Ŵyn", "Zoë", "Tom"]


@dataclass
class Week:
    monday: date
    sessions: list[SessionInfo]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def hub_services(sqlite_engine, clock) -> Services:
    """Services on a fresh SQLite file with a hub that has every setting filled in."""
    return set_up_hub(build_services(sqlite_engine, clock))


def set_up_hub(services: Services) -> Services:
    services.hub.set_up("Riverside Recovery Hub", address="12 Riverside Walk, Chelmsford CM1 1AA",
                        phone="01632 960 123", web_address=WEB, timezone=TZ)
    services.hub.update(ADMIN, crisis_contacts=[
        CrisisContact("Emergency", "Call 999"),
        CrisisContact("Samaritans", "Call 116 123, free, day or night"),
        CrisisContact("Hub duty worker", "Call 01632 960 124, Monday to Friday, 9am to 5pm"),
    ])
    return services


def add_week(services: Services, counts=BUSY_WEEK, names=LONG_ACTIVITIES, place=LONG_PLACE,
             monday: date = NEXT_MONDAY) -> Week:
    """``sum(counts)`` sessions over one week; every fifth is cancelled, every seventh is full."""
    activities = [services.activities.add(ADMIN, n, colour=c, icon="circle", what_to_bring="Nothing")
                  for n, c in names]
    made = []
    for day, count in enumerate(counts):
        for slot in range(count):
            starts = at_local(monday + timedelta(days=day), time(9 + slot, 30 if slot % 2 else 0), TZ)
            activity = activities[(day + slot) % len(activities)]
            made.append(services.schedule.add_session(ADMIN, activity.id, starts, 60, 4, place=place))
    for index, session in enumerate(made):
        if index % 7 == 3:
            services.booking.book(session.id, "Sam", 4)
        if index % 5 == 2:
            services.schedule.cancel_session(ADMIN, session.id, "The facilitator is unwell. Sorry!")
    return Week(monday, services.schedule.week(monday))


@pytest.fixture(scope="module")
def busy(tmp_path_factory) -> Iterator[tuple[Services, Week]]:
    """One hub with the busy week, made once per test module (the tests only read it)."""
    engine = make_engine(sqlite_url(tmp_path_factory.mktemp("busy") / "kiosk.sqlite"))
    migrate.upgrade(engine)
    services = set_up_hub(build_services(engine, FakeClock()))
    yield services, add_week(services)
    engine.dispose()


