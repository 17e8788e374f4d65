"""This device's hub: setting it up on first run, reading it, and hub settings."""

from datetime import date

from sqlalchemy import select

from ..db.models import Device, Hub
from ..domain.enums import DeviceRole
from ..domain.errors import AlreadyDone, InvalidInput
from ..domain.leaving import letter_for
from ..domain.records import Actor, CrisisContact, HubInfo
from ..domain.text import clean_text
from ..domain.timeutil import local_date
from .accounts import require_lead
from .read_models import hub_info
from .unit_of_work import UnitOfWork

EDITABLE = ("name", "address", "phone", "web_address")


class HubService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def is_set_up(self) -> bool:
        with self._uow.read() as tx:
            return self._uow.hub_id(tx.session, required=False) is not None

    def current(self) -> HubInfo:
        with self._uow.read() as tx:
            return hub_info(tx.hub())

    def today(self) -> date:
        """The hub's local date now."""
        with self._uow.read() as tx:
            return local_date(tx.now, tx.hub().timezone)

    def set_up(self, name: str, address: str | None = None, phone: str | None = None,
               web_address: str | None = None, device_name: str = "Reception kiosk",
               device_role: DeviceRole = DeviceRole.TOUCHSCREEN,
               timezone: str = "Europe/London") -> HubInfo:
        """Create the hub and this device's identity; only once per database."""
        with self._uow.write() as tx:
            if tx.session.scalar(select(Hub.id).limit(1)) is not None:
                raise AlreadyDone("This kiosk already belongs to a hub.")
            hub = Hub(timezone=timezone, crisis_contacts=[])
            apply_hub_fields(hub, name=name, address=address, phone=phone, web_address=web_address)
            tx.add(hub)
            tx.session.flush()
            device = Device(hub_id=hub.id, name=device_name, role=DeviceRole(device_role).value,
                            letter=letter_for(0))  # a hub made here: its only device
            tx.add(device)
            tx.session.flush()
            hub.origin_device_id = device.origin_device_id = device.id
            tx.set_state("hub_id", str(hub.id))
            tx.set_state("device_id", str(device.id))
            self._uow.forget_identity()
            tx.record("hub.upsert", hub)
            tx.record("device.upsert", device)
            return hub_info(hub)

    def update(self, actor: Actor, crisis_contacts: list[CrisisContact] | None = None,
               **fields) -> HubInfo:
        require_lead(actor)
        with self._uow.write() as tx:
            hub = tx.hub()
            apply_hub_fields(hub, **fields)
            if crisis_contacts is not None:
                hub.crisis_contacts = clean_contacts(crisis_contacts)
            tx.touch(hub)
            tx.record("hub.upsert", hub)
            tx.audit(actor, "hub.update", "hub", hub.id,
                     fields=sorted(fields) + (["crisis_contacts"] if crisis_contacts is not None else []))
            return hub_info(hub)


def clean_contacts(contacts: list[CrisisContact]) -> list[dict]:
    """Crisis contacts as stored on the hub; an empty list means the UK national defaults."""
    return [{"name": clean_text(c.name, what="contact name", limit=80, required=True),
             "detail": clean_text(c.detail, what="contact details", limit=200, required=True)}
            for c in contacts]


def apply_hub_fields(hub: Hub, **fields) -> None:
    """Check and set the hub's name, address, phone and web address."""
    for key, value in fields.items():
        if key not in EDITABLE:
            raise InvalidInput(f"A hub has no setting called '{key}'.")
        value = clean_text(value, what=f"hub {key.replace('_', ' ')}", limit=400, required=key == "name")
        if key == "web_address" and value and not value.startswith(("https://", "http://")):
            raise InvalidInput("The web address must start with https://")
        setattr(hub, key, value)
