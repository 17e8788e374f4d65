"""A fictional demo hub: three weeks of realistic sessions around today, some nearly full,
one full with a waiting list, one cancelled, a few check-ins and feedback."""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Engine

from ..domain.enums import DeviceRole, VisitReason
from ..domain.errors import AlreadyDone
from ..domain.records import Actor
from ..domain.timeutil import at_local, monday_of, utcnow
from . import Services, build_services

DEMO_ACTOR = Actor.system("Demo set-up")
TZ = "Europe/London"

ACTIVITIES = [
    ("Walk and talk", "#2E6B30", "footprints",
     "A gentle walk along the river with people who understand. Talk, or just walk.",
     "Comfortable shoes and a coat. Water if you like.",
     "Flat, paved path. We go at the slowest walker's pace."),
    ("Yoga", "#6A2C70", "flower-2",
     "Slow, calm stretching and breathing. No experience needed.",
     "Loose clothes. Mats are provided.", "Chair yoga is offered; the hall has step-free access."),
    ("Poetry workshop", "#283593", "feather",
     "Read, listen and write a few lines together. Nobody has to share.",
     "Nothing: paper and pens are here.", "Large-print handouts are available."),
    ("Family group", "#8A4B08", "users",
     "For family members and friends of people in recovery, with a cuppa.",
     "Nothing.", "Children's corner with toys. Step-free access."),
    ("Peer support", "#00695C", "heart-handshake",
     "A circle led by people with lived experience of recovery.",
     "Nothing.", "Quiet room; hearing loop fitted."),
    ("Creative writing", "#8E2453", "pencil-line",
     "Short stories, letters, lyrics: write about anything, at your own pace.",
     "A notebook if you have one.", "Step-free access. Large-print paper."),
]

# (activity, weekday 0=Mon, start, minutes, capacity, place)
WEEKLY = [
    ("Walk and talk", 0, time(10, 0), 90, 12, "Meet at the front door"),
    ("Peer support", 0, time(18, 0), 90, 15, "The lounge"),
    ("Yoga", 1, time(18, 30), 60, 10, "Main hall"),
    ("Poetry workshop", 2, time(14, 0), 90, 8, "Quiet room"),
    ("Peer support", 3, time(11, 0), 90, 15, "The lounge"),
    ("Yoga", 3, time(10, 0), 60, 10, "Main hall"),
    ("Family group", 4, time(16, 0), 120, 10, "Family room"),
    ("Walk and talk", 5, time(10, 30), 90, 12, "Meet at the front door"),
    ("Creative writing", 5, time(13, 0), 120, 8, "Quiet room"),
    ("Walk and talk", 6, time(11, 0), 60, 12, "Meet by the café in the park"),
]

NAMES = ["Sam", "Alex P", "Łucja", "Siân", "Şükrü", "Mo", "Priya", "Dee", "Kez", "Tom", "Ade",
         "Bex", "Jo", "Chris", "Aisha", "Niamh", "Dan", "Rosa", "Wes", "Femi"]

FEEDBACK = [
    (5, "The walk on Monday really helped. Thank you."),
    (4, "Could we have yoga in the evening more often?"),
    (5, None), (3, "The hall was cold today."), (5, "Poetry group is the best part of my week."),
    (4, None), (2, "Hard to find out what is on at weekends."), (5, "Staff are so kind."),
    (4, "More seats in the lounge please."), (5, None), (3, None), (4, "Love the family group."),
]


