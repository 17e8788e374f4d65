"""Names and comments in any script round-trip exactly on both engines; bad text is refused clearly."""

import unicodedata

import pytest

from kiosk.domain.errors import InvalidInput
from kiosk.domain.text import reveal_controls

from .conftest import refused

NAMES = [
    "Zoë", "José María", "Łucja", "Siân", "Şükrü", "Dvořák", "Ngọc", "مريم", "小明", "김지수", "Ελένη",
    "Sam 🌈", "👩🏽‍🦱 Jo", "Jo 🏳️‍🌈", "O'Brien-Smith", "Ł" * 40, "😀" * 40,
]


def test_names_round_trip_exactly_through_bookings_and_visits(services, make_session, clock, db):
    session = make_session(capacity=100)
    for name in NAMES:
        clock.advance(seconds=1)
        booking = services.booking.book(session.id, name)
        assert booking.name == name
        assert services.booking.lookup(booking.reference).name == name
        assert services.visits.check_in(name).name == name
    assert [b.name for b in services.booking.for_session(session.id)] == NAMES
    assert [v.name for v in services.visits.who_is_in()] == NAMES
    for table in ("booking", "visit"):
        stored = db.rows(f"SELECT name, length(name) AS n FROM {table}")
        assert sorted(r.name for r in stored) == sorted(NAMES)
        assert all(r.n == len(r.name) for r in stored)  # characters, not bytes: no double encoding


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


def test_comments_round_trip_exactly(services, activity, db):
    for comment in COMMENTS:
        assert services.feedback.give(5, comment, activity.id).comment == comment
    today = services.feedback.between(*[services.feedback.give(1).given_on] * 2)
    assert sorted(f.comment for f in today if f.comment) == sorted(COMMENTS)
    stored = db.rows("SELECT comment, length(comment) AS n FROM feedback WHERE comment IS NOT NULL")
    assert sorted(r.comment for r in stored) == sorted(COMMENTS)
    assert all(r.n == len(r.comment) for r in stored)


def test_names_are_stored_nfc_normalised(services, make_session, db):
    session = make_session(capacity=20)
    for typed, stored in [
        ("Sia\u0302n", "Si\u00e2n"),          # a + combining circumflex → â
        ("Zoe\u0308", "Zo\u00eb"),
        ("Jose\u0301", "Jos\u00e9"),
        ("S\u0327u\u0308kru\u0308", "Şükrü"),
        ("  Sam \u00a0  Jo  ", "Sam Jo"),      # spaces, including a no-break space, collapsed
    ]:
        booking = services.booking.book(session.id, typed)
        assert booking.name == stored
        assert db.scalar("SELECT name FROM booking WHERE reference = :r", r=booking.reference) == stored
        assert services.visits.check_in(typed).name == stored
    assert all(unicodedata.is_normalized("NFC", r.name) for r in db.rows("SELECT name FROM booking"))


def test_comment_length_is_counted_after_normalising(services, db):
    decomposed = "e\u0301" * 1000  # 2,000 code points, 1,000 characters once composed
    assert services.feedback.give(4, decomposed).comment == "\u00e9" * 1000
    assert db.scalar("SELECT length(comment) FROM feedback") == 1000


def test_over_long_name_is_refused_with_a_clear_message(services, make_session, db):
    session = make_session()
    assert services.booking.book(session.id, "A" * 40).name == "A" * 40
    for too_long in ("A" * 41, "Ł" * 41, "😀" * 41):
        with pytest.raises(InvalidInput) as error:
            services.booking.book(session.id, too_long)
        assert error.value.message == "The name is too long: please keep it to 40 characters or fewer."
        with pytest.raises(InvalidInput, match="40 characters"):
            services.visits.check_in(too_long)
    assert db.count("booking") == 1 and db.count("visit") == 0


def test_over_long_comment_is_refused_with_a_clear_message(services, db):
    with pytest.raises(InvalidInput) as error:
        services.feedback.give(3, "ś" * 1001)
    assert error.value.message == "The comment is too long: please keep it to 1000 characters or fewer."
    assert db.count("feedback") == 0 and db.count("anonymous_outbox") == 0


def test_control_characters_in_names_are_refused(services, make_session, db):
    session = make_session()
    for name in ("Sam\x00", "Sam\x07", "Sam\x1b[31m", "Sam\tJo", "Sam\nJo", "Sam\rJo", "Sam\u2028Jo",
                 "Sam\x7f", "Sam\udc80", "Sam\ue000", "Sam\u0378"):
        refused(InvalidInput, services.booking.book, session.id, name, match="cannot be shown")
        refused(InvalidInput, services.visits.check_in, name, match="cannot be shown")
    assert db.count("booking") == 0 and db.count("visit") == 0


def test_control_characters_in_comments_are_refused(services, db):
    for comment in ("Nice\x00", "Bell\x07", "Esc\x1b[2J", "Page\x0cbreak", "Para\u2029graph"):
        refused(InvalidInput, services.feedback.give, 4, comment, match="cannot be shown")
    assert db.count("feedback") == 0


def test_names_with_no_visible_letter_are_refused(services, make_session, db):
    session = make_session()
    for name in ("\u200b", "\u200d", "\u0301", "!!!", "..."):
        refused(InvalidInput, services.booking.book, session.id, name, match="at least one letter")
        refused(InvalidInput, services.visits.check_in, name, match="at least one letter")
    assert db.count("booking") == 0 and db.count("visit") == 0
    # Direction controls are left out of names, so a name of nothing else is no name at all.
    for name in ("\u202e", "\u202e\u202c", "\u2066\u2069", "\u200f"):
        refused(InvalidInput, services.booking.book, session.id, name, match="first name or a nickname")
        assert services.visits.check_in(name).name is None


def test_bidi_controls_leave_names_and_are_made_visible_in_comments(services, make_session, db):
    booking = services.booking.book(make_session().id, "\u202eSam\u2069")
    assert booking.name == "Sam" and db.scalar("SELECT name FROM booking") == "Sam"
    comment = "Great \u2067مرحبا\u2069 \u202egnirts"
    given = services.feedback.give(5, comment)
    assert given.comment == comment
    assert reveal_controls(given.comment) == "Great ⟦U+2067⟧مرحبا⟦U+2069⟧ ⟦U+202E⟧gnirts"
    assert reveal_controls("مريم") == "مريم"  # ordinary right-to-left text is left alone
