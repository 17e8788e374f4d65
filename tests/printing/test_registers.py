"""Session and fire registers: names in any script print and extract exactly, every page says
it is private, tick boxes and sign-off, and the fire register's time and counts."""

import pytest

from kiosk.printing.registers import PRIVATE, build_fire_register, build_session_register

from .conftest import NAMES, add_week
from .pdfread import metadata, pages_of, squash, text_of

TICK_SIZE = 15.6  # the tick boxes: 1.3 × the 12 pt table text


@pytest.fixture
def booked(hub_services):
    week = add_week(hub_services, counts=(1, 0, 0, 0, 0, 0, 0), names=[("Yoga", "#6A2C70")],
                    place="Main hall")
    session = week.sessions[0]
    for name in NAMES[:3]:
        hub_services.booking.book(session.id, name, 1)
    hub_services.booking.book(session.id, "Gwenllïan ap Ŵyn", 1)  # the fourth place
    hub_services.booking.book(session.id, "Siân ŵ", 2)  # waiting list
    return hub_services, hub_services.schedule.get(session.id)


def register(services, session) -> bytes:
    return build_session_register(services.hub.current(), session, services.booking.for_session(session.id),
                                  printed_at=services.uow.clock())


def tick_boxes(page) -> int:
    return sum(1 for x0, y0, x1, y1 in page.rects
               if abs((x1 - x0) - TICK_SIZE) < 0.2 and abs((y1 - y0) - TICK_SIZE) < 0.2)


def test_session_register_lists_every_name_exactly(booked):
    services, session = booked
    pdf = register(services, session)
    text = text_of(pdf)
    for name in ("Łucja", "Şükrü", "Siân", "Gwenllïan ap Ŵyn", "Siân ŵ"):
        assert name in text
    (page,) = pages_of(pdf)
    assert text.startswith(PRIVATE)
    assert squash("Register: Yoga") in squash(text)
    assert squash("Places: 4. Booked: 4 people in 4 bookings. Waiting list: 1.") in squash(text)
    assert squash("Waiting, number 1") in squash(text)
    assert tick_boxes(page) == 5 + 4  # everyone booked or waiting, and four rows for walk-ins
    assert squash("Facilitator sign-off") in squash(text)
    for label in ("Number who came:", "Facilitator's name:", "Signature:", "Date:"):
        assert squash(label) in squash(text)
    assert metadata(pdf)["/Title"] == "Register for Yoga, Monday 7 December 2026"


def test_a_long_register_repeats_the_warning_and_the_column_titles(hub_services):
    week = add_week(hub_services, counts=(1, 0, 0, 0, 0, 0, 0), names=[("Peer support", "#00695C")])
    session = week.sessions[0]
    hub_services.booking.book(session.id, "Sam", 4)
    for index in range(45):
        hub_services.booking.book(session.id, f"{NAMES[index % len(NAMES)]} {index}", 1)
    pages = pages_of(register(hub_services, session))
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        text = squash("".join(c.text for c in page.chars))
        assert squash(PRIVATE) in text and f"Page{number}of{len(pages)}" in text
        assert "HereNamePeopleBookingNote" in text
    everything = squash("".join(c.text for p in pages for c in p.chars))
    assert all(squash(f"{NAMES[i % len(NAMES)]} {i}") in everything for i in range(45))


def test_fire_register_shows_who_is_in_with_arrival_and_family(hub_services, clock):
    hub_services.visits.check_in("Şükrü", family_count=2)
    clock.advance(minutes=7)
    hub_services.visits.check_in(None)
    clock.advance(minutes=5)
    left = hub_services.visits.check_in("Gone home")
    hub_services.visits.check_out(left.id)
    clock.advance(minutes=20)
    pdf = build_fire_register(hub_services.hub.current(), hub_services.visits.who_is_in(),
                              printed_at=clock.now)
    text = squash(text_of(pdf))
    assert text.startswith(squash(PRIVATE))
    assert squash("Printed at 09:32 on Tuesday 1 December 2026") in text
    assert squash("2 visitors checked in, with 2 family members: 4 people in all.") in text
    assert squash("Şükrü 09:00 2") in text and squash("Visitor A2 09:07 None") in text  # the hub's only device is A
    assert "Gonehome" not in text
    (page,) = pages_of(pdf)
    assert tick_boxes(page) == 2


def test_an_empty_fire_register_says_nobody_is_in(hub_services):
    pdf = build_fire_register(hub_services.hub.current(), [], printed_at=hub_services.uow.clock())
    assert squash("Nobody is checked in at the kiosk right now.") in squash(text_of(pdf))
