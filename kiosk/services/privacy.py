"""Keeping personal data short and answering people's rights: names on visits and bookings
cleared after the retention period (counts kept), and subject access and erasure that start
from something only the person holds (a booking reference, a visit's leaving code and its day)
or from the records a hub lead ticked as theirs; every copy the kiosk keeps is cleared too, and
every export and erasure audited."""

import json
import os
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from ..db import erasure_ledger
from ..db.base import PERSONAL, Base
from ..db.files import KioskFiles
from ..db.models import Activity, Booking, Erasure, Session, Visit
from ..db.serialize import json_value
from ..domain.errors import InvalidInput, NotFound
from ..domain.ids import uuid7
from ..domain.privacy import BOOKING, VISIT, ErasureResult, PersonRecord, PurgeResult
from ..domain.records import Actor
from ..domain.leaving import normalise_leave_code
from ..domain.refcode import normalise_reference
from ..domain.text import clean_name
from ..domain.timeutil import local_day_bounds
from . import clearing
from .accounts import require_lead
from .unit_of_work import Tx, UnitOfWork

__all__ = ["PrivacyService", "PurgeResult", "ErasureResult", "VISITOR_NAME_COLUMNS", "tagged_columns"]

#: Every column tagged as a visitor's personal data, and when its row counts as old.
#: A test fails if a tagged column is missing here (or an untagged text column is not justified).
VISITOR_NAME_COLUMNS = {("booking", "name"): Booking.created_at, ("visit", "name"): Visit.arrived_at}
SYSTEM = Actor.system("Erasure ledger")


def tagged_columns(kind: str = "name") -> set[tuple[str, str]]:
    """(table, column) of every column whose ``info`` marks it as ``kind`` of personal data."""
    return {(table.name, column.name) for table in Base.metadata.sorted_tables for column in table.columns
            if column.info.get(PERSONAL) == kind}


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _named(tx: Tx, model, name: str) -> list:
    """Rows of ``model`` whose name is ``name`` ignoring case. Matched in Python: SQLite's lower()
    knows only ASCII, and names are few (retention clears them after a month)."""
    wanted = _fold(name)
    rows = tx.session.scalars(select(model).where(model.hub_id == tx.hub_id, model.name.is_not(None)))
    return [row for row in rows if _fold(row.name) == wanted]


