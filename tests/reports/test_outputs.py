"""What leaves the database: the suppressed tables, the CSV files, the quarterly pack (PDF) and the
``kiosk report`` commands. No count from 1 to 4, no worked-back cell, no comment and no name."""

import csv
import io
import re
from pathlib import Path

import pdfplumber
import pytest

from kiosk.__main__ import main
from kiosk.domain.reports import TOTAL
from kiosk.domain.suppression import FEWER, NOT_SHOWN, TOO_FEW
from kiosk.printing.report_pack import report_pack_pdf
from tests.conftest import ADMIN
from tests.printing.pdfread import page_texts

from .conftest import QUARTER, YEAR
from .data import BOOKING_NAME, COMMENT, VISITOR_NAME

HIDDEN = (FEWER, NOT_SHOWN)
SECRETS = (VISITOR_NAME, BOOKING_NAME, COMMENT, "Facilitator Fen", "Zebedee", "Ottoline", "remark")
PRIMARY = (0.043, 0.333, 0.388)  # the charts' colour, #0B5563


@pytest.fixture(scope="module", params=[QUARTER, YEAR], ids=["quarter", "year"])
def period(request):
    return request.param


@pytest.fixture(scope="module")
def tables(year, period):
    return year.services.reports.tables(ADMIN, *period)


def figures(table):
    for row in table.rows:
        yield from row[1:]


def assert_no_small_numbers(cells) -> None:
    small = [c for c in cells if re.fullmatch(r"[1-4]", c.strip())]
    assert not small, small


def test_no_table_shows_a_count_from_1_to_4_and_some_are_hidden(tables):
    for table in tables:
        assert_no_small_numbers(figures(table))
    assert any(FEWER in figures(t) for t in tables)


def hidden_share_is_safe(total: str, parts: list[str]) -> bool:
    """With the total shown, hidden parts are never alone and their sum never pins them down."""
    hidden = [p for p in parts if p in HIDDEN]
    if total in HIDDEN or not hidden:
        return True
    rest = int(total) - sum(int(p) for p in parts if p not in HIDDEN)
    all_small = all(p == FEWER for p in hidden)
    return len(hidden) > 1 and rest != len(hidden) and not (all_small and rest == 4 * len(hidden))


def test_the_complementary_cell_of_every_total_is_hidden_too(tables):
    for table in tables:
        if not table.rows or table.rows[-1][0] != TOTAL:
            continue
        body, total = table.rows[:-1], table.rows[-1]
        for column in range(1, len(table.columns)):
            if total[column] in (TOO_FEW,) or total[column].endswith("%") or "." in total[column]:
                continue  # averages and rates are not sums
            assert hidden_share_is_safe(total[column], [row[column] for row in body]), (table.key, column)
    weeks = next(t for t in tables if t.key == "visits_by_week")
    for row in weeks.rows:  # visits = first visits + returning, in every week
        assert hidden_share_is_safe(row[1], [row[2], row[3]]), row


def test_averages_of_fewer_than_5_ratings_are_not_shown(year, tables):
    report = year.services.reports.impact(ADMIN, *YEAR)
    small = [f for f in report.feedback if f.count < 5]
    assert small
    detail = {row[0]: row for row in next(t for t in tables if t.key == "feedback_by_activity").rows}
    for f in small:
        label = f"{f.activity}, {f.month:%b %Y}"
        if label in detail:
            assert detail[label][2] == TOO_FEW


def test_csv_files_hold_the_suppressed_tables_and_nothing_personal(year, period, tables, tmp_path):
    files = year.services.reports.export_csv(ADMIN, *period, tmp_path / "out")
    assert [f.name for f in files] == [f"{t.key}.csv" for t in tables]
    for table, path in zip(tables, files, strict=True):
        text = path.read_text(encoding="utf-8")
        assert not any(s.lower() in text.lower() for s in SECRETS)
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["section", *table.columns]
        assert [tuple(r[1:]) for r in rows[1:]] == list(table.rows)
        assert_no_small_numbers(cell for r in rows[1:] for cell in r[2:])


@pytest.fixture(scope="module")
def pack(year, period):
    return report_pack_pdf(year.services, ADMIN, *period)


