"""The large-print timetable: A4 portrait, nothing under 18 pt, every session in day order."""

from kiosk.domain.wording import day_name, local, places_text, time_range
from kiosk.printing.large_print import MARGIN, MIN_SIZE, build_large_print

from .pdfread import metadata, pages_of, squash, text_of


def large(services, week) -> bytes:
    return build_large_print(services.hub.current(), week.monday, week.sessions,
                             printed_at=services.uow.clock())


def test_every_character_is_18_points_or_more_and_inside_the_margins(busy):
    services, week = busy
    pages = pages_of(large(services, week))
    assert len(pages) > 1
    for page in pages:
        assert (round(page.width), round(page.height)) == (595, 842)
        assert page.chars
        assert min(c.size for c in page.chars) >= MIN_SIZE
        for c in page.chars:
            assert MARGIN - 1 <= c.x0 and c.x1 <= page.width - MARGIN + 1
            assert MARGIN - 8 <= c.y0 and c.y1 <= page.height - MARGIN + 1


def test_every_session_appears_in_order_with_its_details(busy):
    services, week = busy
    pdf = large(services, week)
    tz = services.hub.current().timezone
    text = squash(text_of(pdf))
    position = 0
    for day in range(7):
        heading = squash(day_name(week.monday.fromordinal(week.monday.toordinal() + day)))
        position = text.index(heading, position)
    position = 0
    for session in sorted(week.sessions, key=lambda s: (s.starts_at, s.activity.name)):
        entry = squash(time_range(session, tz) + session.activity.name)
        position = text.index(entry, position)  # in start order
        tail = text[position:position + 400]
        assert squash(session.place) in tail
        if session.is_cancelled:
            assert tail.startswith(entry) and text[:position].endswith("CANCELLED")
            assert squash(session.cancel_reason) in tail
        else:
            assert squash(places_text(session)) in tail
    assert text.count("CANCELLED") == sum(s.is_cancelled for s in week.sessions)
    assert local(week.sessions[0].starts_at, tz).date() == week.monday
    assert "(large print)" in metadata(pdf)["/Title"]


def test_pages_are_numbered_and_later_pages_name_the_hub(busy):
    services, week = busy
    pages = pages_of(large(services, week))
    for number, page in enumerate(pages, 1):
        text = squash("".join(c.text for c in page.chars))
        assert f"Page{number}of{len(pages)}" in text
        assert "RiversideRecoveryHub" in text
