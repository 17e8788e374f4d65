"""Rules for text that people type: names, comments, places; normalised, bounded, printable."""

import unicodedata

from .errors import InvalidInput

NAME_MAX = 40
COMMENT_MAX = 1000
SHORT_TEXT_MAX = 120
LONG_TEXT_MAX = 2000

# Bidirectional-text controls can make a comment display differently from what it holds.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def _clean(value: str | None, *, what: str, limit: int, multiline: bool) -> str:
    text = unicodedata.normalize("NFC", value or "").strip()
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n\t" and multiline:
            continue
        if cat in ("Cc", "Cs", "Co", "Cn") or ch in ("\u2028", "\u2029"):
            raise InvalidInput(f"The {what} has a character that cannot be shown. Please remove it.")
    if len(text) > limit:
        raise InvalidInput(f"The {what} is too long: please keep it to {limit} characters or fewer.")
    return text


def clean_name(value: str | None, *, required: bool = False, what: str = "name") -> str | None:
    """A first name or nickname: NFC, trimmed, one line, at most 40 characters; None when empty."""
    text = _clean(value, what=what, limit=NAME_MAX, multiline=False)
    # Names are shown on the desk, on registers and on the fire register: a direction control
    # could make one display as something else, so they are simply left out.
    text = " ".join("".join(ch for ch in text if ch not in BIDI_CONTROLS).split())
    if not text:
        if required:
            raise InvalidInput("Please give a first name or a nickname.")
        return None
    if not any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "So" for ch in text):
        raise InvalidInput("Please use at least one letter in the name.")
    return text


def clean_comment(value: str | None) -> str | None:
    """A feedback comment: NFC, trimmed, line breaks kept, at most 1,000 characters."""
    text = _clean(value, what="comment", limit=COMMENT_MAX, multiline=True)
    return text or None


def clean_text(value: str | None, *, what: str, limit: int = SHORT_TEXT_MAX,
               required: bool = False, multiline: bool = False) -> str | None:
    """Any other short text a volunteer types (place, facilitator, notes, reasons)."""
    text = _clean(value, what=what, limit=limit, multiline=multiline)
    if not multiline:
        text = " ".join(text.split())
    if not text:
        if required:
            raise InvalidInput(f"Please fill in the {what}.")
        return None
    return text


def reveal_controls(text: str) -> str:
    """Make bidirectional controls visible (as ⟦U+202E⟧) so a comment cannot disguise itself."""
    return "".join(f"\u27e6U+{ord(ch):04X}\u27e7" if ch in BIDI_CONTROLS else ch for ch in text)
