"""Keeping the order anonymous rows were given in off the disk (SQLite): after each new feedback
or vote, that day's anonymous rows (and their queued copies) are written again in random order
under random rowids, so neither the rowids nor where the rows sit in the file say which came
first; the caller then empties the write-ahead log, whose frames would keep the order."""

import random
from datetime import date

from sqlalchemy import Connection, Table, bindparam, delete, select, text

from .models import AnonymousOutboxEntry

_random = random.SystemRandom()
#: rowids are drawn from the whole positive 63-bit range: a clash is practically impossible
_ROWIDS = 2**63 - 1
_DAY_FIELDS = ("given_on", "voted_on")


def reshuffle_day(conn: Connection, table: Table, day_column: str, hub_id, day: date) -> None:
    """Write ``table``'s rows of ``hub_id`` and ``day`` again in random order, random rowids."""
    if conn.dialect.name != "sqlite":
        return
    where = (table.c.hub_id == hub_id, table.c[day_column] == day)
    rows = [dict(r) for r in conn.execute(select(table).where(*where)).mappings()]
    conn.execute(delete(table).where(*where))
    _write_shuffled(conn, table, rows)


def reshuffle_queue(conn: Connection, day: date) -> None:
    """The same for the anonymous rows of ``day`` still waiting to be sent."""
    if conn.dialect.name != "sqlite":
        return
    table = AnonymousOutboxEntry.__table__
    rows = [dict(r) for r in conn.execute(select(table)).mappings()
            if _day(r["payload"]) == day.isoformat()]
    if rows:
        conn.execute(delete(table).where(table.c.id.in_([r["id"] for r in rows])))
        _write_shuffled(conn, table, rows)


def _write_shuffled(conn: Connection, table: Table, rows: list[dict]) -> None:
    if not rows:
        return
    _random.shuffle(rows)
    names = [c.name for c in table.columns]
    stmt = text(f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
                f"VALUES (:rowid_, {', '.join(':' + n for n in names)})").bindparams(
        *[bindparam(c.name, type_=c.type) for c in table.columns])
    for row in rows:
        conn.execute(stmt, {**row, "rowid_": _random.randrange(1, _ROWIDS)})


def _day(payload) -> str | None:
    if isinstance(payload, dict):
        return next((payload[f] for f in _DAY_FIELDS if payload.get(f)), None)
    return None
