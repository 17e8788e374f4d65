"""What the desk must be told after the kiosk repaired itself: when the restored copy was made,
so a volunteer knows which check-ins, bookings or feedback may be missing."""

import json
from datetime import datetime

from ..domain.records import Actor
from .unit_of_work import UnitOfWork

NOTICE_KEY = "recovery_notice"


class MaintenanceService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def record_recovery(self, restored_from: datetime | None, damaged_copy: str | None) -> None:
        with self._uow.write() as tx:
            tx.set_state(NOTICE_KEY, json.dumps({
                "restored_from": restored_from.isoformat() if restored_from else None,
                "damaged_copy": damaged_copy, "repaired_at": tx.now.isoformat()}))

    def recovery_notice(self) -> str | None:
        """A plain sentence for the desk, or None when there is nothing to tell."""
        with self._uow.read() as tx:
            raw = tx.state(NOTICE_KEY)
        if not raw:
            return None
        notice = json.loads(raw)
        if notice["restored_from"] is None:
            return ("The kiosk's data was damaged and no backup could be restored, so it started "
                    "empty. The damaged file was kept for an expert to look at.")
        made = datetime.fromisoformat(notice["restored_from"])
        return (f"The kiosk's data was damaged and was restored from the backup made "
                f"{made:%d %B %Y at %H:%M} UTC. Check-ins, bookings and feedback saved after "
                "that may be missing. The damaged file was kept.")

    def dismiss_notice(self, actor: Actor) -> None:
        with self._uow.write() as tx:
            tx.set_state(NOTICE_KEY, "")
            tx.audit(actor, "maintenance.dismiss_notice", "sync_state", None)
