"""The visitor screens show what the services decide: the hub's own retention promise and what can
still be booked; no view reads a clock."""

import re
from pathlib import Path

import kiosk.views
from kiosk.domain.records import Actor
from tests.ui.helpers import page, tap, tap_row
from tests.ui.test_visitor_journeys import first_card, open_page

LEAD = Actor.system("Test lead")


def open_book_page(qtbot, window):
    open_page(qtbot, window, "whats_on")
    card, session = first_card(window, want_full=False)
    tap_row(qtbot, page(window, "whats_on").list, card)
    detail = page(window, "session")
    tap(qtbot, detail.book)
    return page(window, "book"), detail, session


def test_book_promises_the_hubs_own_retention_days(qtbot, kiosk_window):
    kiosk_window.services.settings.update(LEAD, retention_days=7)
    book, _detail, _session = open_book_page(qtbot, kiosk_window)
    assert book.promise.isVisibleTo(book)
    assert book.promise.text() == "We keep your name for 7 days, only so the volunteers know who is coming."
    assert "30" not in book.promise.text()


def test_a_session_that_has_started_offers_no_booking(qtbot, kiosk_window):
    open_page(qtbot, kiosk_window, "whats_on")
    _card, session = first_card(kiosk_window, want_full=False)
    kiosk_window.go("session", session.id)
    detail = page(kiosk_window, "session")
    assert detail.book.isVisibleTo(detail)
    kiosk_window.services.uow.clock.now = session.starts_at  # the session starts now
    detail.refresh()
    assert not detail.book.isVisibleTo(detail)


def test_no_view_reads_a_clock():
    """Views ask the services for "today" and "still to come"; only services read the clock."""
    folder = Path(kiosk.views.__file__).parent
    readers = [f"{path.relative_to(folder)}:{number}" for path in folder.rglob("*.py")
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"\bclock\(\)|utcnow\(|datetime\.now\(", line)]
    assert readers == []
