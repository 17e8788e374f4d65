"""Reading what an admin typed: whole numbers, ids, and a PIN from standard input."""

import argparse
import getpass
import sys
import uuid
from typing import TextIO

from ..domain.errors import InvalidInput


def whole_number(text: str) -> int:
    """argparse type for counts: a plain whole number, never echoed back in the error."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number") from None


def parse_id(text: str, what: str) -> uuid.UUID:
    """A record id as printed by the CLI; the value itself is not repeated in the error."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise InvalidInput(
            f"That {what} id is not valid: ids look like 0190c1d2-3f4a-7b6c-8d9e-0f1a2b3c4d5e."
        ) from None


def read_pin(stream: TextIO | None = None) -> str:
    """A new PIN: asked twice when standard input is a terminal, else its first line."""
    stream = sys.stdin if stream is None else stream
    if stream is None:
        raise InvalidInput("Please give the PIN on standard input, on one line.")
    if stream.isatty():
        first = getpass.getpass("New PIN (6 to 12 digits): ")
        second = getpass.getpass("The same PIN again: ")
        if first != second:
            raise InvalidInput("The two PINs are not the same, so nothing was changed.")
        pin = first.strip()
    else:
        pin = stream.readline().strip()
    if not pin:
        raise InvalidInput("Please give the PIN on standard input, on one line.")
    return pin
