"""Booking reference codes: short, easy to read aloud, with no look-alike characters."""

import secrets

from .errors import InvalidInput
from .translatable import QT_TR_NOOP

# No 0/O, 1/I/L, and no U/V pair confusion on receipt printers.
ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789"
LENGTH = 6


def new_reference() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_reference(value: str | None) -> str:
    """Accept what a person types or a scanner sends ("k7m-4qx", "K7M 4QX") as the stored code."""
    text = "".join(ch for ch in (value or "").upper() if ch.isalnum())
    if len(text) != LENGTH or any(ch not in ALPHABET for ch in text):
        raise InvalidInput(QT_TR_NOOP("A booking reference has {length} letters and numbers, like {example}. "
                                      "Please check it and try again."), length=LENGTH,
                           example=format_reference("K7MQ4X"))
    return text


def format_reference(code: str) -> str:
    """Show a code in two groups of three so it is easy to read out."""
    return f"{code[:3]} {code[3:]}"
