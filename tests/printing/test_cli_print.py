"""``kiosk print …`` from the command line: PDFs saved, printed through CUPS, clear failures."""

import subprocess
import sys

from tests.printing import cups
from tests.printing.pdfread import page_texts


def kiosk(db, *args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=timeout)


def test_each_document_saves_as_a_pdf(demo_db, tmp_path):
    listed = kiosk(demo_db, "--json", "sessions")
    session_id = __import__("json").loads(listed.stdout)[0]["id"]
    documents = {
        "timetable": ["timetable"], "large": ["timetable", "--layout", "large-print"],
        "a3": ["timetable", "--paper", "A3", "--week", "2026-W49"],
        "register": ["register", session_id], "fire": ["fire-register"], "help": ["help"],
    }
    for name, args in documents.items():
        out = tmp_path / f"{name}.pdf"
        done = kiosk(demo_db, "print", *args, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(b"%PDF")
    assert "Samaritans" in " ".join(page_texts((tmp_path / "help.pdf").read_bytes()))


def test_bad_input_and_a_missing_printer_fail_in_one_line(demo_db, tmp_path):
    for args, code, words in [
        (["slip", "ZZZZZZ", "--out", str(tmp_path / "s.pdf")], 2, "could not find a booking"),
        (["timetable", "--week", "2026-W99", "--out", str(tmp_path / "t.pdf")], 2, "not a week that exists"),
        (["timetable", "--out", str(tmp_path / "t.txt")], 2, "must end in .pdf"),
        (["fire-register", "--printer", "NoSuchPrinter"], 1, "no printer called 'NoSuchPrinter'"),
    ]:
        done = kiosk(demo_db, "print", *args)
        assert done.returncode == code, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and words in done.stderr and "Traceback" not in done.stderr


def test_the_timetable_prints_through_cups(demo_db, cups_queue):
    before = cups_queue.pdfs()
    done = kiosk(demo_db, "print", "timetable", "--printer", cups_queue.name)
    assert done.returncode == 0, done.stderr
    printed = cups.wait_for_new_pdf(cups_queue, before)
    assert printed is not None, "the printed PDF never arrived"
    cups_queue.printed.append(printed)
    assert cups.page_count(printed) >= 1
