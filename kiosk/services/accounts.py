"""Staff accounts: argon2id PINs, a growing delay and a lock after wrong PINs that lives in the
database (so it survives a restart), roles, and the audit trail of every account change."""

import math
import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..db.models import StaffAccount
from ..domain.enums import StaffRole
from ..domain.errors import AccountLocked, InvalidInput, NotAllowed, NotFound, TooSoon, WrongPin
from ..domain.limits import PIN_MAX, PIN_MIN
from ..domain.records import Actor, StaffInfo
from ..domain.text import clean_name
from .unit_of_work import Tx, UnitOfWork

LOCK_AFTER = 5
LOCK_FOR = timedelta(minutes=15)
#: wait after the n-th wrong PIN in a row (before the lock)
DELAYS = {3: timedelta(seconds=5), 4: timedelta(seconds=30)}

#: argon2id costs, fixed here rather than left to the library's defaults: about 0.2 s a guess on
#: the kiosk's kind of PC (docs/security.md sizes the PIN rules and these costs together)
ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_LANES = 3, 64 * 1024, 4
_hasher = PasswordHasher(time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB,
                         parallelism=ARGON2_LANES)


def check_pin(pin: str) -> str:
    plain_digits = isinstance(pin, str) and pin.isascii() and pin.isdigit()  # not "²" or "１"
    if not plain_digits or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise InvalidInput(f"A PIN is {PIN_MIN} to {PIN_MAX} digits.")
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    if len(set(pin)) == 1 or steps in ({1}, {-1}):
        raise InvalidInput("That PIN is too easy to guess (like 111111 or 123456). Please choose another.")
    return pin


def require_lead(actor: Actor) -> None:
    if not actor.is_lead:
        raise NotAllowed("Only a hub lead can do this.")


def staff_info(row: StaffAccount, now: datetime) -> StaffInfo:
    return StaffInfo(id=row.id, name=row.name, role=StaffRole(row.role), active=row.active,
                     locked_until=row.locked_until,
                     locked=row.locked_until is not None and row.locked_until > now)


