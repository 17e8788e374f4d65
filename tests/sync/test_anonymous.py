"""Feedback and poll votes stay anonymous on their way to the central database: never in the
sequenced outbox, sent in a transaction of their own in random order, and only once there are
enough of them (or they are from an earlier day), so nothing lines them up with a visit."""

from datetime import timedelta

from .helpers import ADMIN, Clock

COMMENTS = [f"Comment number {n}" for n in range(30)]


def test_feedback_waits_for_a_crowd_then_goes_in_random_order(central):
    hub = central.hub()
    clock = Clock()
    kiosk = central.kiosk(hub, "Touchscreen", clock=clock, crowd=10)
    kiosk.sync()
    for comment in COMMENTS[:3]:
        kiosk.services.feedback.give(4, comment)
    kiosk.services.visits.check_in("Sam")
    assert [r[0] for r in kiosk.db.connect().exec_driver_sql("SELECT kind FROM outbox")] == ["visit.create"]

    result = kiosk.sync()
    assert (result.pushed, result.anonymous, result.pending) == (1, 0, 3)  # too few to hide among
    for comment in COMMENTS[3:]:
        kiosk.services.feedback.give(5, comment)
    result = kiosk.sync()
    assert (result.anonymous, result.pending) == (30, 0)

    with central.connect() as conn:
        arrived = [r[0] for r in conn.execute("SELECT comment FROM feedback ORDER BY server_seq")]
        columns = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_name = 'feedback'")]
    assert sorted(arrived) == sorted(COMMENTS) and arrived != COMMENTS
    assert not {"origin_device_id", "created_at", "visit_id", "booking_id"} & set(columns)
    assert central.scalar("SELECT count(*) FROM sync_applied_op") == 1  # only the check-in


def test_a_lone_answer_goes_the_next_day_and_reaches_the_desk(central):
    hub = central.hub()
    clock = Clock()
    desk = central.kiosk(hub, "Front desk", "desk")
    touch = central.kiosk(hub, "Touchscreen", clock=clock, crowd=10)
    desk.sync()
    poll = desk.services.polls.create(ADMIN, "Where should we walk?", ["River", "Park"],
                                      closes_on=(clock() + timedelta(days=7)).date())
    desk.sync()
    touch.sync()
    touch.services.polls.vote(poll.id, poll.options[1].id)
    touch.services.feedback.give(5, "Lovely walk")
    assert touch.sync().anonymous == 0

    clock.skew = timedelta(days=1)
    assert touch.sync().anonymous == 2
    desk.sync()

    assert desk.services.polls.get(poll.id).options[1].votes == 1
    today = clock().date()
    assert [f.comment for f in desk.services.feedback.between(today - timedelta(days=2), today)] == [
        "Lovely walk"]
    assert desk.digest(hub.id) == touch.digest(hub.id) == central.digest(hub.id)
