"""The small-number rule on known answers: primary suppression of 1–4, the complementary cell of
a shown total, the total itself when nothing else can hide, shared figures, averages and rates."""

import pytest

from kiosk.domain.suppression import (
    FEWER, NOT_SHOWN, TOO_FEW, show_count, show_mean, show_median, show_rate, suppress,
)


def column(*cells: int) -> tuple[dict, list]:
    values = {("cell", i): v for i, v in enumerate(cells)}
    values["total"] = sum(cells)
    return values, [("total", [("cell", i) for i in range(len(cells))])]


def shown(*cells: int) -> list[str]:
    texts = suppress(*column(*cells))
    return [texts[("cell", i)] for i in range(len(cells))] + [texts["total"]]


@pytest.mark.parametrize("value, text", [(0, "0"), (1, FEWER), (4, FEWER), (5, "5"), (123, "123")])
def test_counts_from_1_to_4_are_fewer_than_5(value, text):
    assert show_count(value) == text


def test_nothing_small_nothing_hidden():
    assert shown(10, 0, 7) == ["10", "0", "7", "17"]


def test_one_small_cell_takes_the_next_smallest_with_it():
    # 3 alone would be 20 - 9 - 8; hiding 8 too leaves 11 to share between two hidden cells.
    assert shown(9, 3, 8) == ["9", FEWER, NOT_SHOWN, "20"]


def test_zeros_are_never_hidden_and_never_count_as_cover():
    assert shown(0, 2, 0, 6) == ["0", FEWER, "0", NOT_SHOWN, "8"]


def test_two_ones_would_be_pinned_by_their_difference():
    # total 12 - shown 10 = 2 over two hidden cells of at least 1: both 1; so 10 hides as well.
    assert shown(10, 1, 1) == [NOT_SHOWN, FEWER, FEWER, "12"]


def test_two_small_cells_with_room_stay_as_they_are():
    assert shown(20, 2, 3) == ["20", FEWER, FEWER, "25"]


def test_two_fours_are_pinned_at_the_top():
    # 8 between two cells of at most 4 means 4 and 4: the total goes instead (nothing else to hide).
    assert shown(4, 4) == [FEWER, FEWER, NOT_SHOWN]


def test_a_lone_cell_equal_to_its_total():
    assert shown(3, 0) == [FEWER, "0", FEWER]


def test_a_figure_shared_by_two_groups_is_hidden_in_both():
    """Visits by reason and by district share the total: a cell hidden for one group counts in the
    other, and the rule runs until no group gives anything away."""
    values = {"total": 30, "r1": 27, "r2": 3, "d1": 15, "d2": 15}
    groups = [("total", ["r1", "r2"]), ("total", ["d1", "d2"])]
    texts = suppress(values, groups)
    assert texts == {"total": "30", "r1": NOT_SHOWN, "r2": FEWER, "d1": "15", "d2": "15"}


def test_rows_and_columns_together():
    # visits = first + returning in each row; each column adds up to its total row
    values = {("v", 0): 10, ("f", 0): 2, ("r", 0): 8, ("v", 1): 12, ("f", 1): 6, ("r", 1): 6,
              ("v", "t"): 22, ("f", "t"): 8, ("r", "t"): 14}
    groups = [((c, "t"), [(c, 0), (c, 1)]) for c in "vfr"] + [(("v", w), [("f", w), ("r", w)]) for w in (0, 1, "t")]
    texts = suppress(values, groups)
    assert texts[("f", 0)] == FEWER
    # every group with a shown total now has at least two hidden cells or none
    for total, cells in groups:
        hidden = [c for c in cells if texts[c] in (FEWER, NOT_SHOWN)]
        assert texts[total] == NOT_SHOWN or len(hidden) != 1, (total, texts)


def test_averages_rates_and_medians_need_five_items():
    assert show_mean(17, 4) == TOO_FEW and show_mean(21, 5) == "4.2"
    assert show_rate("6", "10", 6, 10) == "60%"
    assert show_rate(FEWER, "10", 3, 10) == TOO_FEW  # the rate would give the 3 away
    assert show_rate("4", "4", 4, 4) == TOO_FEW
    assert show_median([1, 2, 3, 4]) == TOO_FEW and show_median([5, 1, 9, 3, 7]) == "5"
    assert show_median([1, 2, 3, 4, 5, 6]) == "3.5"
