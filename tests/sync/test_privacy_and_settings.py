"""What else travels: hub settings with their crisis contacts, erased names that stay erased even
when another kiosk still had them, a retention purge that leaves the central decisions alone, and
the place a kiosk hands on by itself, which the central database decides again."""

from datetime import timedelta

from kiosk.db.models import OutboxEntry
from kiosk.domain.records import CrisisContact
from kiosk.domain.places import AUTOMATIC_PROMOTION

from .helpers import ADMIN, upcoming


def test_hub_settings_and_crisis_contacts_reach_every_kiosk(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    touch.sync()
    desk.services.settings.update(ADMIN, crisis_contacts=[CrisisContact("Night line", "Call 0800 000 000")],
                                  phone="01632 960 999", visitor_idle_seconds=120)
    desk.sync()
    touch.sync()
    shown = touch.services.hub.current()
    assert shown.phone == "01632 960 999"
    assert [c.name for c in shown.crisis_contacts] == ["Night line"]
    assert touch.services.settings.get().visitor_idle_seconds == 120
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)


def test_an_erased_name_stays_erased_whatever_another_kiosk_still_had(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    walk = desk.services.activities.add(ADMIN, "Walk and talk")
    session = desk.services.schedule.add_session(ADMIN, walk.id, upcoming(desk.clock), 90, 5)
    desk.sync()
    touch.sync()
    booking = touch.services.booking.book(session.id, "Łucja")
    visit = touch.services.visits.check_in("Łucja", "CM1")
    touch.sync()
    desk.sync()
    desk.services.privacy.erase(ADMIN, [r.id for r in desk.services.privacy.find(ADMIN, "łucja")])
    touch.services.booking.cancel(booking.reference)  # offline: its copy still has the name
    touch.services.visits.check_out(visit.id)
    desk.sync()

    touch.sync()
    desk.sync()

    with central.connect() as conn:
        names = conn.execute("SELECT name FROM booking UNION ALL SELECT name FROM visit").fetchall()
        assert names == [(None,), (None,)]
        assert conn.execute("SELECT status FROM booking").fetchone()[0] == "cancelled"
        assert conn.execute("SELECT left_at IS NOT NULL FROM visit").fetchone()[0]
    assert touch.services.booking.lookup(booking.reference).name is None
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)


def test_a_purge_changes_names_only_never_a_decided_status(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    walk = desk.services.activities.add(ADMIN, "Walk and talk")
    session = desk.services.schedule.add_session(ADMIN, walk.id, upcoming(desk.clock, 120), 90, 1)
    desk.sync()
    touch.sync()
    desk.services.booking.book(session.id, "Sam")
    desk.sync()
    late = touch.services.booking.book(session.id, "Kez")  # touch has not seen Sam: "confirmed"
    touch.clock.skew = timedelta(days=3)
    touch.services.privacy.purge(ADMIN, days=2)  # three days on, the name is cleared
    touch.sync()
    with central.connect() as conn:
        assert conn.execute("SELECT name, status FROM booking WHERE id = %s", [late.id]).fetchone() == (
            None, "waitlisted")


def test_a_place_handed_on_by_a_kiosk_itself_is_marked_as_automatic(services, make_session):
    """The central rules recognise a kiosk's own promotion by the reason it gives."""
    session = make_session(capacity=1)
    first = services.booking.book(session.id, "Sam")
    services.booking.book(session.id, "Alex")
    services.booking.cancel(first.reference)
    with services.uow.read() as tx:
        promote = [e for e in tx.session.query(OutboxEntry).all() if e.kind == "booking.promote"]
    assert [e.payload["status_reason"] for e in promote] == [AUTOMATIC_PROMOTION]
