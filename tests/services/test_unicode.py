"""Names and comments in any script round-trip exactly on both engines; bad text is refused clearly."""

import unicodedata

import pytest

from kiosk.domain.errors import InvalidInput
from kiosk.domain.text import reveal_controls

NAMES = [
    "Zoë", "José María", "Łucja", "Siân", "Şükrü", "Dvořák", "Ngọc", "مريم", "小明", "김지수", "Ελένη",
    "Sam 🌈", "👩🏽‍🦱 Jo", "Jo 🏳️‍🌈", "O'Brien-Smith", "Ł" * 40, "😀" * 40,
]


def _one_line(text: str) -> str:
    return text.encode("unicode_escape").decode()


@pytest.mark.parametrize("name", NAMES, ids=_one_line)
def test_names_round_trip_exactly_through_bookings_and_visits(services, make_session, db, name):
    booking = services.booking.book(make_session().id, name)
    assert booking.name == name
    assert services.booking.lookup(booking.reference).name == name
    assert [b.name for b in services.booking.for_session(booking.session.id)] == [name]
    visit = services.visits.check_in(name)
    assert [v.name for v in services.visits.who_is_in()] == [visit.name] == [name]
    for table in ("booking", "visit"):
        assert db.scalar(f"SELECT name FROM {table}") == name
        assert db.scalar(f"SELECT length(name) FROM {table}") == len(name)


COMMENTS = [
    "Très bien, merci !",
    "Dziękuję za wszystko — Łucja",
    "Diolch yn fawr, Siân ❤️",
    "Çok teşekkürler, Şükrü",
    "شكراً جزيلاً على المساعدة",
    "非常感谢你们的帮助",
    "Line one\nLine two\n\tindented",
    "Mixed: abc مرحبا 123 🌍 ok",
]


@pytest.mark.parametrize("comment", COMMENTS, ids=_one_line)
def test_comments_round_trip_exactly(services, activity, db, comment):
    given = services.feedback.give(5, comment, activity.id)
    assert given.comment == comment
    assert [f.comment for f in services.feedback.between(given.given_on, given.given_on)] == [comment]
    assert db.scalar("SELECT comment FROM feedback") == comment
    assert db.scalar("SELECT length(comment) FROM feedback") == len(comment)


@pytest.mark.parametrize("typed, stored", [
    ("Sia\u0302n", "Si\u00e2n"),          # a + combining circumflex → â
    ("Zoe\u0308", "Zo\u00eb"),
    ("\u0141ucja", "Łucja"),
    ("S\u0327u\u0308kru\u0308", "Şükrü"),
    ("  Sam \u00a0  Jo  ", "Sam Jo"),      # spaces, including a no-break space, collapsed
])
def test_names_are_stored_nfc_normalised(services, make_session, db, typed, stored):
    booking = services.booking.book(make_session().id, typed)
    assert booking.name == stored
    assert db.scalar("SELECT name FROM booking") == stored
    assert unicodedata.is_normalized("NFC", db.scalar("SELECT name FROM booking"))
    assert services.visits.check_in(typed).name == stored


def test_comment_length_is_counted_after_normalising(services, db):
    decomposed = "e\u0301" * 1000  # 2,000 code points, 1,000 characters once composed
    assert services.feedback.give(4, decomposed).comment == "\u00e9" * 1000
    assert db.scalar("SELECT length(comment) FROM feedback") == 1000


def test_over_long_name_is_refused_with_a_clear_message(services, make_session, db):
    session = make_session()
    assert services.booking.book(session.id, "A" * 40).name == "A" * 40
    for too_long in ("A" * 41, "Ł" * 41, "😀" * 41):
        with pytest.raises(InvalidInput) as refused:
            services.booking.book(session.id, too_long)
        assert refused.value.message == "The name is too long: please keep it to 40 characters or fewer."
        with pytest.raises(InvalidInput, match="40 characters"):
            services.visits.check_in(too_long)
    assert db.count("booking") == 1 and db.count("visit") == 0


def test_over_long_comment_is_refused_with_a_clear_message(services, db):
    with pytest.raises(InvalidInput) as refused:
        services.feedback.give(3, "ś" * 1001)
    assert refused.value.message == "The comment is too long: please keep it to 1000 characters or fewer."
    assert db.count("feedback") == 0 and db.count("anonymous_outbox") == 0


@pytest.mark.parametrize("name", ["Sam\x00", "Sam\x07", "Sam\x1b[31m", "Sam\tJo", "Sam\nJo", "Sam\rJo",
                                  "Sam\u2028Jo", "Sam\x7f", "Sam\udc80", "Sam\ue000"], ids=_one_line)
def test_control_characters_in_names_are_refused(services, make_session, db, name):
    session = make_session()
    with pytest.raises(InvalidInput, match="cannot be shown"):
        services.booking.book(session.id, name)
    with pytest.raises(InvalidInput, match="cannot be shown"):
        services.visits.check_in(name)
    assert db.count("booking") == 0 and db.count("visit") == 0


@pytest.mark.parametrize("comment", ["Nice\x00", "Bell\x07", "Esc\x1b[2J", "Page\x0cbreak"], ids=_one_line)
def test_control_characters_in_comments_are_refused(services, db, comment):
    with pytest.raises(InvalidInput, match="cannot be shown"):
        services.feedback.give(4, comment)
    assert db.count("feedback") == 0


@pytest.mark.parametrize("name", ["\u202e", "\u202e\u202c", "\u2066\u2069", "\u200f", "\u200b",
                                  "\u200d", "\u0301", "!!!", "..."], ids=_one_line)
def test_names_with_no_visible_letter_are_refused(services, make_session, db, name):
    with pytest.raises(InvalidInput, match="at least one letter"):
        services.booking.book(make_session().id, name)
    with pytest.raises(InvalidInput, match="at least one letter"):
        services.visits.check_in(name)
    assert db.count("booking") == 0 and db.count("visit") == 0


def test_bidi_controls_beside_letters_are_kept_and_can_be_made_visible(services, make_session, db):
    name = "\u202eSam"
    booking = services.booking.book(make_session().id, name)
    assert booking.name == name and db.scalar("SELECT name FROM booking") == name
    assert reveal_controls(booking.name) == "\u27e6U+202E\u27e7Sam"
    comment = "Great \u2067مرحبا\u2069 \u202egnirts"
    given = services.feedback.give(5, comment)
    assert given.comment == comment
    assert reveal_controls(given.comment) == "Great ⟦U+2067⟧مرحبا⟦U+2069⟧ ⟦U+202E⟧gnirts"
    assert reveal_controls("مريم") == "مريم"  # ordinary right-to-left text is left alone