def fill_demo(engine: Engine, now: datetime | None = None) -> Services:
    """Fill an empty database with the demo hub; refuses a database that has a hub already."""
    present = (lambda: now) if now is not None else utcnow
    now = now or utcnow()
    services = build_services(engine, clock=present)
    if services.hub.is_set_up():
        raise AlreadyDone("This database already has a hub, so the demo was not added. "
                          "Use a new, empty database for the demo.")
    today = now.astimezone(UTC).date()
    first_monday = monday_of(today) - timedelta(days=7)
    # Everything is created "as of" a moment before the first session, so that the earlier
    # week's sessions can still be booked, exactly as they were at the time.
    past = build_services(engine, clock=lambda: at_local(first_monday, time(7, 0), TZ))
    past.hub.set_up("Riverside Recovery Hub (demo)", address="12 Riverside Walk, Chelmsford CM1 1AA",
                    phone="01632 960 123", web_address="https://example.org/riverside",
                    device_name="Reception touchscreen", device_role=DeviceRole.TOUCHSCREEN)
    past.accounts.add_first_lead("Hannah (demo lead)", "246810")
    activities = {a[0]: past.activities.add(DEMO_ACTOR, a[0], colour=a[1], icon=a[2], description=a[3],
                                            what_to_bring=a[4], accessibility=a[5]) for a in ACTIVITIES}
    sessions = []
    last_day = first_monday + timedelta(days=20)
    for name, weekday, start, minutes, capacity, place in WEEKLY:
        first = at_local(first_monday + timedelta(days=weekday), start, TZ)
        sessions += past.schedule.add_series(DEMO_ACTOR, activities[name].id, first, minutes, capacity,
                                             until=last_day, place=place, facilitator="Volunteer team")
    _book_demo(past, sessions, now)
    _visits_and_feedback(engine, services, activities, today)
    _voice(past, services, today)
    return services


def _book_demo(services: Services, sessions, now: datetime) -> None:
    names = iter(NAMES * 40)
    upcoming = sorted((s for s in sessions if s.starts_at > now), key=lambda s: s.starts_at)
    for index, session in enumerate(sorted(sessions, key=lambda s: s.starts_at)):
        wanted = (index * 7) % max(1, session.capacity - 1)  # a spread from empty to nearly full
        if upcoming and session.id == upcoming[1].id:
            wanted = session.capacity + 2  # full, with a waiting list
        elif upcoming and session.id == upcoming[0].id:
            wanted = session.capacity - 1  # one place left
        booked = 0
        while booked < wanted:
            party = 2 if booked % 5 == 3 else 1
            services.booking.book(session.id, next(names), party)
            booked += party
    poetry = [s for s in upcoming if s.activity.name == "Poetry workshop"]
    if poetry:
        services.schedule.cancel_session(DEMO_ACTOR, poetry[-1].id, "The facilitator is unwell. Sorry!")


def _visits_and_feedback(engine: Engine, services: Services, activities, today: date) -> None:
    for index, (rating, comment) in enumerate(FEEDBACK):
        day = today - timedelta(days=index * 2)
        at = datetime.combine(day, time(12, 0), UTC)
        activity = list(activities.values())[index % len(activities)]
        build_services(engine, clock=lambda at=at: at).feedback.give(
            rating, comment, activity.id if index % 3 else None)
    for name, district, reason, first in [("Jo", "CM1", VisitReason.SESSION, False),
                                          (None, "CM2", VisitReason.DROP_IN, True),
                                          ("Kez", None, VisitReason.TALK, False)]:
        services.visits.check_in(name, district, reason, first_visit=first, family_count=0)


def _voice(past: Services, services: Services, today: date) -> None:
    """Polls and "you said, we did" answers: the hub listening and acting."""
    past.responses.publish(DEMO_ACTOR, "It is hard to find out what is on at weekends.",
                           "We now print the weekly timetable for the noticeboard every Friday.")
    past.responses.publish(DEMO_ACTOR, "More evening yoga, please.",
                           "From December there is yoga every Tuesday at 18:30 in the main hall.")
    past.responses.publish(DEMO_ACTOR, "The hall is cold in the mornings.",
                           "The heating now comes on an hour earlier.")
    walk = past.polls.create(DEMO_ACTOR, "Where should the next walk and talk go?",
                             ["Along the river", "Hylands Park", "The canal towpath"],
                             closes_on=today + timedelta(days=14))
    for index in range(7):
        services.polls.vote(walk.id, walk.options[index % 3 if index < 6 else 1].id)
    past.polls.create(DEMO_ACTOR, "Would you come to a Sunday afternoon creative writing group?",
                      ["Yes", "Maybe", "No"], closes_on=today + timedelta(days=21))
