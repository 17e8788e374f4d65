"""Every document made through the services, as the CLI and the desk make them: embedded fonts
only (never the 14 standard PDF fonts), a title, names in any script, and clear input errors."""

import pytest

from kiosk.domain.errors import InvalidInput, NotFound
from kiosk.printing import fire_register_pdf, help_pdf, register_pdf, slip_pdf, timetable_pdf
from kiosk.printing.fonts import FALLBACK, MAIN, font_for

from .conftest import NEXT_MONDAY, add_week
from .pdfread import BASE_14, fonts, metadata, pages_of, squash, text_of

UNUSUAL = ["Łucja", "Şükrü", "Siân", "Gwenllïan ap Ŵyn"]
TITLES = {"poster": "What's on at Riverside Recovery Hub: Monday 7 December",
          "large": "What's on at Riverside Recovery Hub: Monday 7 December", "slip": "Booking ",
          "register": "Register for ", "fire": "Fire register, ", "help": "Help, any time: Riverside"}


@pytest.fixture
def documents(hub_services) -> dict[str, bytes]:
    services = hub_services
    week = add_week(services, counts=(2, 1, 0, 0, 1, 0, 0))
    session = week.sessions[0]
    references = [services.booking.book(session.id, name, 1).reference for name in UNUSUAL[:3]]
    services.booking.book(session.id, UNUSUAL[3], 1)
    for name in UNUSUAL:
        services.visits.check_in(name, family_count=1)
    return {
        "poster A4": timetable_pdf(services, NEXT_MONDAY),
        "poster A3": timetable_pdf(services, NEXT_MONDAY, paper="A3"),
        "large print": timetable_pdf(services, NEXT_MONDAY, layout="large-print"),
        "slip": slip_pdf(services, references[0].lower()),
        "slip A6": slip_pdf(services, f"{references[1][:3]}-{references[1][3:]}", size="A6"),
        "register": register_pdf(services, str(session.id)),
        "fire register": fire_register_pdf(services),
        "help": help_pdf(services),
        "help A6": help_pdf(services, size="A6"),
    }


def test_every_document_embeds_its_fonts_and_has_a_title(documents):
    for name, pdf in documents.items():
        used = fonts(pdf)
        assert used, name
        assert all(used.values()), (name, used)  # every font program is inside the PDF
        assert not {font.split("+")[-1] for font in used} & BASE_14, (name, used)
        assert metadata(pdf).get("/Title", "").startswith(TITLES[name.split(" ")[0]]), name
        assert all(pages_of(pdf)), name


def test_names_in_any_script_print_and_read_back_exactly(documents):
    for document in ("register", "fire register"):
        text = text_of(documents[document])
        for name in UNUSUAL:
            assert name in text, (document, name)
    assert "ŵ" in text_of(documents["register"]).lower()


def test_the_fallback_font_is_chosen_only_for_what_the_main_font_lacks(documents):
    assert font_for("Łucja Şükrü Siân") == MAIN
    assert font_for("Gwenllïan ap Ŵyn") == FALLBACK
    register = pages_of(documents["register"])[0]
    by_char = {c.text: c.font for c in register.chars}
    assert by_char["Ŵ"].endswith("DejaVuSans") and by_char["Ł"].endswith("AtkinsonHyperlegible-Regular")


def test_the_week_is_the_one_holding_the_day_given(hub_services):
    add_week(hub_services, counts=(1, 0, 0, 0, 0, 0, 0))
    thursday = NEXT_MONDAY.replace(day=NEXT_MONDAY.day + 3)
    text = squash(text_of(timetable_pdf(hub_services, thursday)))
    assert squash("Monday 7 December to Sunday 13 December 2026") in text
    this_week = squash(text_of(timetable_pdf(hub_services)))  # the clock says Tuesday 1 December
    assert squash("Monday 30 November to Sunday 6 December 2026") in this_week


def test_bad_input_gets_a_plain_message(hub_services):
    with pytest.raises(InvalidInput, match="'poster' or 'large-print'"):
        timetable_pdf(hub_services, layout="wall")
    with pytest.raises(InvalidInput, match="A4 or A3"):
        timetable_pdf(hub_services, paper="Letter")
    with pytest.raises(InvalidInput, match="A4 paper only"):
        timetable_pdf(hub_services, layout="large-print", paper="A3")
    with pytest.raises(InvalidInput, match="80 mm receipt paper or on A6"):
        help_pdf(hub_services, size="A5")
    with pytest.raises(InvalidInput, match="not a session id"):
        register_pdf(hub_services, "session-1")
    with pytest.raises(NotFound):
        slip_pdf(hub_services, "K7M Q4X")
