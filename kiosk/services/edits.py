"""The undo journal of timetable edits: what a session's values were before and after each
edit, so the desk can put the last one back."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from ..db.models import Session, SessionEdit
from ..domain.desk import EditInfo
from ..domain.errors import CapacityTooLow
from ..domain.records import Actor
from .unit_of_work import Tx
from .waitlist import places_held

FIELDS = ("starts_at", "minutes", "capacity", "place", "facilitator", "notes")


def snapshot(row: Session) -> dict:
    """The editable values of a session, as JSON-safe values."""
    return {
        "starts_at": row.starts_at.astimezone(UTC).isoformat(),
        "minutes": int((row.ends_at - row.starts_at).total_seconds() // 60),
        "capacity": row.capacity, "place": row.place, "facilitator": row.facilitator, "notes": row.notes,
    }


def journal_edit(tx: Tx, actor: Actor, row: Session, before: dict) -> None:
    """Remember the fields an edit really changed (nothing, if it changed nothing)."""
    after = snapshot(row)
    fields = [f for f in FIELDS if before[f] != after[f]]
    if not fields:
        return
    tx.session.add(SessionEdit(
        hub_id=tx.hub_id, session_id=row.id, actor_id=actor.staff_id, actor_name=actor.name, at=tx.now,
        before={f: before[f] for f in fields}, after={f: after[f] for f in fields},
    ))


def latest_edit(tx: Tx, actor: Actor) -> SessionEdit | None:
    """``actor``'s newest journal entry (undone or not)."""
    stmt = select(SessionEdit).where(SessionEdit.hub_id == tx.hub_id)
    if actor.staff_id is not None:
        stmt = stmt.where(SessionEdit.actor_id == actor.staff_id)
    else:
        stmt = stmt.where(SessionEdit.actor_id.is_(None), SessionEdit.actor_name == actor.name)
    return tx.session.scalars(stmt.order_by(SessionEdit.at.desc(), SessionEdit.id.desc()).limit(1)).first()


def restore(tx: Tx, row: Session, values: dict) -> None:
    """Put ``values`` (from ``snapshot``) back on the session; capacity still may not drop below
    the places booked since."""
    length = row.ends_at - row.starts_at
    if "starts_at" in values:
        row.starts_at = datetime.fromisoformat(values["starts_at"])
    if "minutes" in values:
        length = timedelta(minutes=values["minutes"])
    row.ends_at = row.starts_at + length
    if "capacity" in values:
        held = places_held(tx, row.id)
        if values["capacity"] < held:
            raise CapacityTooLow(f"{held} places are booked now, so the capacity cannot go back to "
                                 f"{values['capacity']}.")
        row.capacity = values["capacity"]
    for field in ("place", "facilitator", "notes"):
        if field in values:
            setattr(row, field, values[field])


def edit_info(entry: SessionEdit) -> EditInfo:
    return EditInfo(id=entry.id, session_id=entry.session_id, at=entry.at, actor_name=entry.actor_name,
                    fields=tuple(f for f in FIELDS if f in entry.before))
