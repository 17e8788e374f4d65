"""Every raw figure of the report against a direct SQL count on the same database, for a quarter
and for the whole year; and for two hubs through one central PostgreSQL database."""

from datetime import date, timedelta

import pytest
from sqlalchemy import and_, func, select

from kiosk.db.models import Activity, Booking, Feedback, Poll, PollVote, Response, Session, Visit
from kiosk.domain.errors import InvalidInput
from kiosk.domain.timeutil import local_day_bounds, monday_of
from kiosk.services.reports import ALL_HUBS
from tests.conftest import ADMIN

from .conftest import QUARTER, YEAR
from .data import RARE_DISTRICT

TZ = "Europe/London"


def bounds(first: date, last: date):
    return local_day_bounds(first, (last - first).days + 1, TZ)


def count(engine, stmt) -> int:
    with engine.connect() as conn:
        return int(conn.execute(stmt).scalar() or 0)


def week_ranges(first: date, last: date):
    monday = monday_of(first)
    while monday <= last:
        yield monday, max(first, monday), min(last, monday + timedelta(days=6))
        monday += timedelta(days=7)


def visit_count(engine, hub, first, last, *where, what=func.count()):
    start, end = bounds(first, last)
    return count(engine, select(what).where(Visit.hub_id.in_(hub), Visit.arrived_at >= start,
                                            Visit.arrived_at < end, *where))


def check_visits(engine, report, hubs, first, last):
    for week, (monday, a, b) in zip(report.visits_by_week, week_ranges(first, last), strict=True):
        assert week.monday == monday
        assert week.visits == visit_count(engine, hubs, a, b)
        assert week.first == visit_count(engine, hubs, a, b, Visit.first_visit.is_(True))
        assert week.family == visit_count(engine, hubs, a, b, what=func.sum(Visit.family_count))
    by_district = {d.label: d.count for d in report.districts}
    assert sum(by_district.values()) == report.visits == visit_count(engine, hubs, first, last)
    for label, n in by_district.items():
        where = Visit.district.is_(None) if label == "Not given" else Visit.district == label
        assert n == visit_count(engine, hubs, first, last, where)
    labels = {"session": "A session", "drop-in": "Dropping in", "talk": "To talk to someone"}
    reasons = {r.label: r.count for r in report.reasons}
    for value, label in labels.items():
        assert reasons[label] == visit_count(engine, hubs, first, last, Visit.reason == value)


def session_where(hubs, first, last, activity):
    start, end = bounds(first, last)
    return and_(Session.hub_id.in_(hubs), Session.starts_at >= start, Session.starts_at < end,
                Session.activity_id.in_(select(Activity.id).where(Activity.name == activity)))


def check_sessions(engine, report, hubs, first, last):
    assert report.sessions, "the period has sessions"
    for row in report.sessions:
        where = session_where(hubs, first, last, row.activity)
        held = and_(where, Session.status == "scheduled")
        assert row.held == count(engine, select(func.count()).where(held))
        assert row.cancelled == count(engine, select(func.count()).where(where, Session.status == "cancelled"))
        assert row.places == count(engine, select(func.sum(Session.capacity)).where(held))
        party = select(func.sum(Booking.party)).select_from(Booking).join(Session, Session.id == Booking.session_id).where(held)
        assert row.booked == count(engine, party.where(Booking.status.in_(("confirmed", "attended", "no-show"))))
        assert row.attended == count(engine, party.where(Booking.status == "attended"))
        assert row.no_shows == count(engine, party.where(Booking.status == "no-show"))
    demand = {}
    for d in report.demand:
        demand.setdefault(d.activity, [0, 0])
        demand[d.activity][0] += d.signed_up
        demand[d.activity][1] += d.never_offered
    for row in report.sessions:
        joined = (select(func.count()).select_from(Booking).join(Session, Session.id == Booking.session_id)
                  .where(session_where(hubs, first, last, row.activity)))
        waiting = count(engine, joined.where(Booking.status == "waitlisted"))
        promoted = count(engine, joined.where(Booking.status_reason == "A place came free"))
        assert demand.get(row.activity, [0, 0]) == [waiting + promoted, waiting]