def test_the_pack_prints_every_table_row_as_suppressed(pack, tables):
    lines = [line.strip() for text in page_texts(pack) for line in text.splitlines()]
    for table in tables:
        assert table.title in lines, table.title
        for row in table.rows:
            assert " ".join(row) in lines, (table.key, row)
    text = "\n".join(lines)
    assert not any(s.lower() in text.lower() for s in SECRETS)
    assert "fewer than 5" in text and "You said: Theme" in text


def test_the_pack_starts_with_a_one_page_summary_and_has_a_chart_per_section(pack, tables):
    with pdfplumber.open(io.BytesIO(pack)) as doc:
        first = doc.pages[0].extract_text()
        assert "Community Voice pack" in first and "At a glance" in first and "Visits" not in first.split(
            "At a glance")[0]
        sections_with_charts = set()
        for page in doc.pages:
            text = page.extract_text() or ""
            drawn = [o for o in page.rects + page.curves + page.lines
                     if _is_chart_colour(o.get("non_stroking_color")) or _is_chart_colour(o.get("stroking_color"))]
            for table in tables:
                if table.chart is not None and table.chart.title in text and table.rows:
                    assert drawn, (table.key, "chart drawn")
                    sections_with_charts.add(table.section)
    assert sections_with_charts >= {"Visits", "Reach", "Sessions", "Unmet demand", "Feedback", "Polls"}


def _is_chart_colour(colour) -> bool:
    return (isinstance(colour, (tuple, list)) and len(colour) == 3
            and all(abs(a - b) < 0.01 for a, b in zip(colour, PRIMARY, strict=True)))


def test_the_report_commands(year, period, tmp_path, capsys):
    first, last = (d.isoformat() for d in period)
    out = tmp_path / "csv"
    assert main(["--db", str(year.path), "report", "csv", "--from", first, "--to", last, "--out", str(out)]) == 0
    assert (out / "visits_by_week.csv").exists() and "Saved 11 CSV files" in capsys.readouterr().out
    pdf = tmp_path / "pack.pdf"
    assert main(["--db", str(year.path), "report", "pack", "--from", first, "--to", last,
                 "--hub", "riverside test hub", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and "Community Voice pack" in capsys.readouterr().out
    assert main(["--db", str(year.path), "report", "pack", "--from", first, "--to", last,
                 "--hub", "Nowhere", "--out", str(pdf)]) != 0
    assert "no hub called" in capsys.readouterr().err
    assert Path(pdf).exists()


def _read_folder(folder: Path) -> dict[str, list[list[str]]]:
    return {path.name: list(csv.reader(path.open(encoding="utf-8"))) for path in sorted(folder.glob("*.csv"))}


def test_reports_read_a_central_database_by_its_url(central, tmp_path, capsys):
    """``kiosk report --url`` reads PostgreSQL (the central database or a read-only replica of
    it): every hub unless one is named, the same tables the services give, nothing written."""
    hub, other = central
    url = hub.engine.url.render_as_string(hide_password=False)
    first, last = (d.isoformat() for d in QUARTER)
    kiosk_file = tmp_path / "untouched.sqlite"
    for name, hub_id in ((None, None), ("seaside test hub", other)):
        out = tmp_path / f"csv-{name or 'all'}"
        argv = ["--db", str(kiosk_file), "report", "csv", "--from", first, "--to", last, "--out", str(out),
                "--url", url, *(["--hub", name] if name else [])]
        assert main(argv) == 0, capsys.readouterr().err
        expected = tmp_path / f"expected-{name or 'all'}"
        hub.services.reports.export_csv(ADMIN, *QUARTER, expected, hub_id)
        assert _read_folder(out) == _read_folder(expected) and len(_read_folder(out)) == 11
    assert not kiosk_file.exists()  # the kiosk's own database was never opened
    pdf = tmp_path / "central.pdf"
    assert main(["--db", str(kiosk_file), "report", "pack", "--from", first, "--to", last, "--out", str(pdf),
                 "--url", url]) == 0
    assert "All hubs" in page_texts(pdf.read_bytes())[0]
    capsys.readouterr()
    bad = url.rsplit("/", 1)[0] + "/no_such_database"
    assert main(["--db", str(kiosk_file), "report", "csv", "--from", first, "--to", last, "--out",
                 str(tmp_path / "x"), "--url", bad]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no_such_database" not in err and "Traceback" not in err
