"""How the touchscreen behaves around the journeys: idle reset, text size and contrast on every
page, lock-down, read aloud, the way to the desk, and never showing another visitor's name."""

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.views.theme import TextSize
from tests.ui.helpers import page, tap, texts, type_on_screen

VISITOR_PAGES = ["welcome", "check_in", "check_out", "whats_on", "my_booking", "feedback", "polls", "help"]


def test_idle_asks_if_still_there_then_forgets_everything(qtbot, make_window):
    window = make_window(idle_seconds=0.2, warning_seconds=1)
    tap(qtbot, page(window, "welcome").tiles["check_in"])
    check_in = page(window, "check_in")
    type_on_screen(qtbot, check_in.keyboard, "Private")
    tap(qtbot, check_in.family.plus)
    qtbot.waitUntil(window.still_there.isVisible, timeout=2000)
    assert "Are you still there?" in texts(window.still_there)
    qtbot.waitUntil(lambda: window.current_name == "welcome", timeout=3000)
    assert not window.still_there.isVisible()
    assert check_in.name.text() == "" and check_in.family.value() == 0
    assert "Private" not in " ".join(texts(window))


def test_saying_still_here_keeps_what_was_typed(qtbot, make_window):
    window = make_window(idle_seconds=0.2, warning_seconds=5)
    tap(qtbot, page(window, "welcome").tiles["feedback"])
    feedback = page(window, "feedback")
    type_on_screen(qtbot, feedback.keyboard, "Half written")
    qtbot.waitUntil(window.still_there.isVisible, timeout=2000)
    tap(qtbot, window.still_there.button)
    assert window.current_name == "feedback" and feedback.comment.toPlainText() == "Half written"


def test_the_welcome_screen_is_never_interrupted(qtbot, make_window):
    window = make_window(idle_seconds=0.1, warning_seconds=1)
    qtbot.wait(400)
    assert not window.still_there.isVisible()


def background_at_margin(window) -> QColor:
    image = window.grab().toImage()
    return image.pixelColor(8, image.height() // 2)


def test_text_size_and_contrast_apply_to_every_page(qtbot, kiosk_window):
    tap(qtbot, kiosk_window.header.size_buttons[TextSize.LARGEST])
    tap(qtbot, kiosk_window.header.contrast)
    assert kiosk_window.theme.size is TextSize.LARGEST and kiosk_window.theme.high_contrast
    for name in VISITOR_PAGES:
        kiosk_window.go(name)
        QApplication.processEvents()
        shown = page(kiosk_window, name)
        assert shown.title.font().pixelSize() == 54, name  # 36 px titles at 150 %
        assert background_at_margin(kiosk_window).name() == "#000000", name
    tap(qtbot, kiosk_window.header.size_buttons[TextSize.NORMAL])
    tap(qtbot, kiosk_window.header.contrast)
    kiosk_window.go("whats_on")
    QApplication.processEvents()
    assert page(kiosk_window, "whats_on").title.font().pixelSize() == 36
    assert background_at_margin(kiosk_window).name() == "#fbf7f0"


def test_escape_alt_f4_and_the_close_button_do_nothing(qtbot, kiosk_window):
    kiosk_window.go("check_in")
    qtbot.keyClick(kiosk_window, Qt.Key_Escape)
    qtbot.keyClick(kiosk_window, Qt.Key_F4, Qt.AltModifier)
    event = QCloseEvent()
    QApplication.sendEvent(kiosk_window, event)
    assert not event.isAccepted()
    assert kiosk_window.close() is False
    assert kiosk_window.isVisible() and kiosk_window.current_name == "check_in"


def test_escape_key_event_is_swallowed(kiosk_window):
    event = QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier)
    kiosk_window.keyPressEvent(event)
    assert event.isAccepted() and kiosk_window.isVisible()


