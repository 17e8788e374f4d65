"""Hub settings a hub lead changes at the desk: name, address, phone, web address, crisis
contacts, idle timeouts, how long names are kept, and this device's printer. One save is one
transaction and one audit entry."""

from ..db.models import Device
from ..domain.desk import DESK_LOCK_MINUTES, RETENTION_DAYS, VISITOR_IDLE_SECONDS, HubSettings, check_whole_number
from ..domain.errors import InvalidInput
from ..domain.languages import BY_CODE, DEFAULT_LANGUAGE
from ..domain.records import Actor, CrisisContact
from ..domain.text import clean_text
from .accounts import require_lead
from .hub import apply_hub_fields, clean_contacts
from .unit_of_work import Tx, UnitOfWork

UNSET = object()
NUMBERS = {
    "retention_days": (RETENTION_DAYS, "number of days names are kept"),
    "visitor_idle_seconds": (VISITOR_IDLE_SECONDS, "visitor screen's waiting time in seconds"),
    "desk_lock_minutes": (DESK_LOCK_MINUTES, "desk's lock time in minutes"),
}


class SettingsService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def get(self) -> HubSettings:
        with self._uow.read() as tx:
            return _settings(tx)

    def update(self, actor: Actor, *, crisis_contacts: list[CrisisContact] | None = None,
               printer=UNSET, **fields) -> HubSettings:
        """Save any of the hub's fields (name, address, phone, web_address), the crisis contacts,
        the three numbers in ``NUMBERS``, the visitors' ``default_language`` and ``languages_off``,
        and this device's printer (None: the system default)."""
        require_lead(actor)
        numbers = {key: check_whole_number(fields.pop(key), *NUMBERS[key]) for key in list(fields)
                   if key in NUMBERS}
        numbers.update(_languages(fields))
        with self._uow.write() as tx:
            hub = tx.hub()
            apply_hub_fields(hub, **fields)
            for key, value in numbers.items():
                setattr(hub, key, value)
            if hub.default_language in (hub.languages_off or ()):
                raise InvalidInput("The default language cannot be one that is switched off.")
            if crisis_contacts is not None:
                hub.crisis_contacts = clean_contacts(crisis_contacts)
            tx.touch(hub)
            tx.record("hub.upsert", hub)
            changed = sorted(fields) + sorted(numbers) + (["crisis_contacts"] if crisis_contacts is not None else [])
            if printer is not UNSET:
                _set_printer(tx, printer)
                changed.append("printer")
            tx.audit(actor, "settings.update", "hub", hub.id, fields=changed)
            return _settings(tx)


def _device(tx: Tx) -> Device | None:
    return tx.session.get(Device, tx.device_id) if tx.device_id else None


def _set_printer(tx: Tx, printer: str | None) -> None:
    device = _device(tx)
    if device is None:
        return
    device.printer = clean_text(printer, what="printer name", limit=200)
    tx.touch(device)
    tx.record("device.upsert", device)


def _languages(fields: dict) -> dict:
    """The language settings in ``fields`` (taken out of it), checked: known codes only, English
    never off, and the default never a language switched off."""
    checked = {}
    if "languages_off" in fields:
        off = set(fields.pop("languages_off") or ())
        if not off <= set(BY_CODE) - {DEFAULT_LANGUAGE}:
            raise InvalidInput("Only the visitor languages other than English can be switched off.")
        checked["languages_off"] = sorted(off)
    if "default_language" in fields:
        code = fields.pop("default_language")
        if code not in BY_CODE:
            raise InvalidInput("That is not one of the visitor languages.")
        checked["default_language"] = code
    return checked


def _settings(tx: Tx) -> HubSettings:
    hub = tx.hub()
    device = _device(tx)
    return HubSettings(retention_days=hub.retention_days, visitor_idle_seconds=hub.visitor_idle_seconds,
                       desk_lock_minutes=hub.desk_lock_minutes, printer=device.printer if device else None,
                       default_language=hub.default_language or DEFAULT_LANGUAGE,
                       languages_off=frozenset(hub.languages_off or ()))
