"""Small-number suppression: which report figures may be shown, and the words shown instead.

The rule, applied to every figure that leaves the database (screen, PDF, CSV):

1. Primary: any count from 1 to 4 is shown as "fewer than 5". Zero is shown as 0.
2. Secondary: a *group* is a total and the cells that add up to it (the weeks of a column, the
   reasons of the visits, first plus returning visits of one week...). While a group's total is
   shown, a reader knows the sum of its hidden cells and that each hidden cell is 1–4 (primary)
   or 5 or more (secondary). If that lets any hidden cell be worked out exactly — one cell hidden
   alone, two cells of 1 behind a difference of 2, and so on — the smallest shown non-zero cell of
   the group is hidden too ("not shown"); with no cell left to hide, the total is hidden instead.
   This repeats over all groups until none gives a hidden cell away, so a cell hidden in one
   group is hidden in every group it belongs to.
3. Averages and rates made from fewer than 5 items, or from a hidden figure, are not shown.
"""

from collections.abc import Hashable, Iterable, Mapping, Sequence

THRESHOLD = 5
FEWER = "fewer than 5"
NOT_SHOWN = "not shown"
TOO_FEW = "too few to show"

Key = Hashable
Group = tuple[Key, Sequence[Key]]  # (total, cells adding up to it)


def is_small(value: int) -> bool:
    return 0 < value < THRESHOLD


def show_count(value: int) -> str:
    """A count on its own (no group): 1–4 becomes "fewer than 5"."""
    return FEWER if is_small(value) else str(value)


def suppress(values: Mapping[Key, int], groups: Iterable[Group]) -> dict[Key, str]:
    """The text to show for every figure in ``values``, with primary and secondary suppression."""
    groups = list(groups)
    hidden = {key for key, value in values.items() if is_small(value)}
    changed = True
    while changed:
        changed = False
        for total, cells in groups:
            if total in hidden or not _gives_away(values, hidden, cells):
                continue
            candidates = [c for c in cells if c not in hidden and values[c] > 0]
            if candidates:
                hidden.add(min(candidates, key=lambda c: values[c]))  # first of equals: stable
            else:
                hidden.add(total)
            changed = True
    return {key: _text(value, key in hidden) for key, value in values.items()}


def _text(value: int, hidden: bool) -> str:
    if not hidden:
        return str(value)
    return FEWER if is_small(value) else NOT_SHOWN


def _gives_away(values: Mapping[Key, int], hidden: set, cells: Sequence[Key]) -> bool:
    """Whether the total minus the shown cells pins down any hidden cell of this group."""
    secret = [values[c] for c in cells if c in hidden]
    if not secret:
        return False
    bounds = [(1, THRESHOLD - 1) if is_small(v) else (THRESHOLD, None) for v in secret]
    rest = sum(secret)
    for index, (low, high) in enumerate(bounds):
        others = [b for i, b in enumerate(bounds) if i != index]
        most = rest - sum(lo for lo, _ in others)
        high = most if high is None else min(high, most)
        if any(hi is None for _, hi in others):
            least = low
        else:
            least = max(low, rest - sum(hi for _, hi in others))
        if least >= high:
            return True
    return False


def is_hidden(text: str) -> bool:
    return text in (FEWER, NOT_SHOWN, TOO_FEW)


def show_mean(total: int, count: int, digits: int = 1) -> str:
    """An average of ``count`` items adding up to ``total``; hidden below 5 items."""
    if count < THRESHOLD:
        return TOO_FEW
    return f"{total / count:.{digits}f}"


def show_rate(part: str, whole: str, part_value: int, whole_value: int) -> str:
    """A percentage ``part`` of ``whole`` (as already shown): hidden when either is hidden or the
    whole is under 5, since the rate would give the hidden figure away."""
    if is_hidden(part) or is_hidden(whole) or whole_value < THRESHOLD:
        return TOO_FEW
    return f"{round(100 * part_value / whole_value)}%"


def show_median(values: Sequence[int]) -> str:
    """The median of ``values`` (e.g. days to answer); hidden below 5 items."""
    if len(values) < THRESHOLD:
        return TOO_FEW
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return str(ordered[middle])
    return f"{(ordered[middle - 1] + ordered[middle]) / 2:g}"
