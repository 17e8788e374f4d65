"""Wrapping and page flow, the pieces every document is laid out with."""

from kiosk.printing.draw import clip_lines, fit_line, wrap
from kiosk.printing.flow import paginate, text_block
from kiosk.printing.fonts import font_for, text_width


def test_a_word_wider_than_the_line_is_broken_and_nothing_is_lost():
    word = "Rhosllannerchrugog" * 4  # 72 letters, no space or hyphen to break at
    lines = wrap(word, 10, 80, bold=True)
    assert len(lines) > 1 and "".join(lines) == word
    assert all(text_width(line, font_for(line, True), 10) <= 80 for line in lines)


def test_breaks_prefer_hyphens_and_slashes_and_keep_line_breaks():
    assert wrap("Peer-support-circle-led-by-people", 10, 90)[0].endswith("-")
    assert wrap("https://example.org/a/very/long/address/for/the/hub", 10, 120)[0].endswith("/")
    assert wrap("Shoes\nA coat", 10, 500) == ["Shoes", "A coat"]


def test_cut_short_text_ends_with_an_ellipsis_and_fits():
    lines = clip_lines(wrap("one two three four five six seven eight", 10, 40), 2, 10, 40)
    assert len(lines) == 2 and lines[-1].endswith("…")
    line = fit_line("A very long activity name for the key", 9, 60)
    assert line.endswith("…") and text_width(line, font_for(line), 9) <= 60


def test_paragraphs_continue_on_the_next_page_and_headings_stay_with_what_follows():
    heading = text_block("Monday", 20, 300, bold=True, keep_with_next=True)
    long = text_block(" ".join(["word"] * 400), 12, 300)
    pages = paginate([text_block("Intro", 12, 300, gap_after=520), heading, long], 560, 700)
    assert pages[0][0][0].lines == ["Intro"]
    assert pages[1][0][0] is heading  # moved to the page where its paragraph starts
    lines = sum(len(block.lines) for page in pages for block, _ in page if block is not heading) - 1
    assert lines == len(long.lines)
    for page, room in zip(pages, [560] + [700] * (len(pages) - 1), strict=True):
        block, offset = page[-1]
        assert offset + block.height <= room
