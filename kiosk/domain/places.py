"""The places rule, written once for the kiosk and the central database: which bookings hold a
place, whether a new booking is confirmed or waits, and which waiting bookings a freed place goes to."""

from collections.abc import Hashable, Iterable
from typing import NamedTuple

from .enums import BookingStatus

#: statuses of a booking that use places of its session's capacity
HOLDING = tuple(s.value for s in BookingStatus if s.holds_place)
#: the reason given to a waiting booking that got a freed place by the rule, not by a volunteer
AUTOMATIC_PROMOTION = "A place came free"


class Waiting(NamedTuple):
    """One waiting booking as the rule sees it: its place in the queue, its party, and any key."""

    queue_no: int
    party: int
    key: Hashable


def holds_place(status: str, deleted: bool = False) -> bool:
    return not deleted and str(status) in HOLDING


def places_held(bookings: Iterable[tuple[str, int, bool]]) -> int:
    """Places taken by ``(status, party, deleted)`` bookings."""
    return sum(int(party) for status, party, deleted in bookings if holds_place(status, deleted))


def decide(capacity: int, held: int, party: int) -> BookingStatus:
    """A new booking is confirmed while its whole party fits, else it goes on the waiting list."""
    return BookingStatus.CONFIRMED if held + party <= capacity else BookingStatus.WAITLISTED


def promotions(capacity: int, held: int, waiting: Iterable[Waiting]) -> list[Hashable]:
    """The keys of waiting bookings that get the free places: first come, first served; a party
    too big for what is free keeps its place in the queue for a later one that fits."""
    free = capacity - held
    chosen: list[Hashable] = []
    for booking in sorted(waiting, key=lambda w: w.queue_no):
        if free <= 0:
            break
        if booking.party <= free:
            free -= booking.party
            chosen.append(booking.key)
    return chosen
