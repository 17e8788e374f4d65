"""The visitor chooses a language from the header: every page changes at once, Urdu mirrors the
layout, dates follow the language, and the idle reset goes back to the hub's default."""

from PySide6.QtCore import QDate, QLocale, Qt

from kiosk.domain.languages import LANGUAGES
from tests.ui.helpers import page, tap, texts


def choose(qtbot, window, own_name: str) -> None:
    tap(qtbot, window.header.language)
    assert window.chooser.isVisible()
    tap(qtbot, window.chooser.buttons[next(lang.code for lang in LANGUAGES if lang.own_name == own_name)])
    assert not window.chooser.isVisible()


def test_the_language_button_lists_every_language_in_its_own_name(qtbot, catalogues, make_window):
    window = make_window()
    assert window.header.language.text() == "English"
    tap(qtbot, window.header.language)
    names = [button.text() for button in window.chooser.buttons.values()]
    assert names == ["English", "Polski", "Română", "Lietuvių", "Português", "Türkçe", "اردو"]
    assert window.chooser.buttons["ur"].layoutDirection() == Qt.RightToLeft


def test_a_choice_applies_at_once_on_the_page_showing(qtbot, catalogues, make_window):
    window = make_window()
    tap(qtbot, page(window, "welcome").tiles["check_in"])
    choose(qtbot, window, "Polski")
    assert window.current_name == "check_in"
    check_in = page(window, "check_in")
    assert check_in.title.text() == "Zamelduj się"
    assert window.footer.help.text() == "Pomoc teraz"
    assert window.header.language.text() == "Polski"
    assert check_in.confirm.accessibleName() == check_in.confirm.text() != "Check me in"
    assert "Check in" not in texts(window)


def test_urdu_mirrors_the_layout_and_names_the_day_in_urdu(qtbot, catalogues, make_window):
    window = make_window()
    choose(qtbot, window, "اردو")
    welcome = page(window, "welcome")
    assert welcome.layoutDirection() == Qt.RightToLeft
    assert window.header.layoutDirection() == Qt.RightToLeft
    today = window.services.uow.clock().date()
    month = QLocale("ur_PK").monthName(today.month)
    assert month in window.header.date_label.text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in welcome.title.text())
    # the desk stays in English and left to right, whatever the visitor chose
    assert window.layoutDirection() == Qt.LeftToRight


def test_dates_follow_the_language(qtbot, catalogues, make_window):
    window = make_window()
    choose(qtbot, window, "Polski")
    day = window.services.uow.clock().date()
    polish_day = QLocale("pl_PL").toString(QDate(day.year, day.month, day.day), "dddd")
    assert polish_day in window.header.date_label.text()


def test_the_idle_reset_returns_to_the_hubs_language(qtbot, catalogues, make_window):
    window = make_window()
    choose(qtbot, window, "Türkçe")
    assert window.language == "tr"
    assert window.idle._timer.isActive(), "a Welcome screen in another language must still reset"
    window.still_there.timed_out.emit()
    assert window.language == "en"
    assert page(window, "welcome").title.text() == "Welcome. What would you like to do?"
    assert window.header.language.text() == "English"


def test_start_again_keeps_the_visitors_language(qtbot, catalogues, make_window):
    window = make_window()
    choose(qtbot, window, "Română")
    tap(qtbot, page(window, "welcome").tiles["my_booking"])
    tap(qtbot, window.footer.home)
    assert window.language == "ro"


def test_a_problem_is_told_in_the_visitors_language_with_its_number(qtbot, catalogues, make_window):
    window = make_window()
    choose(qtbot, window, "Polski")
    tap(qtbot, page(window, "welcome").tiles["check_out"])
    leave = page(window, "check_out")
    leave.code.setText("ZZZZ")
    tap(qtbot, leave.leave)
    assert leave.message.text() == ("⚠  Ten kod jest nieprawidłowy albo już się wymeldowałeś/aś. "
                                    "Sprawdź kod albo poproś wolontariusza.")
    window.go("book", "not-a-session")
    assert page(window, "book").message.text().startswith("⚠  Takie zajęcia nie istnieją") or \
        page(window, "book").message.text().startswith("⚠  Przepraszamy")
