"""Activities (walk and talk, yoga, poetry…): their plain-English descriptions, colours and icons."""

import re
import uuid

from sqlalchemy import select

from ..db.models import Activity
from ..domain.errors import InvalidInput, NotFound
from ..domain.records import ActivityInfo, Actor
from ..domain.text import LONG_TEXT_MAX, clean_text
from .read_models import activity_info
from .unit_of_work import Tx, UnitOfWork

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
UNSET = object()


class ActivityService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def list(self) -> list[ActivityInfo]:
        with self._uow.read() as tx:
            rows = tx.session.scalars(
                select(Activity).where(Activity.hub_id == tx.hub_id, Activity.deleted_at.is_(None))
                .order_by(Activity.name))
            return [activity_info(a) for a in rows]

    def find(self, name: str) -> ActivityInfo:
        wanted = " ".join(name.split()).casefold()
        for activity in self.list():
            if activity.name.casefold() == wanted:
                return activity
        names = ", ".join(a.name for a in self.list()) or "none yet"
        raise NotFound(f"There is no activity called '{name}'. Activities: {names}.")

    def add(self, actor: Actor, name: str, description: str | None = None,
            what_to_bring: str | None = None, accessibility: str | None = None,
            colour: str = "#0B5563", icon: str = "circle") -> ActivityInfo:
        with self._uow.write() as tx:
            row = Activity(hub_id=tx.hub_id)
            self._apply(tx, row, name=name, description=description, what_to_bring=what_to_bring,
                        accessibility=accessibility, colour=colour, icon=icon)
            tx.add(row)
            tx.record("activity.upsert", row)
            tx.audit(actor, "activity.add", "activity", row.id, name=row.name)
            return activity_info(row)

    def edit(self, actor: Actor, activity_id: uuid.UUID, **changes) -> ActivityInfo:
        with self._uow.write() as tx:
            row = tx.session.get(Activity, activity_id)
            if row is None or row.hub_id != tx.hub_id or row.deleted_at is not None:
                raise NotFound("That activity does not exist.")
            self._apply(tx, row, **changes)
            tx.touch(row)
            tx.record("activity.upsert", row)
            tx.audit(actor, "activity.edit", "activity", row.id, fields=sorted(changes))
            return activity_info(row)

    def _apply(self, tx: Tx, row: Activity, **fields) -> None:
        for key, value in fields.items():
            if key == "name":
                value = clean_text(value, what="activity name", limit=80, required=True)
                clash = tx.session.scalar(select(Activity.id).where(
                    Activity.hub_id == tx.hub_id, Activity.name == value, Activity.id != row.id,
                    Activity.deleted_at.is_(None)))
                if clash:
                    raise InvalidInput(f"There is already an activity called '{value}'.")
            elif key == "colour":
                if not isinstance(value, str) or not _COLOUR.match(value):
                    raise InvalidInput("A colour is written like #2E6B30.")
                value = value.upper()
            elif key == "icon":
                value = clean_text(value, what="icon", limit=40, required=True)
            elif key in ("description", "what_to_bring", "accessibility"):
                value = clean_text(value, what=key.replace("_", " "), limit=LONG_TEXT_MAX, multiline=True)
            else:
                raise InvalidInput(f"An activity has no field called '{key}'.")
            setattr(row, key, value)
