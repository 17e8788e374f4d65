"""Ways a volunteer uses the desk in the tests: by touch (the PIN pad, big buttons) or keyboard."""

from PySide6.QtWidgets import QApplication

from tests.ui.helpers import tap as _tap
from tests.ui.helpers import texts

__all__ = ["audit_ids", "new_audit", "shown", "sign_in", "staff_id", "tap", "texts"]


def tap(qtbot, widget) -> None:
    """Tap like a visitor would, then let Qt show what the tap rebuilt (as the screen would)."""
    _tap(qtbot, widget)
    QApplication.processEvents()


def staff_id(services, name: str):
    return next(s.id for s in services.accounts.staff(include_disabled=True) if s.name == name)


def sign_in(qtbot, area, name: str, pin: str) -> None:
    """Choose the name, tap the PIN on the pad, tap Sign in."""
    page = area.sign_in
    tap(qtbot, page.who.button(staff_id(area._services, name)))
    for digit in pin:
        tap(qtbot, page.pad.key(digit))
    tap(qtbot, page.sign_in)
    QApplication.processEvents()


def shown(widget) -> str:
    """All visible text under ``widget``, in one string."""
    return " ".join(texts(widget))


def audit_ids(services) -> set:
    """The ids of every audit entry so far (to find the new ones after a change)."""
    return {entry[0] for entry in _audit_rows(services)}


def new_audit(services, before: set) -> list[tuple[str, str]]:
    """(who, action) of each audit entry not in ``before``."""
    return [(who, action) for entry_id, who, action in _audit_rows(services) if entry_id not in before]


def _audit_rows(services) -> list:
    from sqlalchemy import select

    from kiosk.db.models import AuditEntry

    with services.uow.read() as tx:
        return list(tx.session.execute(select(AuditEntry.id, AuditEntry.actor_name, AuditEntry.action)))