class PrivacyService:
    def __init__(self, uow: UnitOfWork, files: KioskFiles | None = None):
        self._uow = uow
        self._files = files

    def purge(self, actor: Actor, days: int | None = None) -> PurgeResult:
        """Clear names older than ``days`` (default: the hub's retention setting), in the
        database and every copy kept beside it; copies older than that are deleted."""
        require_lead(actor)
        with self._uow.write() as tx:
            days = days if days is not None else tx.hub().retention_days
            if not isinstance(days, int) or days < 1:
                raise InvalidInput("The retention period is a whole number of days, at least 1.")
            cutoff = tx.now - timedelta(days=days)
            counts = {}
            for model, when in ((Booking, Booking.created_at), (Visit, Visit.arrived_at)):
                rows = tx.session.scalars(select(model).where(
                    model.hub_id == tx.hub_id, model.name.is_not(None), when < cutoff)).all()
                for row in rows:
                    row.name = None
                    tx.touch(row)
                    tx.record(f"{model.__tablename__}.forget_name", row)
                clearing.scrub_payloads(tx, model.__tablename__, [row.id for row in rows])
                counts[model.__tablename__] = len(rows)
            tx.audit(actor, "privacy.purge", "hub", tx.hub_id, days=days, **counts)
        clearing.wipe_copies(self._uow.engine, self._files, cutoff, erasure=False)
        return PurgeResult(bookings=counts["booking"], visits=counts["visit"])

    def find(self, actor: Actor, name: str) -> list[PersonRecord]:
        """Every booking and visit under a first name or nickname, for a hub lead to tick the
        ones that are this person's; oldest first."""
        require_lead(actor)
        name = clean_name(name, required=True)
        with self._uow.read() as tx:
            found = [_record(tx, row) for model in (Booking, Visit) for row in _named(tx, model, name)]
        self._audit(actor, "privacy.find", matches=len(found))
        return sorted(found, key=lambda r: (r.on, r.kind, r.id))

    def by_reference(self, actor: Actor, reference: str) -> list[PersonRecord]:
        """The booking with this reference: something only the person who booked holds."""
        require_lead(actor)
        code = normalise_reference(reference)
        with self._uow.read() as tx:
            booking = tx.session.scalar(select(Booking).where(Booking.hub_id == tx.hub_id,
                                                              Booking.reference == code))
            if booking is None:
                raise NotFound("No booking has that reference.")
            found = [_record(tx, booking)]
        self._audit(actor, "privacy.find", matches=1, by="reference")
        return found

    def by_leaving_code(self, actor: Actor, code: str, on: date) -> list[PersonRecord]:
        """The visit of day ``on`` with this leaving code: only the visitor was shown it. The
        day is needed because a code is unique among one day's visits only."""
        require_lead(actor)
        code = normalise_leave_code(code)
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            start, end = local_day_bounds(on, 1, tz)
            visits = tx.session.scalars(select(Visit).where(
                Visit.hub_id == tx.hub_id, Visit.leave_code == code, Visit.arrived_at >= start,
                Visit.arrived_at < end)).all()
            if not visits:
                raise NotFound("No visit that day has that leaving code.")
            found = [_record(tx, visit) for visit in visits]
        self._audit(actor, "privacy.find", matches=len(found), by="leaving code")
        return found

    def export(self, actor: Actor, record_ids: Sequence[uuid.UUID]) -> dict:
        """Everything held in the chosen records, as a JSON-ready document."""
        require_lead(actor)
        with self._uow.read() as tx:
            bookings, visits = _chosen(tx, record_ids)
            document = {
                "exported_at": tx.now.isoformat(), "hub": tx.hub().name,
                "bookings": [_booking_doc(tx, b) for b in sorted(bookings, key=lambda b: b.created_at)],
                "visits": [_visit_doc(v) for v in sorted(visits, key=lambda v: v.arrived_at)],
                "note": "Feedback and poll votes are anonymous: nothing links them to a person.",
            }
        self._audit(actor, "privacy.export", bookings=len(bookings), visits=len(visits))
        return document

    def save_export(self, actor: Actor, record_ids: Sequence[uuid.UUID], path: str | os.PathLike) -> int:
        """Write the export of the chosen records to a JSON file; returns how many records."""
        target = Path(path).expanduser()
        require_lead(actor)
        if target.suffix.lower() != ".json":
            raise InvalidInput("Please give a file name ending in .json")
        if not target.parent.is_dir():
            raise InvalidInput("That folder does not exist. Please choose another.")
        document = self.export(actor, record_ids)
        try:
            target.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        except OSError as error:
            raise InvalidInput(f"The file could not be written ({error.strerror or 'unknown reason'}).") from None
        return len(document["bookings"]) + len(document["visits"])

    def erase(self, actor: Actor, record_ids: Sequence[uuid.UUID]) -> ErasureResult:
        """Remove the name from the chosen records here and in every copy the kiosk keeps, and
        record the erasure (for sync, and in the ledger a restore cannot undo)."""
        require_lead(actor)
        with self._uow.write() as tx:
            bookings, visits = _chosen(tx, record_ids)
            entries = [self._erase_row(tx, row) for row in (*bookings, *visits)]
            if self._files is not None:  # before the commit: a crash after it must not lose it
                erasure_ledger.append(self._files.ledger, entries)
            tx.audit(actor, "privacy.erase", "hub", tx.hub_id, bookings=len(bookings), visits=len(visits))
        clearing.wipe_copies(self._uow.engine, self._files, None, erasure=True, drop_set_aside=True)
        return ErasureResult(bookings=len(bookings), visits=len(visits))

    def reapply_erasures(self) -> int:
        """After a restore or a repair: erase again whatever the ledger says was erased;
        returns how many things had to be put right."""
        entries = clearing.ledger_entries(self._files)
        if not entries:
            return 0
        with self._uow.write() as tx:
            fixed = clearing.reapply(tx, entries)
            if fixed:
                tx.audit(SYSTEM, "privacy.reapply", "hub", tx.hub_id, fixed=fixed)
        if fixed:
            clearing.wipe_copies(self._uow.engine, self._files, None, erasure=True)
        return fixed

    def forget_erased(self, tx: Tx) -> int:
        """Null the name of any row an erasure marker covers (after rows arrive from sync)."""
        total = 0
        for model in (Booking, Visit):
            erased = select(Erasure.entity_id).where(Erasure.entity == model.__tablename__)
            result = tx.session.execute(update(model).where(model.id.in_(erased), model.name.is_not(None))
                                        .values(name=None))
            total += result.rowcount or 0
        return total

    def _erase_row(self, tx: Tx, row) -> erasure_ledger.LedgerEntry:
        entity = row.__tablename__
        row.name = None
        tx.touch(row)
        tx.record(f"{entity}.erase", row)
        marker = Erasure(hub_id=tx.hub_id, entity=entity, entity_id=row.id, erased_at=tx.now)
        tx.session.add(marker)
        op_id = uuid7()
        tx.record("erasure.create", marker, op_id=op_id)
        clearing.scrub_payloads(tx, entity, [row.id])
        return erasure_ledger.LedgerEntry(marker.id, op_id, tx.hub_id, entity, row.id, tx.now)

    def _audit(self, actor: Actor, action: str, **detail) -> None:
        """What was done and how many records, never what they hold."""
        with self._uow.write() as tx:
            tx.audit(actor, action, "hub", tx.hub_id, **detail)


