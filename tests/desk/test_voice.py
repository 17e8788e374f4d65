"""Listening at the desk: anonymous feedback with filters and counts, shown as plain text; "you
said, we did" answers that appear on the visitor Welcome screen; and a poll's whole life."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.domain.wording import local
from tests.desk.conftest import VOLUNTEER_NAME, VOLUNTEER_PIN
from tests.desk.helpers import audit_ids, new_audit, shown, sign_in, tap


def open_page(qtbot, desk, name):
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    tap(qtbot, desk.area.shell.nav[name])
    return desk.area.shell.pages[name]


def test_feedback_with_filters_and_a_count_by_rating(qtbot, desk):
    services = desk.services
    page = open_page(qtbot, desk, "feedback")
    everything = services.feedback.between(page.first.value(), page.last.value())
    assert len(page.shown) == len(everything) > 5
    assert page.counts.text().startswith(f"{len(everything)} in all")
    tap(qtbot, page.rating.button(5))
    assert {f.rating for f in page.shown} == {5}
    assert f"Very good: {sum(f.rating == 5 for f in everything)}" in page.counts.text()
    tap(qtbot, page.rating.button(None))
    tap(qtbot, page.activity.button("Yoga"))
    assert {f.activity_name for f in page.shown} == {"Yoga"}
    tap(qtbot, page.activity.button(None))
    today = local(services.uow.clock(), "Europe/London").date()
    page.first.set_value(today)
    tap(qtbot, page.show_button)
    assert all(f.given_on == today for f in page.shown)
    page.first.edit.setText("yesterday")
    tap(qtbot, page.show_button)
    assert "is not a date" in page.message.text()


def test_comments_are_plain_text_with_direction_controls_made_visible(qtbot, desk):
    desk.services.feedback.give(1, "<b>Bold</b> <img src=x> \u202eevil\u202c")
    page = open_page(qtbot, desk, "feedback")
    label = next(l for l in page.findChildren(QLabel) if "Bold" in l.text() and l.isVisible())
    assert label.textFormat() == Qt.PlainText
    assert label.text() == "<b>Bold</b> <img src=x> \u27e6U+202E\u27e7evil\u27e6U+202C\u27e7"
    assert "\u202e" not in shown(page)


def test_a_you_said_we_did_answer_appears_on_the_visitor_welcome(qtbot, desk, make_kiosk):
    services = desk.services
    page = open_page(qtbot, desk, "answers")
    tap(qtbot, page.publish)
    assert "Please fill in the 'you said' text" in page.message.text()
    qtbot.keyClicks(page.you_said, "The lounge needs more seats.")
    qtbot.keyClicks(page.we_did, "Six new armchairs arrive on Friday.")
    yoga = next(a for a in services.activities.list() if a.name == "Yoga")
    tap(qtbot, page.activity.button(yoga.id))
    tap(qtbot, page.activity.button(yoga.id))  # tapped again: not about one activity after all
    before = audit_ids(services)
    tap(qtbot, page.publish)
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "response.publish")]
    assert page.you_said.text() == "" and "Six new armchairs" in shown(page)
    kiosk = make_kiosk()
    welcome = kiosk.page_by_name["welcome"]
    assert welcome.voice.text() == "You said: “The lounge needs more seats.”\nWe did: Six new armchairs arrive on Friday."


def test_a_polls_whole_life(qtbot, desk, make_kiosk):
    services = desk.services
    page = open_page(qtbot, desk, "polls")
    qtbot.keyClicks(page.question, "Which evening suits a new group?")
    qtbot.keyClicks(page.options[0], "Tuesday")
    tap(qtbot, page.create)
    assert "A poll has 2 to 6 answers." in page.message.text()
    qtbot.keyClicks(page.options[1], "Thursday")
    qtbot.keyClicks(page.options[2], "Friday")
    tap(qtbot, page.closes.plus)
    before = audit_ids(services)
    tap(qtbot, page.create)
    poll = next(p for p in services.polls.all_polls() if p.question == "Which evening suits a new group?")
    assert [o.label for o in poll.options] == ["Tuesday", "Thursday", "Friday"]
    assert poll.closes_on == local(services.uow.clock(), "Europe/London").date() + timedelta(days=15)
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "poll.create")]
    kiosk = make_kiosk()
    assert poll.id in {p.id for p in services.polls.open_polls()}
    for option in (0, 1, 1):
        services.polls.vote(poll.id, poll.options[option].id)
    page.refresh()
    QApplication.processEvents()
    assert "Fewer than 5 votes so far" in shown(page)
    for option in (1, 2):
        services.polls.vote(poll.id, poll.options[option].id)
    page.refresh()
    QApplication.processEvents()
    assert "Tuesday: 1   ·   Thursday: 3   ·   Friday: 1   (5 votes)" in shown(page)
    tap(qtbot, page.close_buttons[poll.id])
    assert page.confirm_bar.isVisible() and not services.polls.get(poll.id).closed
    tap(qtbot, page.confirm_bar.yes)
    assert services.polls.get(poll.id).closed and poll.id not in page.close_buttons
    assert poll.id not in {p.id for p in services.polls.open_polls()}
    kiosk.go("polls")
    assert "Which evening suits a new group?" not in shown(kiosk.page_by_name["polls"])
