"""The weekly timetable poster, read back from the PDF: every session in its day's cell, cancelled
ones marked, nothing outside its cell or the page, the header, key and QR code."""

from datetime import date

import pytest

from kiosk.domain.timeutil import monday_of
from kiosk.domain.wording import local, places_text, time_range
from kiosk.printing.poster import FLOOR_SIZE, build_poster, plan_poster
from kiosk.services import build_services
from kiosk.services.demo import fill_demo
from tests.conftest import ADMIN

from .conftest import LONG_ACTIVITIES, WEB, Week, add_week
from .pdfread import metadata, pages_of, qr_codes, squash

PAPERS = {"A4": (841.89, 595.28), "A3": (1190.55, 841.89)}


def poster(services, week, paper="A4"):
    hub = services.hub.current()
    now = services.uow.clock()
    plan = plan_poster(hub, week.monday, week.sessions, paper=paper, printed_at=now)
    pdf = build_poster(hub, week.monday, week.sessions, paper=paper, printed_at=now)
    return plan, pdf, pages_of(pdf)


def day_texts(plan, pages) -> list[str]:
    """Everything printed inside each day's cells, over all pages, without whitespace."""
    texts = [""] * 7
    for layout, page in zip(plan.pages, pages, strict=True):
        for day, cell in enumerate(layout.cells):
            texts[day] += squash(page.text_in(cell.x, cell.y, cell.right, cell.top))
    return texts


def sessions_by_day(week, tz):
    days = [[] for _ in range(7)]
    for session in week.sessions:
        days[(local(session.starts_at, tz).date() - week.monday).days].append(session)
    return days


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_every_session_is_in_its_day_with_time_activity_place_and_places_left(busy, paper):
    services, week = busy
    plan, pdf, pages = poster(services, week, paper)
    assert len(week.sessions) == 40
    assert len(pages) == len(plan.pages) > 1  # the crowded Monday continues on another page
    assert all([round(p.width), round(p.height)] == [round(v) for v in PAPERS[paper]] for p in pages)
    texts, tz = day_texts(plan, pages), services.hub.current().timezone
    for day, sessions in enumerate(sessions_by_day(week, tz)):
        for session in sessions:
            assert squash(time_range(session, tz)) in texts[day]
            assert squash(session.activity.name) in texts[day]  # in full, however wrapped
            assert squash(session.place) in texts[day]
            if not session.is_cancelled:
                assert squash(places_text(session)) in texts[day]
    placed = [card.session.id for page in plan.pages for day in page.cards for card in day]
    assert sorted(placed) == sorted(s.id for s in week.sessions)


def test_cancelled_sessions_say_so_and_are_struck_through(busy):
    services, week = busy
    plan, _, pages = poster(services, week)
    texts, tz = day_texts(plan, pages), services.hub.current().timezone
    by_day = sessions_by_day(week, tz)
    assert sum(s.is_cancelled for s in week.sessions) == 8
    for day, sessions in enumerate(by_day):
        assert texts[day].count("CANCELLED") == sum(s.is_cancelled for s in sessions)
    assert "Thefacilitatorisunwell.Sorry!" in "".join(texts)
    for layout, page in zip(plan.pages, pages, strict=True):
        cancelled = sum(c.session.is_cancelled for day in layout.cards for c in day)
        strikes = [seg for seg in page.lines if abs(seg[1] - seg[3]) < 0.01 and seg[2] - seg[0] > 10
                   and any(cell.contains(*seg) for cell in layout.cells)]
        diagonals = [seg for seg in page.lines if abs(seg[1] - seg[3]) > 1 and abs(seg[2] - seg[0]) > 1]
        assert len(strikes) >= 2 * cancelled  # at least the time and the first line of the name
        assert bool(diagonals) == bool(cancelled)  # the hatched edge


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_no_character_falls_outside_the_page_or_its_cell(busy, paper):
    services, week = busy
    plan, _, pages = poster(services, week, paper)
    frame = plan.frame
    for layout, page in zip(plan.pages, pages, strict=True):
        drawn = {tuple(round(v, 1) for v in r) for r in page.rects}
        for cell in layout.cells:  # the plan's cells are the rectangles really drawn
            assert (round(cell.x, 1), round(cell.y, 1), round(cell.right, 1), round(cell.top, 1)) in drawn
        header = frame.header if layout.number == 1 else frame.later_header
        regions = [header, frame.footer, *layout.day_headers, *[c.inset(0.5) for c in layout.cells]]
        assert page.chars
        for char in page.chars:
            box = (char.x0, char.y0, char.x1, char.y1)
            assert 0 <= char.x0 and char.x1 <= page.width and 0 <= char.y0 and char.y1 <= page.height
            assert any(region.contains(*box) for region in regions), (layout.number, char)
        in_cells = [c for c in page.chars
                    if any(cell.contains(c.x0, c.y0, c.x1, c.y1) for cell in layout.cells)]
        assert min(c.size for c in in_cells) >= 0.9 * FLOOR_SIZE * plan.scale - 0.01


def test_header_key_and_qr_code_lead_to_the_hub(busy, tmp_path):
    services, week = busy
    plan, pdf, pages = poster(services, week)
    first = squash(pages[0].text_in(0, plan.frame.header.y, pages[0].width, pages[0].height))
    for wanted in ("Riverside Recovery Hub", "12 Riverside Walk, Chelmsford CM1 1AA",
                   "Monday 7 December to Sunday 13 December 2026", "Book at the kiosk in reception", WEB):
        assert squash(wanted) in first
    key = squash(pages[0].text_in(0, 0, pages[0].width, plan.frame.footer.top))
    for name, _ in LONG_ACTIVITIES:
        assert squash(name) in key
    assert "Cancelled" in key and "Page1of" in key
    assert squash("+7 more: see page 2") in day_texts(plan, pages)[0]
    codes = qr_codes(pdf, tmp_path)
    assert codes[0] == [WEB]
    assert all(not page for page in codes[1:])  # later pages have the short header
    assert metadata(pdf)["/Title"] == ("What's on at Riverside Recovery Hub: "
                                       "Monday 7 December to Sunday 13 December 2026")


def test_a_hub_without_a_web_address_gets_no_qr_code(hub_services, tmp_path):
    hub_services.hub.update(ADMIN, web_address="")
    week = add_week(hub_services, counts=(1, 0, 0, 0, 0, 0, 0))
    _, pdf, pages = poster(hub_services, week)
    assert qr_codes(pdf, tmp_path) == [[]]
    assert "online" not in " ".join(c.text for c in pages[0].chars)


def test_an_empty_week_says_so_on_one_page(hub_services):
    _, pdf, pages = poster(hub_services, Week(date(2026, 12, 14), []))
    assert len(pages) == 1
    text = squash("".join(c.text for c in pages[0].chars))
    assert text.count("Nosessions") == 7 and "Key:" not in text


def test_the_demo_week_fits_one_page_at_a_comfortable_size(sqlite_engine):
    fill_demo(sqlite_engine)
    services = build_services(sqlite_engine)
    hub, now = services.hub.current(), services.uow.clock()
    monday = monday_of(local(now, hub.timezone).date())
    plan = plan_poster(hub, monday, services.schedule.week(monday), printed_at=now)
    assert len(plan.pages) == 1 and plan.text_size >= 11
