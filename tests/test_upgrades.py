"""Upgrades from every earlier revision, with data: for each migration revision a database is made
at that revision (on SQLite and on PostgreSQL) holding representative rows, upgraded to head, and
every row is checked afterwards; then the kiosk's services read it.

Each revision declares its seed in SEEDS below: the rows a database at that revision holds in the
tables that revision adds or changes, and what the revision does to the rows already there. A new
migration without a seed fails these tests until it has one."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from kiosk.db import migrate
from kiosk.db.base import Base
from kiosk.domain.enums import BookingStatus
from kiosk.domain.places import AUTOMATIC_PROMOTION
from kiosk.services import build_services

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
HUB, DEVICE, DESK, STAFF, ACTIVITY, SERIES, SESSION, CANCELLED_SESSION, POLL, YES, NO = (
    uuid.UUID(int=n) for n in range(1, 12))
BOOKED, WAITING, PROMOTED, LATE_BOOKING = (uuid.UUID(int=n) for n in range(20, 24))


def replicated(row_id: uuid.UUID, **values) -> dict:
    """A synced row: its id, the device it came from and when, never deleted."""
    return {"id": row_id, "origin_device_id": DEVICE, "created_at": T0, "updated_at": T0 + timedelta(minutes=5),
            "deleted_at": None, **values}


def booking(row_id, reference, name, party, status, queue_no, reason=None, **more) -> dict:
    return replicated(row_id, hub_id=HUB, session_id=SESSION, reference=reference, name=name, party=party,
                      status=status, status_reason=reason, queue_no=queue_no, **more)


@dataclass(frozen=True)
class Seed:
    #: table → rows inserted once the database is at this revision
    rows: dict[str, list[dict]]
    #: table → column values this revision gives the rows that were there before it
    upgraded: dict[str, dict[str, object]] = field(default_factory=dict)


SEEDS: dict[str, Seed] = {
    "0001": Seed(rows={
        "hub": [replicated(HUB, name="Riverside Recovery Hub", address="1 River Street, Chelmsford",
                           phone="01245 000000", web_address="https://example.org/riverside",
                           timezone="Europe/London",
                           crisis_contacts=[{"name": "Samaritans", "detail": "Call 116 123"}])],
        "device": [replicated(DEVICE, hub_id=HUB, name="Touchscreen", role="touchscreen")],
        "staff_account": [replicated(STAFF, hub_id=HUB, name="Vera", role="lead",
                                     pin_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g",
                                     active=True, failed_attempts=1, last_failed_at=T0, locked_until=None)],
        "activity": [replicated(ACTIVITY, hub_id=HUB, name="Walk and talk", description="A gentle walk.",
                                what_to_bring="Good shoes", accessibility="Flat paths", colour="#2E6B30",
                                icon="walk")],
        "series": [replicated(SERIES, hub_id=HUB, activity_id=ACTIVITY, weekday=0, local_start=time(10),
                              minutes=90, first_date=date(2026, 3, 2), until=date(2026, 6, 29))],
        "session": [
            replicated(SESSION, hub_id=HUB, activity_id=ACTIVITY, series_id=SERIES, starts_at=T0 + timedelta(days=7),
                       ends_at=T0 + timedelta(days=7, minutes=90), place="Meet at the front door",
                       facilitator="Jo", notes="Rain or shine", capacity=3, status="scheduled", cancel_reason=None),
            replicated(CANCELLED_SESSION, hub_id=HUB, activity_id=ACTIVITY, series_id=None,
                       starts_at=T0 + timedelta(days=8), ends_at=T0 + timedelta(days=8, hours=1), place=None,
                       facilitator=None, notes=None, capacity=10, status="cancelled", cancel_reason="Snow")],
        "booking": [booking(BOOKED, "KBC234", "Sam", 2, "confirmed", 1),
                    booking(WAITING, "MNP567", None, 2, "waitlisted", 2),
                    booking(PROMOTED, "QRS789", "Alex", 1, "confirmed", 3, AUTOMATIC_PROMOTION)],
        "visit": [replicated(uuid.UUID(int=30), hub_id=HUB, day_number=1, name="Sam", district="CM1",
                             reason="session", first_visit=True, family_count=1, arrived_at=T0,
                             left_at=T0 + timedelta(hours=2))],
        "feedback": [{"id": uuid.UUID(int=31), "hub_id": HUB, "given_on": date(2026, 3, 2), "rating": 4,
                      "comment": "Lovely walk", "activity_id": ACTIVITY}],
        "poll": [replicated(POLL, hub_id=HUB, question="More evening yoga?", closes_on=date(2026, 4, 1),
                            closed_at=None)],
        "poll_option": [replicated(YES, poll_id=POLL, label="Yes", position=0),
                        replicated(NO, poll_id=POLL, label="No", position=1)],
        "poll_vote": [{"id": uuid.UUID(int=32), "hub_id": HUB, "poll_id": POLL, "option_id": YES,
                       "voted_on": date(2026, 3, 2)}],
        "response": [replicated(uuid.UUID(int=33), hub_id=HUB, you_said="More evening yoga",
                                we_did="Thursday 18:30 yoga from April", activity_id=ACTIVITY,
                                published_at=T0, author_id=STAFF)],
        "audit_entry": [{"id": uuid.UUID(int=34), "hub_id": HUB, "at": T0, "actor_id": STAFF,
                         "actor_name": "Vera", "action": "session.edit", "entity": "session",
                         "entity_id": SESSION, "detail": {"fields": ["capacity"]}}],
        "outbox": [{"seq": 1, "op_id": uuid.UUID(int=35), "kind": "booking.create", "entity": "booking",
                    "entity_id": BOOKED, "payload": {"id": str(BOOKED), "party": 2}, "created_at": T0}],
        "anonymous_outbox": [{"id": uuid.UUID(int=36), "kind": "feedback.create", "entity": "feedback",
                              "payload": {"rating": 4, "comment": "Lovely walk"}}],
        "sync_state": [{"key": "hub_id", "value": str(HUB)}, {"key": "device_id", "value": str(DEVICE)}],
    }),
    "0002": Seed(
        rows={"session_edit": [{"id": uuid.UUID(int=40), "hub_id": HUB, "session_id": SESSION, "actor_id": STAFF,
                                "actor_name": "Vera", "at": T0, "before": {"capacity": 4},
                                "after": {"capacity": 3}, "undone_at": None}],
              "device": [replicated(DESK, hub_id=HUB, name="Front desk", role="desk", printer="PDF")]},
        upgraded={"hub": {"retention_days": 30, "visitor_idle_seconds": 90, "desk_lock_minutes": 5},
                  "device": {"printer": None}},
    ),
    "0003": Seed(
        rows={"sync_applied_op": [{"op_id": uuid.UUID(int=50), "hub_id": HUB, "device_id": DEVICE, "device_seq": 1,
                                   "outcome": "applied", "detail": {"conflicts": 0}}],
              "sync_device_login": [{"role_name": "kiosk_dev_touch", "device_id": DEVICE, "hub_id": HUB,
                                     "created_at": T0}],
              "booking": [booking(LATE_BOOKING, "TUV234", "Kez", 1, "waitlisted", 4,
                                  server_seq=7, provisional_status="confirmed")]},
        upgraded={**{t: {"server_seq": None} for t in (
            "activity", "booking", "device", "feedback", "poll", "poll_vote", "response", "series", "session",
            "visit", "hub", "poll_option")}, "booking": {"server_seq": None, "provisional_status": None}},
    ),
    "0004": Seed(rows={
        "erasure": [{"id": uuid.UUID(int=60), "hub_id": HUB, "entity": "visit", "entity_id": uuid.UUID(int=61),
                     "erased_at": T0}],
        "visit": [replicated(uuid.UUID(int=62), hub_id=HUB, day_number=2, name=None, district=None, reason=None,
                             first_visit=False, family_count=0, arrived_at=T0, left_at=None, server_seq=None)],
    }),
    "0005": Seed(
        rows={"staff_account": [replicated(uuid.UUID(int=70), hub_id=HUB, name="Val", role="volunteer",
                                           pin_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g",
                                           active=True, failed_attempts=0, last_failed_at=None,
                                           locked_until=None, server_seq=9)],
              "audit_entry": [{"id": uuid.UUID(int=71), "hub_id": HUB, "at": T0, "actor_id": STAFF,
                               "actor_name": "Vera", "action": "staff.add", "entity": "staff_account",
                               "entity_id": uuid.UUID(int=70), "detail": {"role": "volunteer"},
                               "device_id": DEVICE, "device_seq": 1}]},
        upgraded={"staff_account": {"server_seq": None},
                  "audit_entry": {"device_id": None, "device_seq": None}},
    ),
    "0006": Seed(rows={}, upgraded={"hub": {"default_language": "en", "languages_off": []}}),
    "0007": Seed(
        rows={"device": [replicated(uuid.UUID(int=80), hub_id=HUB, name="Second touchscreen", role="touchscreen",
                                    printer=None, server_seq=None, letter="B")],
              "visit": [replicated(uuid.UUID(int=81), hub_id=HUB, day_number=1, device_letter="B", leave_code="K7MQ",
                                   name="Jo", district="SS14", reason="drop-in", first_visit=False, family_count=0,
                                   arrived_at=T0, left_at=None, server_seq=None)]},
        upgraded={"device": {"letter": None}, "visit": {"device_letter": None, "leave_code": None}},
    ),
}


def revisions() -> list[str]:
    """Every packaged revision, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def seed_of(revision: str) -> Seed:
    if revision not in SEEDS:
        pytest.fail(f"Migration {revision} has no seed. Add SEEDS[{revision!r}] in tests/test_upgrades.py: "
                    f"rows for the tables {revision} adds or changes (as a database at {revision} would "
                    f"hold them) and, in `upgraded`, the values {revision} gives rows already there.")
    return SEEDS[revision]


