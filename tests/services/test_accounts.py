"""Staff accounts on both engines: PINs, argon2id, delays and locks across restarts, leads, audit."""

import pytest
from argon2 import PasswordHasher

from kiosk.domain.enums import StaffRole
from kiosk.domain.errors import AccountLocked, InvalidInput, NotAllowed, TooSoon, WrongPin
from kiosk.domain.records import CrisisContact
from kiosk.services import accounts as accounts_module
from kiosk.services import build_services

from .conftest import ADMIN, refused

LEAD_PIN, VOLUNTEER_PIN = "246810", "135792"
PRODUCTION_HASHER = accounts_module._hasher


@pytest.fixture(autouse=True)
def quick_argon2id(monkeypatch):
    """Still argon2id, with small costs: the real costs take about 0.3 s per PIN on a test machine.
    test_production_pin_hash_costs checks the real settings."""
    monkeypatch.setattr(accounts_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                                   parallelism=1))


@pytest.fixture
def lead(services):
    return services.accounts.add_first_lead("Hannah", LEAD_PIN)


@pytest.fixture
def lead_actor(services, lead):
    return services.accounts.sign_in(lead.id, LEAD_PIN)


@pytest.fixture
def volunteer(services, lead_actor):
    return services.accounts.add(lead_actor, "Vera", StaffRole.VOLUNTEER, VOLUNTEER_PIN)


def test_pin_is_six_to_twelve_plain_digits(services, db):
    for pin in ("12345", "", "1234567890123", "12345a", "123 456", "-24681", "１３５７９２", "13579²",
                None, 135792):
        refused(InvalidInput, services.accounts.add_first_lead, "Hannah", pin, match="6 to 12 digits")
    assert db.count("staff_account") == 0


def test_weak_pins_are_refused(services, db):
    for pin in ("111111", "000000", "123456", "654321", "0123456789", "987654321"):
        refused(InvalidInput, services.accounts.add_first_lead, "Hannah", pin, match="too easy to guess")
    assert db.count("staff_account") == 0
    assert services.accounts.add_first_lead("Hannah", "121212").name == "Hannah"  # not a run


def test_pin_is_stored_as_argon2id_and_never_as_itself(services, lead, volunteer, lead_actor, db):
    other = services.accounts.add(lead_actor, "Olu", "volunteer", VOLUNTEER_PIN)
    hashes = {r.id: r.pin_hash for r in db.rows("SELECT id, pin_hash FROM staff_account")}
    assert len(hashes) == 3
    for pin_hash in hashes.values():
        assert pin_hash.startswith("$argon2id$")
        assert LEAD_PIN not in pin_hash and VOLUNTEER_PIN not in pin_hash
    assert len(set(hashes.values())) == 3  # salted: the same PIN never gives the same hash
    assert other.id != volunteer.id


