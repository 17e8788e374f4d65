"""Print the results as one aligned table, with the machine's versions above it."""

import os
import platform
import sqlite3
from importlib import metadata

from .registry import Measure, Row

HEADERS = ("benchmark", "kiosk", "baseline", "ratio", "target", "result")


def fmt_measure(measure: Measure | None) -> str:
    if measure is None:
        return "—"
    value, unit = measure.value, measure.unit
    if unit == "/s":
        return f"{value:,.0f} /s"
    digits = 1 if value >= 100 else 2 if value >= 10 else 3
    return f"{value:.{digits}f} {unit}"


def fmt_ratio(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def cells(row: Row) -> tuple[str, ...]:
    return (row.name, fmt_measure(row.kiosk), fmt_measure(row.baseline), fmt_ratio(row.ratio),
            row.target.text if row.target else "—", row.verdict)


def render(rows: list[Row]) -> str:
    """A Markdown-style table; each row's note (how it was measured, why it is missing) follows."""
    body = [cells(r) for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h)
              for i, h in enumerate(HEADERS)]
    right = {1, 2, 3}

    def line(values) -> str:
        pairs = enumerate(zip(values, widths, strict=True))
        parts = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in pairs]
        return "| " + " | ".join(parts) + " |"

    out = [line(HEADERS), "|" + "|".join(("-" * (w + 1) + ":" if i in right else "-" * (w + 2))
                                         for i, w in enumerate(widths)) + "|"]
    out += [line(b) for b in body]
    notes = [f"  [{r.name}] {r.note}" for r in rows if r.note]
    return "\n".join(out + ([""] + notes if notes else []))


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_lines(load_at_start: float | None = None) -> list[str]:
    return [
        f"Python {platform.python_version()} ({platform.python_implementation()}) · "
        f"SQLite {sqlite3.sqlite_version} · SQLAlchemy {_version('sqlalchemy')} · "
        f"PySide6 {_version('pyside6-essentials')}",
        f"{platform.system()} {platform.release()} {platform.machine()} · {_cpus()} CPUs"
        + (f" · 1-minute load average {load_at_start:.2f} at the start, "
           f"{os.getloadavg()[0]:.2f} at the end" if load_at_start is not None else ""),
    ]


def _cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 0


def load_average() -> float | None:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None