def _chosen(tx: Tx, record_ids: Sequence[uuid.UUID]) -> tuple[list[Booking], list[Visit]]:
    """The bookings and visits with these ids (of this hub); every id must be one of them."""
    ids = list(dict.fromkeys(record_ids or ()))
    if not ids:
        raise InvalidInput("Please choose at least one record.")
    bookings, visits = [], []
    for record_id in ids:
        if not isinstance(record_id, uuid.UUID):
            raise InvalidInput("A record is chosen by the id shown beside it.")
        booking, visit = tx.session.get(Booking, record_id), tx.session.get(Visit, record_id)
        row = booking or visit
        if row is None or row.hub_id != tx.hub_id:
            raise NotFound("One of the chosen records does not exist (any more).")
        (bookings if booking is not None else visits).append(row)
    return bookings, visits


def _record(tx: Tx, row) -> PersonRecord:
    tz = ZoneInfo(tx.hub().timezone)
    if isinstance(row, Visit):
        return PersonRecord(VISIT, row.id, row.arrived_at.astimezone(tz).date(), None, row.district, None)
    session = tx.session.get(Session, row.session_id)
    activity = tx.session.get(Activity, session.activity_id)
    starts = session.starts_at.astimezone(tz)
    return PersonRecord(BOOKING, row.id, starts.date(), f"{activity.name}, {starts:%H:%M}", None, row.reference)


def _booking_doc(tx: Tx, booking: Booking) -> dict:
    session = tx.session.get(Session, booking.session_id)
    activity = tx.session.get(Activity, session.activity_id)
    return {"reference": booking.reference, "name": booking.name, "party": booking.party,
            "status": booking.status, "made_at": json_value(booking.created_at),
            "session": {"activity": activity.name, "starts_at": json_value(session.starts_at),
                        "place": session.place}}


def _visit_doc(visit: Visit) -> dict:
    return {"name": visit.name, "arrived_at": json_value(visit.arrived_at), "left_at": json_value(visit.left_at),
            "district": visit.district, "reason": visit.reason, "first_visit": visit.first_visit,
            "family_members": visit.family_count}
