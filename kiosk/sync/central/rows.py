"""Writing whole rows to the central database in bulk: upserts, inserts that tell which rows
went in, and "touches" that give unchanged rows a new change-feed position."""

import uuid
from collections.abc import Iterable

from psycopg import sql
from psycopg.types.json import Json
from sqlalchemy import Table

from .. import tables


def row_from_payload(table: Table, payload: dict) -> dict:
    """The payload's values for ``table``'s columns (unknown keys and the feed position dropped;
    references to kiosk-only rows emptied)."""
    row = {c: payload[c] for c in tables.columns(table) if c in payload and c != tables.FEED_COLUMN}
    for column in tables.LOCAL_REFERENCES.get(table.name, ()):
        if column in row:
            row[column] = None
    return row


def _statement(table: Table, names: list[str], on_conflict: str) -> sql.Composed:
    return sql.SQL("INSERT INTO {} ({}) VALUES ({}) {}").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names)),
        sql.SQL(", ").join(sql.Placeholder() * len(names)), sql.SQL(on_conflict))


def _update(names: list[str], only: tuple[str, ...] | None) -> str:
    sets = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in names
                     if n != "id" and (only is None or n in only))
    return f"ON CONFLICT (id) DO UPDATE SET {sets}" if sets else "ON CONFLICT (id) DO NOTHING"


def _grouped(table: Table, rows: Iterable[dict]) -> dict[tuple[str, ...], list[dict]]:
    """Rows grouped by the columns they carry (kiosks of different versions may differ)."""
    order = [c for c in tables.columns(table) if c != tables.FEED_COLUMN]
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(c for c in order if c in row), []).append(row)
    return groups


def _params(table: Table, names: tuple[str, ...], rows: list[dict]) -> list[tuple]:
    json = tables.json_columns(table)
    if not json.intersection(names):
        return [tuple(row[n] for n in names) for row in rows]
    return [tuple(Json(row[n]) if n in json and row[n] is not None else row[n] for n in names)
            for row in rows]


def upsert(cur, table: Table, rows: list[dict], only: tuple[str, ...] | None = None) -> None:
    """Insert rows by id; a row already there gets the ``only`` columns (default: all)."""
    for names, group in _grouped(table, rows).items():
        cur.executemany(_statement(table, list(names), _update(list(names), only)),
                        _params(table, names, group))


def insert_new(cur, table: Table, rows: list[dict]) -> set[uuid.UUID]:
    """Insert rows, skipping any that clash with a row already there; returns the ids stored."""
    stored: set[uuid.UUID] = set()
    for names, group in _grouped(table, rows).items():
        statement = _statement(table, list(names), "ON CONFLICT DO NOTHING RETURNING id")
        cur.executemany(statement, _params(table, names, group), returning=True)
        while True:
            stored.update(row[0] if isinstance(row, tuple) else row["id"] for row in cur.fetchall())
            if not cur.nextset():
                break
    return stored


def touch(cur, table: Table, ids: Iterable[uuid.UUID]) -> None:
    """Give rows a new change-feed position without changing them (the trigger does it), so
    kiosks pull them again."""
    ids = sorted(set(ids))
    if ids:
        cur.execute(sql.SQL("UPDATE {} SET id = id WHERE id = ANY(%s)").format(
            sql.Identifier(table.name)), [ids])