def test_every_revision_has_a_seed():
    missing = [r for r in revisions() if r not in SEEDS]
    assert not missing, (f"Migrations without a seed in tests/test_upgrades.py: {', '.join(missing)}. "
                         "Add a SEEDS entry for each: its rows and what it does to older rows.")
    assert set(SEEDS) <= set(revisions()), "SEEDS names a revision that is not packaged"


def light_table(name: str, columns) -> sa.TableClause:
    """``name`` with just ``columns``, typed as the models type them (UUIDs, UTC times, JSON)."""
    model = Base.metadata.tables[name]
    return sa.table(name, *(sa.column(c, model.c[c].type) for c in columns))


def build_at(engine: sa.Engine, revision: str) -> list[tuple[str, str, dict]]:
    """Migrate step by step up to ``revision``, adding each revision's seed once it is reached;
    returns (revision, table, row) for every row inserted."""
    inserted = []
    for step in revisions():
        migrate.upgrade(engine, step)
        with engine.begin() as conn:
            for table, rows in seed_of(step).rows.items():
                for row in rows:
                    conn.execute(light_table(table, row).insert().values(**row))
                    inserted.append((step, table, row))
        if step == revision:
            return inserted
    raise AssertionError(f"{revision} is not in the chain")


def expected_after_head(made_at: str, table: str, row: dict) -> dict:
    """The row as it should read at head: as inserted, plus what each later revision gives it."""
    chain = revisions()
    expected = dict(row)
    for later in chain[chain.index(made_at) + 1:]:
        expected.update(seed_of(later).upgraded.get(table, {}))
    return expected


