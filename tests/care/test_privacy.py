"""Retention, subject access and erasure: names go, counts stay; every personal column is known."""


import pytest
from sqlalchemy import String, Text, func, select

from kiosk.db.base import PERSONAL, Base
from kiosk.db.models import Booking, Erasure, Feedback, OutboxEntry, Visit
from kiosk.domain.errors import NotAllowed
from kiosk.domain.records import Actor
from kiosk.domain.enums import StaffRole
from kiosk.services.privacy import VISITOR_NAME_COLUMNS, tagged_columns
from tests.conftest import ADMIN

#: Text columns that are not about a person, and why. A new text column must be tagged in the
#: models (and handled by retention, export and erasure) or justified here.
NOT_PERSONAL = {
    "hub": {"name", "address", "phone", "web_address", "timezone", "default_language"},  # a language code
    "device": {"name", "role", "printer", "letter"},
    "activity": {"name", "description", "what_to_bring", "accessibility", "colour", "icon"},
    "session": {"place", "facilitator", "notes", "status", "cancel_reason"},
    "booking": {"reference", "status", "status_reason", "provisional_status"},
    "visit": {"district", "reason",  # the outward code only (CM1), kept for reach counts
              "device_letter", "leave_code"},  # the visitor's own leaving secret, not about them
    "feedback": {"comment"},  # anonymous by construction: no link to any person or visit
    "poll": {"question"}, "poll_option": {"label"},
    "response": {"you_said", "we_did"},
    "staff_account": {"role", "pin_hash"},
    "audit_entry": {"actor_name", "action", "entity"},  # staff names; never a visitor's
    "erasure": {"entity"},
    "session_edit": {"actor_name"},  # staff names; the edit holds no visitor data
}


def text_columns():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, (String, Text)):
                yield table.name, column


def test_every_text_column_is_tagged_personal_or_justified():
    unknown = [f"{table}.{column.name}" for table, column in text_columns()
               if not column.info.get(PERSONAL) and column.name not in NOT_PERSONAL.get(table, set())
               and not table.startswith("sync_") and table not in ("outbox", "anonymous_outbox")]
    assert not unknown, f"tag these as personal data (and handle them) or justify them: {unknown}"


def test_every_tagged_visitor_name_is_covered_by_retention_export_and_erasure():
    assert tagged_columns("name") == set(VISITOR_NAME_COLUMNS)


def counts(services):
    with services.uow.read() as tx:
        return {model.__tablename__: tx.session.scalar(select(func.count()).select_from(model))
                for model in (Booking, Visit, Feedback)}


def test_retention_clears_old_names_and_keeps_counts(services, make_session, clock):
    session = make_session(capacity=20, hours=2)
    old = services.booking.book(session.id, "Oldname", 1)
    services.visits.check_in("Oldvisitor", "CM1")
    services.feedback.give(5, "Lovely")
    clock.advance(days=31)
    newer = make_session(capacity=5, hours=2)
    recent = services.booking.book(newer.id, "Recentname", 1)
    before = counts(services)
    done = services.privacy.purge(ADMIN)
    assert (done.bookings, done.visits) == (1, 1)
    assert services.booking.lookup(old.reference).name is None
    assert services.booking.lookup(recent.reference).name == "Recentname"
    assert counts(services) == before
    with services.uow.read() as tx:
        assert tx.session.scalar(select(func.count()).where(OutboxEntry.kind == "booking.forget_name")) == 1


def test_export_finds_everything_under_a_name_ignoring_case(services, make_session):
    session = make_session(capacity=5)
    services.booking.book(session.id, "Łucja", 2)
    services.visits.check_in("łucja", "SS14")
    services.visits.check_in("Someone else")
    found = services.privacy.find(ADMIN, "ŁUCJA")
    assert sorted(r.kind for r in found) == ["booking", "visit"]
    document = services.privacy.export(ADMIN, [r.id for r in found])
    assert [b["party"] for b in document["bookings"]] == [2]
    assert [v["district"] for v in document["visits"]] == ["SS14"]
    assert "Someone else" not in str(document)


def test_erasure_removes_the_name_everywhere_and_is_recorded_for_sync(services, make_session):
    session = make_session(capacity=5)
    booking = services.booking.book(session.id, "Erin", 1)
    services.visits.check_in("erin")
    before = counts(services)
    done = services.privacy.erase(ADMIN, [r.id for r in services.privacy.find(ADMIN, "Erin")])
    assert (done.bookings, done.visits) == (1, 1)
    assert services.booking.lookup(booking.reference).name is None
    assert services.privacy.find(ADMIN, "Erin") == []
    assert counts(services) == before
    with services.uow.write() as tx:
        markers = tx.session.scalars(select(Erasure)).all()
        assert {m.entity for m in markers} == {"booking", "visit"}
        # A later sync delivering the old row with its name is put right by the marker.
        row = tx.session.get(Booking, booking.id)
        row.name = "Erin"
        assert services.privacy.forget_erased(tx) == 1
        assert row.name is None or tx.session.get(Booking, booking.id).name is None


def test_a_volunteer_cannot_export_or_erase(services):
    volunteer = Actor("Val", StaffRole.VOLUNTEER)
    with pytest.raises(NotAllowed):
        services.privacy.find(volunteer, "Erin")
    with pytest.raises(NotAllowed):
        services.privacy.export(volunteer, [])
    with pytest.raises(NotAllowed):
        services.privacy.erase(volunteer, [])


def test_erase_command_needs_confirmation(tmp_path, demo_db):
    import subprocess
    import sys

    import json

    base = [sys.executable, "-m", "kiosk", "--db", str(demo_db)]
    found = subprocess.run([*base, "--json", "privacy", "find", "--name", "Siân"], capture_output=True,
                           text=True, timeout=60)
    records = [arg for r in json.loads(found.stdout) for arg in ("--record", r["id"])]
    assert records
    refused = subprocess.run([*base, "privacy", "erase", *records], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL, timeout=60)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = subprocess.run([*base, "--json", "privacy", "erase", *records, "--yes"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and '"bookings"' in done.stdout
    exported = subprocess.run([*base, "privacy", "export", *records], capture_output=True, text=True,
                              timeout=60)
    document = json.loads(exported.stdout)
    assert {r["name"] for r in document["bookings"] + document["visits"]} == {None}
