"""Capture the SQL a service call runs and show SQLite's query plan for each statement."""

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event


def capture_sql(engine: Engine, call: Callable[[], object]) -> list[tuple[str, tuple]]:
    """The statements (with their parameters) that ``call`` sends to the database."""
    seen: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, tuple(parameters or ())))

    event.listen(engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def query_plans(path: Path, statements: list[tuple[str, tuple]]) -> list[str]:
    """``EXPLAIN QUERY PLAN`` of each SELECT, one indented block per statement."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    lines = []
    try:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            lines.append("    " + shorten(sql))
            for _id, _parent, _unused, detail in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params):
                lines.append(f"      → {detail}")
    finally:
        conn.close()
    return lines


def shorten(sql: str) -> str:
    """One line, with a long column list and a long ``IN (?, ?, …)`` list abbreviated."""
    text = " ".join(sql.split())
    text = re.sub(r"^SELECT (.{60,}?) FROM ", "SELECT … FROM ", text)
    return re.sub(r"\((\?(?:, \?){5,})\)", lambda m: f"({m[1].count('?')} × ?)", text)
