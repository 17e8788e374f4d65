"""Walk the visitor screens in each shipped language and look for English left behind: no text
shown and no accessible name may be an English string that the catalogue translates."""

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.domain.languages import LANGUAGES
from kiosk.paths import assets_dir
from tests.i18n.test_catalogues import translations
from tests.ui.helpers import page, texts

CODES = [lang.code for lang in LANGUAGES if lang.code != "en"]


def english_left(window, translated: dict[str, str]) -> list[str]:
    shown = texts(window)
    shown += [w.accessibleName() for w in window.findChildren(QWidget)
              if w.isVisibleTo(window) and w.accessibleName()]
    return sorted({t for t in shown if t in translated or t.replace(" ", "\n", 1) in translated})


def visits(window):
    """Every visitor page, and the states that show more words, one after another."""
    services = window.services
    session = next(s for s in services.schedule.days(services.uow.clock().date(), 14)
                   if not s.is_cancelled and s.starts_at > services.uow.clock())
    for name in ("welcome", "check_in", "whats_on", "my_booking", "feedback", "thanks", "polls", "check_out", "help"):
        window.go(name)
        yield name
    window.go("session", session.id)
    yield "session"
    window.go("book", session.id)
    yield "book"
    booking = services.booking.book(session.id, "Sam", 2)
    window.go("booked", booking)
    yield "booked"
    window.go("my_booking")
    my_booking = page(window, "my_booking")
    my_booking.code.setText(booking.reference)
    my_booking._on_find_clicked()
    yield "my_booking (found)"
    window.still_there.open()
    yield "still there?"
    window.still_there.close_prompt()


@pytest.mark.parametrize("code", CODES)
def test_no_english_is_left_on_the_visitor_screens_in(qtbot, catalogues, make_window, code):
    messages = translations.read_catalogue(assets_dir() / "translations" / f"kiosk_{code}.ts")
    translated = {source: words for source, (words, kind) in messages.items()
                  if words and words != source and kind != "vanished"}
    window = make_window()
    window.set_language(code)
    found = {}
    for where in visits(window):
        left = english_left(window, translated)
        if left:
            found[where] = left
    assert found == {}