def test_production_pin_hash_costs(services, monkeypatch, db):
    monkeypatch.setattr(accounts_module, "_hasher", PRODUCTION_HASHER)
    lead = services.accounts.add_first_lead("Hannah", LEAD_PIN)
    stored = db.scalar("SELECT pin_hash FROM staff_account")
    assert stored.startswith("$argon2id$v=19$")
    params = dict(part.split("=") for part in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19 * 1024 and int(params["t"]) >= 2  # at least the OWASP minimum
    assert services.accounts.sign_in(lead.id, LEAD_PIN).is_lead


def test_sign_in_success(services, lead, volunteer):
    actor = services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    assert (actor.name, actor.role, actor.staff_id, actor.is_lead) == ("Vera", StaffRole.VOLUNTEER,
                                                                      volunteer.id, False)
    assert services.accounts.sign_in(lead.id, LEAD_PIN).is_lead


def test_first_lead_only_once(services, lead):
    with pytest.raises(NotAllowed):
        services.accounts.add_first_lead("Someone", "975318")


def test_wrong_pins_delay_then_lock_and_the_lock_survives_a_restart(services, engine, clock, volunteer):
    sign_in = services.accounts.sign_in
    for left in (4, 3, 2):
        with pytest.raises(WrongPin, match=f"{left} more tr"):
            sign_in(volunteer.id, "999888")
    with pytest.raises(TooSoon) as wait:  # after the 3rd wrong PIN: even the right one must wait
        sign_in(volunteer.id, VOLUNTEER_PIN)
    assert wait.value.wait_seconds == 5 and "5 seconds" in wait.value.message
    clock.advance(seconds=4)
    with pytest.raises(TooSoon) as wait:
        sign_in(volunteer.id, VOLUNTEER_PIN)
    assert wait.value.wait_seconds == 1
    clock.advance(seconds=1)
    with pytest.raises(WrongPin, match="1 more try"):
        sign_in(volunteer.id, "999888")
    with pytest.raises(TooSoon) as wait:  # the delay grows
        sign_in(volunteer.id, "999888")
    assert wait.value.wait_seconds == 30
    clock.advance(seconds=30)
    with pytest.raises(AccountLocked, match="15 minutes"):
        sign_in(volunteer.id, "999888")
    with pytest.raises(AccountLocked):
        sign_in(volunteer.id, VOLUNTEER_PIN)

    restarted = build_services(engine, clock)  # a new process on the same database
    with pytest.raises(AccountLocked):
        restarted.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    assert restarted.accounts.staff()[-1].locked_until is not None
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AccountLocked, match="1 more minute"):
        restarted.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    clock.advance(seconds=1)  # 15 minutes after the 5th wrong PIN
    assert restarted.accounts.sign_in(volunteer.id, VOLUNTEER_PIN).staff_id == volunteer.id
    with pytest.raises(WrongPin, match="4 more tries"):  # the count started again
        restarted.accounts.sign_in(volunteer.id, "999888")


def test_wrong_pins_are_counted_in_the_database(services, volunteer, db):
    for _ in range(2):
        with pytest.raises(WrongPin):
            services.accounts.sign_in(volunteer.id, "999888")
    row = db.rows("SELECT failed_attempts, last_failed_at FROM staff_account WHERE name = 'Vera'")[0]
    assert row.failed_attempts == 2 and row.last_failed_at is not None
    services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    assert db.scalar("SELECT failed_attempts FROM staff_account WHERE name = 'Vera'") == 0


def _lock(services, clock, staff_id):
    for attempt in range(5):
        with pytest.raises((WrongPin, AccountLocked)):
            services.accounts.sign_in(staff_id, "999888")
        clock.advance(seconds=31)


def test_a_lead_resetting_the_pin_clears_the_lock(services, clock, volunteer, lead_actor):
    _lock(services, clock, volunteer.id)
    with pytest.raises(AccountLocked):
        services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    info = services.accounts.reset_pin(lead_actor, volunteer.id, "864209")
    assert info.locked_until is None
    with pytest.raises(WrongPin, match="4 more tries"):
        services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    assert services.accounts.sign_in(volunteer.id, "864209").name == "Vera"


def test_reset_pin_checks_the_new_pin(services, volunteer, lead_actor):
    with pytest.raises(InvalidInput):
        services.accounts.reset_pin(lead_actor, volunteer.id, "123456")
    assert services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)


def test_a_volunteer_is_refused_every_lead_only_call(services, lead, volunteer, db):
    actor = services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    before = db.audit()
    hub_before = services.hub.current()
    calls = {
        "add": lambda: services.accounts.add(actor, "Mallory", "lead", "975318"),
        "set_active": lambda: services.accounts.set_active(actor, lead.id, False),
        "set_active self": lambda: services.accounts.set_active(actor, volunteer.id, False),
        "reset_pin": lambda: services.accounts.reset_pin(actor, lead.id, "975318"),
        "hub.update": lambda: services.hub.update(actor, name="Renamed hub"),
        "hub.update contacts": lambda: services.hub.update(actor, crisis_contacts=[CrisisContact("X", "Y")]),
        "audit.entries": lambda: services.audit.entries(actor),
    }
    for name, call in calls.items():
        with pytest.raises(NotAllowed, match="hub lead"):
            call()
    assert db.audit() == before
    assert services.hub.current() == hub_before
    assert {s.name for s in services.accounts.staff()} == {"Hannah", "Vera"}
    assert services.accounts.sign_in(lead.id, LEAD_PIN).is_lead  # the lead's PIN was not changed