def test_read_aloud_says_the_current_page(qtbot, kiosk_window):
    assert kiosk_window.header.read_aloud.isVisible()
    kiosk_window.go("help")
    spoken = page(kiosk_window, "help").spoken_text()
    assert "Samaritans" in spoken and "Help now" in spoken
    tap(qtbot, kiosk_window.header.read_aloud)
    assert kiosk_window.speech.speaking


def test_three_second_press_on_the_logo_asks_for_the_desk(qtbot, kiosk_window):
    logo = kiosk_window.header.logo
    with qtbot.waitSignal(kiosk_window.desk_requested, timeout=4000):
        qtbot.mousePress(logo, Qt.LeftButton)
    qtbot.mouseRelease(logo, Qt.LeftButton)


def test_a_short_press_on_the_logo_does_nothing(qtbot, kiosk_window):
    with qtbot.assertNotEmitted(kiosk_window.desk_requested, wait=200):
        qtbot.mouseClick(kiosk_window.header.logo, Qt.LeftButton)


def test_every_control_has_an_accessible_name_and_a_big_target(kiosk_window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

    for name in VISITOR_PAGES:
        kiosk_window.go(name)
        QApplication.processEvents()
        controls = [c for kind in (QAbstractButton, QLineEdit, QPlainTextEdit) for c in kiosk_window.findChildren(kind)]
        for control in controls:
            if not control.isVisible():
                continue
            assert control.accessibleName(), f"{name}: {type(control).__name__} {control.text() if hasattr(control, 'text') else ''}"
            if isinstance(control, QAbstractButton):
                assert control.height() >= 72 and control.width() >= 72, (name, control.accessibleName())


def test_no_visitor_screen_shows_another_visitors_name(qtbot, kiosk_window):
    services = kiosk_window.services
    names = ["Zebedee", "Philippa-Jane", "Ōmura", "Xanthe"]
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if not s.is_cancelled and s.starts_at > services.uow.clock() and s.places_left >= 2]
    references = [services.booking.book(upcoming[i % len(upcoming)].id, n, 1).reference
                  for i, n in enumerate(names)]
    for name in names:
        services.visits.check_in(name, "CM1")
    pattern = re.compile("|".join(re.escape(n) for n in names))
    for name in VISITOR_PAGES + ["session"]:
        kiosk_window.go(name, upcoming[0].id if name == "session" else None)
        assert not pattern.search(" ".join(texts(kiosk_window))), name
    # Looking up someone's reference shows the booking, never the name on it.
    my_booking = page(kiosk_window, "my_booking")
    kiosk_window.go("my_booking")
    qtbot.keyClicks(my_booking.code, references[0])
    tap(qtbot, my_booking.find)
    assert "Your place is booked." in my_booking.details.text()
    assert not pattern.search(" ".join(texts(kiosk_window)))
    # Only the booker's own confirmation greets them by name.
    kiosk_window.go("book", upcoming[1].id)
    book = page(kiosk_window, "book")
    type_on_screen(qtbot, book.keyboard, "Quentin")
    tap(qtbot, book.confirm)
    shown = " ".join(texts(kiosk_window))
    assert "Quentin" in shown and not pattern.search(shown)
    tap(qtbot, page(kiosk_window, "booked").done)
    assert "Quentin" not in " ".join(texts(kiosk_window))


def test_labels_show_text_as_plain_text(qtbot, kiosk_window):
    """A name typed as markup is shown literally, never rendered."""
    kiosk_window.go("check_in")
    check_in = page(kiosk_window, "check_in")
    qtbot.keyClicks(check_in.name, "<b>Bo</b>")
    tap(qtbot, check_in.confirm)
    greeting = page(kiosk_window, "checked_in").greeting
    assert greeting.textFormat() == Qt.PlainText and "<b>Bo</b>" in greeting.text()
    assert all(label.textFormat() == Qt.PlainText
               for label in kiosk_window.findChildren(QLabel) if "<b>" in label.text())
