"""What a visitor sees is decided by the services, not the screens: only sessions still to come,
whether each can be booked, the hub's own date, and the limits the rules enforce."""

from datetime import timedelta

import pytest

from kiosk.domain import limits
from kiosk.domain.errors import InvalidInput
from kiosk.domain.wording import session_day, session_when

from .conftest import ADMIN


def test_today_lists_only_sessions_not_over_yet(services, make_session, clock):
    over = make_session(hours=-2)          # 07:00 to 08:00: over at 09:00
    running = make_session(hours=-0.5)     # 08:30 to 09:30: started, not over
    later = make_session(hours=3)
    assert [s.id for s in services.schedule.today()] == [over.id, running.id, later.id]
    assert [s.id for s in services.schedule.coming_up_today()] == [running.id, later.id]
    clock.advance(hours=1)
    assert [s.id for s in services.schedule.coming_up_today()] == [later.id]


def test_coming_up_covers_the_days_asked_from_this_monday(services, make_session, clock):
    make_session(hours=-2)
    tomorrow = make_session(hours=24)
    next_week = make_session(hours=24 * 8)
    beyond = make_session(hours=24 * 14)
    coming = services.schedule.coming_up(14)
    assert coming.today == services.hub.today() == clock.now.date()
    assert [s.id for s in coming.sessions] == [tomorrow.id, next_week.id]
    assert beyond.id not in {s.id for s in services.schedule.coming_up(7).sessions}


def test_an_offer_says_whether_the_session_can_still_be_booked(services, make_session, clock):
    soon = make_session(hours=1)
    cancelled = make_session(hours=2)
    services.schedule.cancel_session(ADMIN, cancelled.id, "Leader unwell")
    assert services.schedule.offer(soon.id).bookable
    assert services.schedule.offer(soon.id).session == services.schedule.get(soon.id)
    assert not services.schedule.offer(cancelled.id).bookable
    clock.advance(hours=1)  # it starts now
    assert not services.schedule.offer(soon.id).bookable


def test_the_hub_date_is_the_hubs_local_date(services, clock):
    clock.now = clock.now.replace(hour=23, minute=30) + timedelta(days=180)  # 00:30 in London in summer
    assert services.hub.today() == clock.now.date() + timedelta(days=1)


def test_the_limits_live_in_the_domain_and_the_rules_use_them(services, make_session):
    session = make_session(capacity=20)
    services.booking.book(session.id, "Sam", limits.MAX_PARTY)
    with pytest.raises(InvalidInput, match=f"1 to {limits.MAX_PARTY} people"):
        services.booking.book(session.id, "Sam", limits.MAX_PARTY + 1)
    with pytest.raises(InvalidInput, match=f"{limits.PIN_MIN} to {limits.PIN_MAX} digits"):
        services.accounts.add(ADMIN, "Pat", "volunteer", "1" * (limits.PIN_MAX + 1))
    with pytest.raises(InvalidInput, match=f"{limits.MIN_OPTIONS} to {limits.MAX_OPTIONS} answers"):
        services.polls.create(ADMIN, "Which day?", [f"Day {n}" for n in range(limits.MAX_OPTIONS + 1)],
                              closes_on=services.hub.today() + timedelta(days=7))


def test_one_wording_for_a_sessions_day_and_time(services, make_session):
    session = make_session(hours=1)  # Tuesday 1 December 2026, 10:00 to 11:00 in London
    assert session_day(session, "Europe/London") == "Tuesday 1 December"
    assert session_when(session, "Europe/London") == "Tuesday 1 December, 10:00 to 11:00"
