"""Finding 9: every action only a hub lead may take is refused by the service itself when a
volunteer asks (whatever screen or command asked), on SQLite and PostgreSQL, and changes nothing."""

import inspect
from datetime import date

import pytest
from sqlalchemy import func, select

from kiosk.db.models import AuditEntry, Booking, Visit
from kiosk.domain.enums import StaffRole
from kiosk.domain.errors import NotAllowed
from kiosk.domain.records import Actor
from kiosk.services import Services
from tests.conftest import ADMIN

VOLUNTEER = Actor("Val the volunteer", StaffRole.VOLUNTEER)
PERIOD = (date(2026, 11, 1), date(2026, 12, 1))

#: Every lead-only action, as the call a volunteer's screen (or a tampered one) would make.
LEAD_ONLY = {
    "accounts.add": lambda s, w: s.accounts.add(VOLUNTEER, "Sly", StaffRole.LEAD, "975310"),
    "accounts.set_active": lambda s, w: s.accounts.set_active(VOLUNTEER, w["lead"], False),
    "accounts.reset_pin": lambda s, w: s.accounts.reset_pin(VOLUNTEER, w["lead"], "975310"),
    "settings.update": lambda s, w: s.settings.update(VOLUNTEER, retention_days=3650),
    "hub.update": lambda s, w: s.hub.update(VOLUNTEER, name="Mine now"),
    "audit.entries": lambda s, w: s.audit.entries(VOLUNTEER),
    "audit.export_csv": lambda s, w: s.audit.export_csv(VOLUNTEER, w["tmp"] / "log.csv"),
    "audit.central_confirmation": lambda s, w: s.audit.central_confirmation(VOLUNTEER),
    "privacy.purge": lambda s, w: s.privacy.purge(VOLUNTEER, days=1),
    "privacy.find": lambda s, w: s.privacy.find(VOLUNTEER, "Sam"),
    "privacy.by_reference": lambda s, w: s.privacy.by_reference(VOLUNTEER, w["reference"]),
    "privacy.by_leaving_code": lambda s, w: s.privacy.by_leaving_code(VOLUNTEER, w["code"], PERIOD[1]),
    "privacy.export": lambda s, w: s.privacy.export(VOLUNTEER, [w["visit"]]),
    "privacy.erase": lambda s, w: s.privacy.erase(VOLUNTEER, [w["visit"]]),
    "privacy.save_export": lambda s, w: s.privacy.save_export(VOLUNTEER, [w["visit"]], w["tmp"] / "sam.json"),
    "reports.impact": lambda s, w: s.reports.impact(VOLUNTEER, *PERIOD),
    "reports.tables": lambda s, w: s.reports.tables(VOLUNTEER, *PERIOD),
    "reports.export_csv": lambda s, w: s.reports.export_csv(VOLUNTEER, *PERIOD, w["tmp"] / "report"),
}


@pytest.fixture
def world(services: Services, make_session, clock, tmp_path):
    lead = services.accounts.add(ADMIN, "Lee", StaffRole.LEAD, "246810")
    booking = services.booking.book(make_session().id, "Sam")
    visit = services.visits.check_in("Sam", "CM1")
    clock.advance(days=2)  # old enough for a one-day purge
    out = tmp_path / "out"
    out.mkdir()
    return {"lead": lead.id, "reference": booking.reference, "visit": visit.id, "code": visit.leave_code,
            "tmp": out}


def state(services: Services) -> tuple:
    with services.uow.read() as tx:
        audit = tx.session.scalar(select(func.count()).select_from(AuditEntry))
        names = sorted(n for model in (Booking, Visit) for n in tx.session.scalars(select(model.name)) if n)
        hub = tx.hub()
        return audit, names, hub.name, hub.retention_days


@pytest.mark.parametrize("action", sorted(LEAD_ONLY))
def test_a_volunteer_calling_a_lead_only_service_is_refused_and_nothing_changes(services, world, action):
    before = state(services)
    with pytest.raises(NotAllowed, match="Only a hub lead"):
        LEAD_ONLY[action](services, world)
    assert state(services) == before
    assert not any(world["tmp"].iterdir())  # no export file was written


def test_every_service_method_that_checks_for_a_lead_is_tried_here(services):
    checked = set()
    for field in Services.__dataclass_fields__:
        service = getattr(services, field)
        for name, method in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_") and "require_lead(" in inspect.getsource(method):
                checked.add(f"{field}.{name}")
    assert checked <= set(LEAD_ONLY), f"add a volunteer test for: {sorted(checked - set(LEAD_ONLY))}"


def test_the_lead_can_do_what_the_volunteer_could_not(services, world):
    lead = Actor("Lee", StaffRole.LEAD, world["lead"])
    assert services.privacy.purge(lead, days=1).visits == 1
    assert services.reports.impact(lead, *PERIOD) is not None
    assert state(services)[1] == []