class AccountService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def has_staff(self) -> bool:
        with self._uow.read() as tx:
            return bool(tx.session.scalar(select(func.count()).select_from(StaffAccount)))

    def staff(self, include_disabled: bool = False) -> list[StaffInfo]:
        with self._uow.read() as tx:
            stmt = select(StaffAccount).where(StaffAccount.hub_id == tx.hub_id,
                                              StaffAccount.deleted_at.is_(None))
            if not include_disabled:
                stmt = stmt.where(StaffAccount.active.is_(True))
            return [staff_info(r, tx.now) for r in tx.session.scalars(stmt.order_by(StaffAccount.name))]

    def add_first_lead(self, name: str, pin: str) -> StaffInfo:
        """First run only: the first lead of a hub this device has just made, while there is no
        staff at all. A hub that came from the central database gets its staff from there (or
        from ``kiosk staff add``), never from whoever reaches the screen first."""
        with self._uow.write() as tx:
            if tx.session.scalar(select(func.count()).select_from(StaffAccount)):
                raise NotAllowed("This hub already has staff; a hub lead must add new accounts.")
            if tx.hub().origin_device_id != tx.device_id:
                raise NotAllowed("This hub was not set up on this computer: a hub lead must add staff "
                                 "with 'kiosk staff add', or they arrive from the hub at the next sync.")
            row = self._new(tx, name, StaffRole.LEAD, pin)
            tx.record("staff_account.create", row)
            tx.audit(Actor(row.name, StaffRole.LEAD, row.id), "staff.first_lead", "staff_account", row.id)
            return staff_info(row, tx.now)

    def add(self, actor: Actor, name: str, role: StaffRole | str, pin: str) -> StaffInfo:
        require_lead(actor)
        try:
            role = StaffRole(role)
        except ValueError:
            raise InvalidInput("A role is 'volunteer' or 'lead'.") from None
        with self._uow.write() as tx:
            row = self._new(tx, name, role, pin)
            tx.record("staff_account.create", row)
            tx.audit(actor, "staff.add", "staff_account", row.id, role=role.value)
            return staff_info(row, tx.now)

    def set_active(self, actor: Actor, staff_id: uuid.UUID, active: bool) -> StaffInfo:
        require_lead(actor)
        with self._uow.write() as tx:
            row = self._get(tx, staff_id)
            if not active and row.id == actor.staff_id:
                raise NotAllowed("You cannot disable your own account.")
            if not active and row.role == StaffRole.LEAD.value and self._active_leads(tx) <= 1:
                raise NotAllowed("This is the last active hub lead, so it cannot be disabled.")
            row.active = active
            tx.touch(row)
            tx.record("staff_account.upsert", row)
            tx.audit(actor, "staff.enable" if active else "staff.disable", "staff_account", row.id)
            return staff_info(row, tx.now)

    def reset_pin(self, actor: Actor, staff_id: uuid.UUID, new_pin: str) -> StaffInfo:
        require_lead(actor)
        with self._uow.write() as tx:
            row = self._get(tx, staff_id)
            row.pin_hash = _hasher.hash(check_pin(new_pin))
            row.failed_attempts, row.locked_until, row.last_failed_at = 0, None, None
            tx.touch(row)
            tx.record("staff_account.upsert", row)
            tx.audit(actor, "staff.reset_pin", "staff_account", row.id)
            return staff_info(row, tx.now)

    def sign_in(self, staff_id: uuid.UUID, pin: str) -> Actor:
        """Check a PIN. Wrong PINs are counted in the database before the error is raised."""
        with self._uow.write() as tx:
            row = self._get(tx, staff_id)
            if not row.active:
                raise NotAllowed("This account is disabled. Please ask a hub lead.")
            _refuse_if_waiting(row, tx.now)
            if _matches(row.pin_hash, pin):
                row.failed_attempts, row.locked_until, row.last_failed_at = 0, None, None
                tx.audit(_actor(row), "staff.sign_in", "staff_account", row.id)
                return _actor(row)
            row.failed_attempts += 1
            row.last_failed_at = tx.now
            if row.failed_attempts >= LOCK_AFTER:
                row.locked_until = tx.now + LOCK_FOR
            tx.audit(_actor(row), "staff.sign_in_failed", "staff_account", row.id,
                     attempts=row.failed_attempts)
            failure = _failure(row)
        raise failure

    def _new(self, tx: Tx, name: str, role: StaffRole, pin: str) -> StaffAccount:
        row = StaffAccount(hub_id=tx.hub_id, name=clean_name(name, required=True), role=role.value,
                           pin_hash=_hasher.hash(check_pin(pin)), active=True, failed_attempts=0)
        tx.add(row)
        tx.session.flush()  # assigns the id, which the audit entry and the returned record need
        return row

    def _get(self, tx: Tx, staff_id: uuid.UUID) -> StaffAccount:
        row = tx.session.get(StaffAccount, staff_id)
        if row is None or row.hub_id != tx.hub_id or row.deleted_at is not None:
            raise NotFound("That staff account does not exist.")
        return row

    def _active_leads(self, tx: Tx) -> int:
        return int(tx.session.scalar(select(func.count()).where(
            StaffAccount.hub_id == tx.hub_id, StaffAccount.role == StaffRole.LEAD.value,
            StaffAccount.active.is_(True))))


def _actor(row: StaffAccount) -> Actor:
    return Actor(name=row.name, role=StaffRole(row.role), staff_id=row.id)


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin if isinstance(pin, str) else "")
    except (VerificationError, InvalidHashError):
        return False


def _refuse_if_waiting(row: StaffAccount, now: datetime) -> None:
    if row.locked_until and now < row.locked_until:
        minutes = max(1, round((row.locked_until - now).total_seconds() / 60))
        raise AccountLocked(
            f"Too many wrong PINs: this account is locked for {minutes} more minute"
            f"{'s' if minutes != 1 else ''}. A hub lead can reset the PIN."
        )
    delay = DELAYS.get(row.failed_attempts)
    if delay and row.last_failed_at and now < row.last_failed_at + delay:
        wait = math.ceil((row.last_failed_at + delay - now).total_seconds())
        raise TooSoon(f"Please wait {wait} seconds before trying again.", wait)


def _failure(row: StaffAccount) -> Exception:
    if row.locked_until:
        return AccountLocked("Too many wrong PINs: this account is locked for 15 minutes. "
                             "A hub lead can reset the PIN.")
    left = LOCK_AFTER - row.failed_attempts
    return WrongPin(f"That PIN is not right. {left} more tr{'ies' if left != 1 else 'y'} "
                    "before the account is locked for a while.")
