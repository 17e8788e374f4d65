"""Writing whole rows to the central database in bulk: one multi-row statement per table and
group (the rows as one JSON array that the server turns into records itself), so a batch of
hundreds of rows costs one round trip and one plan. Upserts, inserts that tell which rows went in, and "touches" that give
unchanged rows a new change-feed position."""

import json
import uuid
from collections.abc import Iterable
from datetime import date, datetime, time

from psycopg import sql
from sqlalchemy import Table
from sqlalchemy.dialects import postgresql

from .. import tables

#: Rows per statement: bounds the size of one message to the server.
ROWS_PER_STATEMENT = 1000
_DIALECT = postgresql.dialect()


def row_from_payload(table: Table, payload: dict) -> dict:
    """The payload's values for ``table``'s columns (unknown keys and the feed position dropped;
    references to kiosk-only rows emptied)."""
    row = {c: payload[c] for c in tables.columns(table) if c in payload and c != tables.FEED_COLUMN}
    for column in tables.LOCAL_REFERENCES.get(table.name, ()):
        if column in row:
            row[column] = None
    return row


def _text(value, as_json: bool) -> str | None:
    """A value as PostgreSQL's text input for its column type."""
    if value is None:
        return None
    if as_json:
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


def _plain(value):
    """JSON for what json.dumps cannot write itself: ids, instants, days, times, decimals."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


def _update(names: list[str], only: tuple[str, ...] | None) -> str:
    sets = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in names
                     if n != "id" and (only is None or n in only))
    return f"ON CONFLICT (id) DO UPDATE SET {sets}" if sets else "ON CONFLICT (id) DO NOTHING"


def _statement(table: Table, names: list[str], tail: str) -> sql.Composed:
    """INSERT … SELECT the named columns FROM jsonb_populate_recordset(%s): the server reads the
    rows from one JSON array (columns not named keep their defaults)."""
    columns = sql.SQL(", ").join(map(sql.Identifier, names))
    return sql.SQL("INSERT INTO {t} ({c}) SELECT {c} FROM jsonb_populate_recordset(NULL::{t}, %s::jsonb) {tail}").format(
        t=sql.Identifier(table.name), c=columns, tail=sql.SQL(tail))


def _chunks(table: Table, rows: Iterable[dict]):
    """(column names, the rows as one JSON array) for groups of rows carrying the same columns
    (kiosks of different versions may send different ones), at most ROWS_PER_STATEMENT each."""
    order = [c for c in tables.columns(table) if c != tables.FEED_COLUMN]
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(c for c in order if c in row), []).append(row)
    for names, group in groups.items():
        for start in range(0, len(group), ROWS_PER_STATEMENT):
            part = group[start:start + ROWS_PER_STATEMENT]
            yield list(names), json.dumps([{n: row[n] for n in names} for row in part], default=_plain)


def upsert(cur, table: Table, rows: list[dict], only: tuple[str, ...] | None = None) -> None:
    """Insert rows by id; a row already there gets the ``only`` columns (default: all)."""
    for names, array in _chunks(table, rows):
        cur.execute(_statement(table, names, _update(names, only)), [array])


def insert_new(cur, table: Table, rows: list[dict]) -> set[uuid.UUID]:
    """Insert rows, skipping any that clash with a row already there; returns the ids stored."""
    stored: set[uuid.UUID] = set()
    for names, array in _chunks(table, rows):
        cur.execute(_statement(table, names, "ON CONFLICT DO NOTHING RETURNING id"), [array])
        stored.update(row[0] if isinstance(row, tuple) else row["id"] for row in cur.fetchall())
    return stored


def upsert_json(cur, table: Table, texts: list[str], only: tuple[str, ...] | None = None,
                new: bool = False) -> None:
    """Like ``upsert``, for rows given as JSON texts (outbox payloads), which PostgreSQL reads
    itself: a key a payload lacks keeps the stored value (or is empty in a new row); unknown keys
    are ignored; references to kiosk-only rows are emptied. ``new``: rows made by this batch's
    changes, so there is no stored row to start from."""
    names = [c for c in tables.columns(table) if c != tables.FEED_COLUMN]
    local = tables.LOCAL_REFERENCES.get(table.name, ())
    values = sql.SQL(", ").join(
        sql.SQL("NULL::{}").format(sql.SQL(table.c[n].type.compile(dialect=_DIALECT))) if n in local
        else sql.SQL("r.{}").format(sql.Identifier(n)) for n in names)
    # new rows: one set-returning call reads the whole array (several times cheaper per row than
    # a record per element); rows that may exist start from the stored row
    source = (sql.SQL("jsonb_populate_recordset(NULL::{t}, %s::jsonb) AS r") if new else sql.SQL(
        "jsonb_array_elements(%s::jsonb) AS d(p) LEFT JOIN {t} AS old ON old.id = (d.p->>'id')::uuid "
        "CROSS JOIN LATERAL jsonb_populate_record(old, d.p) AS r")).format(t=sql.Identifier(table.name))
    statement = sql.SQL(
        "INSERT INTO {t} ({names}) SELECT {values} FROM {source} {tail}"
    ).format(t=sql.Identifier(table.name), names=sql.SQL(", ").join(map(sql.Identifier, names)),
             values=values, source=source, tail=sql.SQL(
                 # markers are insert-only (devices have no right to update them)
                 "ON CONFLICT (id) DO NOTHING" if table.name in tables.PUSHED_ONLY else _update(names, only)))
    for start in range(0, len(texts), ROWS_PER_STATEMENT):
        cur.execute(statement, ["[" + ",".join(texts[start:start + ROWS_PER_STATEMENT]) + "]"])


def update(cur, table: Table, changes: dict[uuid.UUID, dict]) -> None:
    """Set some columns of stored rows: ``changes`` maps an id to {column: new value}."""
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for row_id, values in changes.items():
        names = tuple(sorted(values))
        groups.setdefault(names, []).append((row_id, *(values[n] for n in names)))
    json_names = tables.json_columns(table)
    for names, group in groups.items():
        sets = sql.SQL(", ").join(sql.SQL("{} = u.{}::{}").format(
            sql.Identifier(n), sql.Identifier(n), sql.SQL(table.c[n].type.compile(dialect=_DIALECT)))
            for n in names)
        arrays = sql.SQL(", ").join(sql.SQL("%s::text[]") for _ in range(len(names) + 1))
        aliases = sql.SQL(", ").join(map(sql.Identifier, ("id", *names)))
        columns = list(zip(*group, strict=True))
        cur.execute(sql.SQL("UPDATE {} AS t SET {} FROM unnest({}) AS u({}) WHERE t.id = u.id::uuid").format(
            sql.Identifier(table.name), sets, arrays, aliases),
            [[str(v) for v in columns[0]],
             *([_text(v, n in json_names) for v in values] for n, values in zip(names, columns[1:], strict=True))])


def touch(cur, table: Table, ids: Iterable[uuid.UUID]) -> None:
    """Give rows a new change-feed position without changing them (the trigger does it), so
    kiosks pull them again."""
    ids = sorted(set(ids))
    if ids:
        cur.execute(sql.SQL("UPDATE {} SET id = id WHERE id = ANY(%s)").format(
            sql.Identifier(table.name)), [ids])
