"""The one way the kiosk writes CSV files: a text cell a spreadsheet would run as a formula
(starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so it shows as
the text it is. Numbers stay numbers."""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

#: a spreadsheet treats a cell starting with one of these as a formula (or a DDE command)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as written to a CSV cell: None as empty, formula-like text neutralised."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(path: Path, header: Sequence, rows: Iterable[Sequence], encoding: str = "utf-8") -> int:
    """Write ``header`` and ``rows`` to ``path``, every cell through ``safe_cell``; returns the
    number of rows written (the header not counted). OSError is left to the caller."""
    count = 0
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow([safe_cell(v) for v in header])
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count
