"""kiosk.printing stays a services-level package: Qt only in printer.py and never its widgets;
the document builders read no database; making a PDF does not load Qt at all."""

import subprocess
import sys

import pytest

from tests.test_layering import PACKAGE, ROOT, imported_modules, module_name, within

PRINTING = sorted((PACKAGE / "printing").glob("*.py"))
QT = ("PySide6", "shiboken6")
#: Modules that fetch from the services; every other one builds from records alone.
FETCHING = {"kiosk.printing", "kiosk.printing.documents"}


@pytest.mark.parametrize("path", PRINTING, ids=module_name)
def test_only_the_printer_module_uses_qt_and_never_widgets(path):
    names = [name for _, name in imported_modules(path)]
    qt = [n for n in names if any(within(n, q) for q in QT)]
    assert not [n for n in qt if "QtWidgets" in n or "QtPdfWidgets" in n]
    if path.name != "printer.py":
        assert not qt, f"{module_name(path)} imports Qt: {qt}"


@pytest.mark.parametrize("path", PRINTING, ids=module_name)
def test_builders_take_records_and_read_no_database(path):
    names = [name for _, name in imported_modules(path)]
    assert not [n for n in names if any(within(n, f"kiosk.{p}") for p in ("views", "app", "cli", "sync"))]
    assert not [n for n in names if within(n, "kiosk.db") or within(n, "sqlalchemy")]
    if module_name(path) not in FETCHING:
        assert not [n for n in names if within(n, "kiosk.services")], module_name(path)


def test_every_module_says_what_it_does_and_stays_small():
    for path in PRINTING:
        text = path.read_text(encoding="utf-8")
        assert text.startswith('"""'), path.name
        assert len(text.splitlines()) < 400, path.name


def test_making_a_pdf_loads_no_qt():
    code = ("import sys; from kiosk.printing import help_pdf; from kiosk.printing.slips import "
            "build_help_slip; print(sorted(m for m in sys.modules "
            "if m.startswith(('PySide6', 'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
