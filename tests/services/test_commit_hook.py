"""The unit of work tells its commit hooks (the sync worker's wake-up) about every committed write
that queued a change for sync, and about nothing else: not reads, not refused or rolled-back
writes, not anonymous answers; a failing hook never undoes or hides a saved change."""

import logging

import pytest

from kiosk.db.models import Visit
from kiosk.domain.errors import AlreadyDone


@pytest.fixture
def woken(services) -> list[str]:
    calls: list[str] = []
    services.uow.on_commit(lambda: calls.append("woken"))
    return calls


def test_each_committed_change_for_sync_calls_the_hooks_once(services, make_session, woken):
    services.visits.check_in("Sam")
    assert woken == ["woken"]
    session = make_session(capacity=1)  # a session and its outbox entry: one more
    booking = services.booking.book(session.id, "Alex")
    assert len(woken) == 3
    services.booking.lookup(booking.reference)
    services.schedule.week()
    assert len(woken) == 3  # reads queue nothing
    services.booking.cancel(booking.reference)
    assert len(woken) == 4


def test_refused_rolled_back_and_anonymous_writes_do_not_call_the_hooks(services, make_session, db, woken):
    booking = services.booking.book(make_session().id, "Jo")
    services.booking.cancel(booking.reference)
    woken.clear()
    with pytest.raises(AlreadyDone):
        services.booking.cancel(booking.reference)
    visit = services.visits.check_in("Kez")
    woken.clear()
    queued = db.count("outbox")
    with pytest.raises(RuntimeError), services.uow.write() as tx:
        tx.record("visit.update", tx.session.get(Visit, visit.id))
        raise RuntimeError("the write fails after queueing")
    assert db.count("outbox") == queued
    services.feedback.give(5, "Lovely")
    assert woken == []


def test_a_failing_hook_is_logged_and_the_change_is_kept(services, db, woken, caplog):
    def broken() -> None:
        raise ValueError("hook bug")

    services.uow.on_commit(broken)
    services.uow.on_commit(lambda: woken.append("after the broken one"))
    with caplog.at_level(logging.ERROR, logger="kiosk.services.unit_of_work"):
        visit = services.visits.check_in("Mo")
    assert visit.name == "Mo" and db.count("visit") == 1
    assert woken == ["woken", "after the broken one"]
    assert "a commit hook failed" in caplog.text
