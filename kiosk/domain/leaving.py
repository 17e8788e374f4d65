"""Leaving safely: each device's letter (so "Visitor A27" is one person across a hub's
touchscreens), the short leaving code a visitor is given at check-in, and the growing wait after
wrong codes that makes trying codes hopeless."""

import secrets
from datetime import datetime, timedelta

from .errors import InvalidInput
from .refcode import ALPHABET

#: Device letters: no I or O, which read as 1 and 0 on the fire register.
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
#: 29 characters, 4 of them: 707,281 codes, of which a hub has a few dozen open on a busy day.
CODE_LENGTH = 4
#: Wrong codes are forgiven only after this long without one (never by a right code, so an
#: attacker cannot reset the count by checking themselves in and out).
FORGIVE_AFTER = timedelta(minutes=15)


def letter_for(index: int) -> str:
    """The letter of a hub's device number ``index`` (0 → A, 23 → Z, 24 → AA, …)."""
    if index < len(LETTERS):
        return LETTERS[index]
    return letter_for(index // len(LETTERS) - 1) + LETTERS[index % len(LETTERS)]


def next_letter(taken: set[str]) -> str:
    index = 0
    while letter_for(index) in taken:
        index += 1
    return letter_for(index)


def day_label(letter: str | None, number: int) -> str:
    """"A27": the device's letter then the visitor's number there that day."""
    return f"{letter or ''}{number}"


def new_leave_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_leave_code(value: str | None) -> str:
    """What a visitor types ("k7mq", "K7M Q") as the stored code; anything else is refused
    (and is not counted as a wrong code: it could never have been right)."""
    text = "".join(ch for ch in (value or "").upper() if ch.isalnum())
    if len(text) != CODE_LENGTH or any(ch not in ALPHABET for ch in text):
        raise InvalidInput(f"Your leaving code has {CODE_LENGTH} letters and numbers, like K7MQ. "
                           "Please check it and try again, or ask a volunteer.")
    return text


def wait_after(failures: int) -> timedelta:
    """How long to wait after ``failures`` wrong codes in a row: two free tries, then 10 s,
    30 s, 1 minute, then 5 minutes for every further try."""
    if failures < 3:
        return timedelta(0)
    return timedelta(seconds={3: 10, 4: 30, 5: 60}.get(failures, 300))


def seconds_to_wait(failures: int, last_failed_at: datetime | None, now: datetime) -> int:
    """Whole seconds still to wait before the next try (0: try now)."""
    if last_failed_at is None:
        return 0
    left = (last_failed_at + wait_after(failures) - now).total_seconds()
    return max(0, int(left + 0.999))