def primary_key(table: str) -> str:
    [column] = Base.metadata.tables[table].primary_key.columns
    return column.name


@pytest.mark.parametrize("revision", revisions())
def test_upgrading_from_each_revision_keeps_every_row(empty_engine, revision, clock):
    inserted = build_at(empty_engine, revision)
    assert migrate.current_revision(empty_engine) == revision

    assert migrate.upgrade(empty_engine).up_to_date

    by_table: dict[str, list[tuple[str, dict]]] = {}
    for made_at, table, row in inserted:
        by_table.setdefault(table, []).append((made_at, row))
    with empty_engine.connect() as conn:
        for table, rows in by_table.items():
            key = primary_key(table)
            found = {r[key]: dict(r) for r in conn.execute(
                sa.select(light_table(table, Base.metadata.tables[table].c.keys()))).mappings()}
            assert sorted(found, key=str) == sorted((row[key] for _, row in rows), key=str), table
            for made_at, row in rows:
                expected = expected_after_head(made_at, table, row)
                unchecked = set(found[row[key]]) - set(expected)
                assert not unchecked, (f"{table}.{', '.join(sorted(unchecked))} of rows made before it "
                                       "is not declared: give its value in the `upgraded` of the "
                                       "revision that adds it (SEEDS in tests/test_upgrades.py)")
                got = {c: found[row[key]][c] for c in expected}
                assert got == expected, f"{table} row {row[key]} (made at {made_at}) after upgrading from {revision}"
    services = build_services(empty_engine, clock)
    assert services.booking.lookup("KBC234").status is BookingStatus.CONFIRMED
    assert services.booking.lookup("MNP567").position == 1
    assert services.hub.current().name == "Riverside Recovery Hub"
