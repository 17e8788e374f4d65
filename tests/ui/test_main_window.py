"""The kiosk window on demo data: this week's sessions are readable, and visitor mode holds."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.views.widgets.session_card import SessionCard


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_shows_this_weeks_sessions_from_the_database(kiosk_window):
    services = kiosk_window._services
    week = services.schedule.week()
    cards = kiosk_window.whats_on.findChildren(SessionCard)
    assert len(cards) == len(week) > 0
    texts = visible_texts(kiosk_window)
    assert "Riverside Recovery Hub (demo)" in texts
    for session in week:
        assert session.activity.name in texts
    assert any(t.startswith("Today") for t in texts)
    assert any("Full — join the waiting list" == t for t in texts)


def test_visitor_mode_cannot_be_closed_or_escaped(qtbot, kiosk_window):
    qtbot.keyClick(kiosk_window, Qt.Key_Escape)
    assert kiosk_window.isVisible()
    assert kiosk_window.close() is False
    assert kiosk_window.isVisible()


def test_no_visitor_name_appears_on_the_week_page(kiosk_window):
    from kiosk.services.demo import NAMES

    words = set(" ".join(visible_texts(kiosk_window)).replace(",", " ").split())
    assert not [name for name in NAMES if set(name.split()) <= words]
