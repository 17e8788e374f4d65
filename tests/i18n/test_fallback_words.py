"""The words a page sets after it is built go through the translator too: the Book buttons, full
session or not, and the retention promise with the hub's own number of days."""

from kiosk.views import i18n
from tests.ui.helpers import page
from tests.ui.test_views_without_rules import open_book_page


def test_the_book_buttons_and_the_promise_are_translated(qtbot, catalogues, make_window):
    window = make_window()
    i18n.use_language("pl")
    book, detail, session = open_book_page(qtbot, window)
    assert book.confirm.text() == "Rezerwuję miejsce"
    assert book.promise.text().startswith("Twoje imię przechowujemy 30 dni")
    window.go("session", session.id)
    assert page(window, "session").book.text() == detail.book.text() == "Zarezerwuj miejsce"