def test_a_lead_may_make_those_calls(services, lead, lead_actor, volunteer):
    assert services.hub.update(lead_actor, name="Riverside").name == "Riverside"
    assert services.audit.entries(lead_actor)[0].action == "hub.update"
    assert services.accounts.set_active(lead_actor, volunteer.id, False).active is False


def test_the_last_active_lead_cannot_be_disabled(services, lead, lead_actor, volunteer):
    with pytest.raises(NotAllowed, match="last active hub lead"):
        services.accounts.set_active(ADMIN, lead.id, False)
    with pytest.raises(NotAllowed, match="your own account"):
        services.accounts.set_active(lead_actor, lead.id, False)
    second = services.accounts.add(lead_actor, "Priya", "lead", "975318")
    assert services.accounts.set_active(lead_actor, second.id, False).active is False
    with pytest.raises(NotAllowed, match="last active hub lead"):
        services.accounts.set_active(ADMIN, lead.id, False)
    assert services.accounts.set_active(ADMIN, second.id, True).active is True
    assert services.accounts.set_active(ADMIN, lead.id, False).active is False
    assert {s.name for s in services.accounts.staff()} == {"Priya", "Vera"}


def test_a_disabled_account_cannot_sign_in(services, lead_actor, volunteer):
    services.accounts.set_active(lead_actor, volunteer.id, False)
    with pytest.raises(NotAllowed, match="disabled"):
        services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    assert "Vera" in {s.name for s in services.accounts.staff(include_disabled=True)}
    assert "Vera" not in {s.name for s in services.accounts.staff()}


def test_unknown_role_is_refused(services, lead_actor):
    with pytest.raises(InvalidInput, match="volunteer"):
        services.accounts.add(lead_actor, "Olu", "admin", "975318")


def test_each_account_change_writes_one_audit_entry_naming_the_actor(services, db):
    def one_entry(action, actor_name, call):
        before = db.audit()
        result = call()
        new = db.audit()[len(before):]
        assert [(e.actor_name, e.action) for e in new] == [(actor_name, action)]
        return result, new[0]

    def same_id(entry, expected):
        return str(entry.entity_id).replace("-", "") == expected.hex

    lead, entry = one_entry("staff.first_lead", "Hannah",
                            lambda: services.accounts.add_first_lead("Hannah", LEAD_PIN))
    assert same_id(entry, lead.id)
    actor, _ = one_entry("staff.sign_in", "Hannah", lambda: services.accounts.sign_in(lead.id, LEAD_PIN))
    vera, entry = one_entry("staff.add", "Hannah",
                            lambda: services.accounts.add(actor, "Vera", "volunteer", VOLUNTEER_PIN))
    assert same_id(entry, vera.id)
    for action, call in [
        ("staff.disable", lambda: services.accounts.set_active(actor, vera.id, False)),
        ("staff.enable", lambda: services.accounts.set_active(actor, vera.id, True)),
        ("staff.reset_pin", lambda: services.accounts.reset_pin(actor, vera.id, "864209")),
    ]:
        _, entry = one_entry(action, "Hannah", call)
        assert same_id(entry, vera.id), action
    hub, entry = one_entry("hub.update", "Hannah", lambda: services.hub.update(actor, phone="01632 960 000"))
    assert same_id(entry, hub.id)
    with pytest.raises(WrongPin):
        one_entry("staff.sign_in_failed", "Vera", lambda: services.accounts.sign_in(vera.id, "999888"))
    assert db.audit()[-1].action == "staff.sign_in_failed"
    pin_texts = [str(r.detail) for r in db.rows("SELECT detail FROM audit_entry")]
    pins = (LEAD_PIN, VOLUNTEER_PIN, "864209", "999888")
    assert not any(pin in text for text in pin_texts for pin in pins)


def test_the_staff_list_says_who_is_locked_out_right_now(services, clock, volunteer):
    assert not services.accounts.staff()[-1].locked
    _lock(services, clock, volunteer.id)
    assert services.accounts.staff()[-1].locked
    clock.advance(minutes=16)
    listed = services.accounts.staff()[-1]
    assert listed.locked_until is not None and not listed.locked  # the lock ran out
