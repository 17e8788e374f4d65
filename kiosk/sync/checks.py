"""Checks on what a kiosk pulls: a hub setting outside the limits a hub lead can set (a retention
of 100,000 days, a visitor idle time of a day) is not taken; the kiosk keeps the value it had, or
the default."""

import logging

from sqlalchemy import Connection, select

from ..domain.desk import DESK_LOCK_MINUTES, RETENTION_DAYS, VISITOR_IDLE_SECONDS
from . import tables

log = logging.getLogger(__name__)

HUB_RANGES = {"retention_days": RETENTION_DAYS, "visitor_idle_seconds": VISITOR_IDLE_SECONDS,
              "desk_lock_minutes": DESK_LOCK_MINUTES}


def _in_range(value, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def checked_hub_rows(conn: Connection, rows: list[dict]) -> list[dict]:
    """Pulled hub rows with every out-of-range setting replaced by this kiosk's own value."""
    hub = tables.BY_NAME["hub"]
    checked = []
    for row in rows:
        bad = [name for name, (low, high, _) in HUB_RANGES.items()
               if name in row and not _in_range(row[name], low, high)]
        if bad:
            log.warning("a pulled hub setting was out of range and not taken: %s", ", ".join(bad))
            mine = conn.execute(select(*(hub.c[n] for n in bad)).where(hub.c.id == row["id"])).first()
            row = dict(row)
            for index, name in enumerate(bad):
                own = mine[index] if mine is not None else None
                low, high, default = HUB_RANGES[name]
                row[name] = own if _in_range(own, low, high) else default
        checked.append(row)
    return checked