def check_feedback(engine, report, hubs, first, last):
    for row in report.feedback:
        month_end = (row.month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        where = and_(Feedback.hub_id.in_(hubs), Feedback.given_on >= max(first, row.month),
                     Feedback.given_on <= min(last, month_end))
        activity = (Feedback.activity_id.is_(None) if row.activity == "General" else
                    Feedback.activity_id.in_(select(Activity.id).where(Activity.name == row.activity)))
        assert row.count == count(engine, select(func.count()).where(where, activity))
        assert row.rating_total == count(engine, select(func.sum(Feedback.rating)).where(where, activity))
    total = count(engine, select(func.count()).where(Feedback.hub_id.in_(hubs), Feedback.given_on >= first,
                                                     Feedback.given_on <= last))
    assert sum(f.count for f in report.feedback) == total


def check_polls_and_answers(engine, report, hubs, first, last):
    start, end = bounds(first, last)
    polls = select(Poll.id).where(Poll.hub_id.in_(hubs), Poll.closed_at >= start, Poll.closed_at < end)
    assert len(report.polls) == count(engine, select(func.count()).select_from(polls.subquery()))
    votes = count(engine, select(func.count()).where(PollVote.poll_id.in_(polls)))
    assert sum(p.votes for p in report.polls) == votes
    assert len(report.answers) == count(engine, select(func.count()).where(
        Response.hub_id.in_(hubs), Response.published_at >= start, Response.published_at < end))


def check_all(engine, report, hubs, first, last):
    check_visits(engine, report, hubs, first, last)
    check_sessions(engine, report, hubs, first, last)
    check_feedback(engine, report, hubs, first, last)
    check_polls_and_answers(engine, report, hubs, first, last)


@pytest.mark.parametrize("period", [QUARTER, YEAR], ids=["quarter", "year"])
def test_every_figure_matches_a_direct_count(year, period):
    report = year.services.reports.impact(ADMIN, *period)
    assert report.scope == "Riverside Test Hub"
    check_all(year.engine, report, [year.hub_id], *period)


def test_the_year_has_small_numbers_to_hide(year):
    report = year.services.reports.impact(ADMIN, *YEAR)
    assert {d.label: d.count for d in report.districts}[RARE_DISTRICT] == 3
    assert any(0 < w.first < 5 for w in report.visits_by_week)


def test_the_co_production_loop_by_hand(year):
    """Themes are activity-months with feedback; each is answered by the first answer about
    its activity published on or after its first feedback."""
    first, last = YEAR
    loop = year.services.reports.impact(ADMIN, first, last).loop
    with year.engine.connect() as conn:
        feedback = conn.execute(select(Feedback.activity_id, Feedback.given_on).where(
            Feedback.activity_id.is_not(None), Feedback.given_on <= last)).all()
        published = conn.execute(select(Response.activity_id, Response.published_at)).all()
    themes = {}
    for activity_id, given_on in feedback:
        key = (activity_id, given_on.replace(day=1))
        themes[key] = min(themes.get(key, given_on), given_on)
    days = sorted(min(w) for (a, _), d in themes.items()
                  if (w := [(p.date() - d).days for act, p in published if act == a and p.date() >= d]))
    assert (loop.themes, loop.answered, loop.days_to_answer) == (len(themes), len(days), tuple(days))
    assert 0 < loop.answered < loop.themes


def test_a_period_must_make_sense(year):
    with pytest.raises(InvalidInput):
        year.services.reports.impact(ADMIN, date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(InvalidInput):
        year.services.reports.impact(ADMIN, date(2025, 1, 1), date(2026, 12, 31))


def test_two_hubs_through_the_central_database(central):
    """On the central PostgreSQL database: each hub's figures match its own counts, and "all hubs"
    matches the counts over both."""
    hub, other = central
    reports = hub.services.reports
    assert [name for _, name in reports.hubs()] == ["Riverside Test Hub", "Seaside Test Hub"]
    assert reports.find_hub("seaside test hub") == other
    for hub_id, hubs in ((hub.hub_id, [hub.hub_id]), (other, [other]), (ALL_HUBS, [hub.hub_id, other])):
        report = reports.impact(ADMIN, *QUARTER, hub_id=hub_id)
        check_all(hub.engine, report, hubs, *QUARTER)
    both = reports.impact(ADMIN, *QUARTER, hub_id=ALL_HUBS)
    one, two = (reports.impact(ADMIN, *QUARTER, hub_id=h).visits for h in (hub.hub_id, other))
    assert both.scope == "All hubs" and both.visits == one + two > 0
