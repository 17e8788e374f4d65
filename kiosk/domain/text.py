"""Rules for text that people type: names, comments, places; normalised, bounded, printable."""

import unicodedata

from .errors import InvalidInput
from .translatable import QT_TR_NOOP

NAME_MAX = 40
COMMENT_MAX = 1000
SHORT_TEXT_MAX = 120
LONG_TEXT_MAX = 2000

# Bidirectional-text controls can make a comment display differently from what it holds.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: Characters that show nothing although they are not format characters: fillers, the blank
#: braille cell, the combining grapheme joiner, Mongolian and Khmer invisible marks.
INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180f")
ZWJ, ZWNJ, VARIATION = "\u200d", "\u200c", frozenset(chr(c) for c in range(0xFE00, 0xFE10))
BLACK_FLAG, CANCEL_TAG = "\U0001f3f4", "\U000e007f"


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


def _is_pictograph(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or ch in VARIATION


def _needs_joiner(before: str, after: str) -> bool:
    """ZWJ and ZWNJ change what is drawn only inside emoji sequences ("👩🏽‍🦱") and between
    letters of scripts that join (Arabic, Persian, the Indian scripts): keep them there only."""
    if _is_pictograph(before) and unicodedata.category(after) == "So":
        return True
    joining = all(unicodedata.category(c)[0] in "LM" and not c.isascii()
                  and not unicodedata.name(c, "").startswith("LATIN") for c in (before, after))
    return joining


def _visible_here(text: str, index: int) -> bool:
    """Whether the invisible character at ``index`` changes what the text looks like."""
    ch = text[index]
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if ch in (ZWJ, ZWNJ):
        return bool(before and after) and _needs_joiner(before, after)
    if ch in VARIATION or 0xE0100 <= ord(ch) <= 0xE01EF:
        return bool(before) and unicodedata.category(before) == "So"  # "🏳️": the emoji's look
    if 0xE0020 <= ord(ch) <= 0xE007F:  # tag letters spell a flag after the black flag (Wales)
        run = text[:index].rstrip("".join(chr(c) for c in range(0xE0020, 0xE007F)))
        return run.endswith(BLACK_FLAG) and CANCEL_TAG in text[index:]
    return False


def strip_invisible(text: str, keep_bidi: bool = False) -> str:
    """Leave out format characters (zero-width spaces, soft hyphens, joiners, tags, direction
    controls) and other characters that show nothing, so that "Sam\u200b" is stored as "Sam"
    and an erasure of "Sam" finds it. Joiners and selectors that make an emoji or join the
    letters of a script are kept, and so are direction controls when ``keep_bidi``."""
    kept = []
    for index, ch in enumerate(text):
        if keep_bidi and ch in BIDI_CONTROLS:
            kept.append(ch)
        elif ch in INVISIBLE:
            continue
        elif unicodedata.category(ch) == "Cf" or ch in VARIATION or 0xE0100 <= ord(ch) <= 0xE01EF:
            if _visible_here(text, index):
                kept.append(ch)
        else:
            kept.append(ch)
    return "".join(kept)


def clean_name(value: str | None, *, required: bool = False, what: str = "name") -> str | None:
    """A first name or nickname: NFC, trimmed, one line, at most 40 characters; None when empty."""
    text = _clean(value, what=what, limit=NAME_MAX, multiline=False)
    # Names are shown on the desk, on registers and on the fire register: a direction control
    # could make one display as something else, so they are simply left out.
    text = " ".join("".join(ch for ch in text if ch not in BIDI_CONTROLS).split())
    visible = " ".join(strip_invisible(text).split())
    if text and not visible:
        raise InvalidInput(QT_TR_NOOP("Please use at least one letter in the name."))
    text = visible
    if not text:
        if required:
            raise InvalidInput(QT_TR_NOOP("Please give a first name or a nickname."))
        return None
    if not any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "So" for ch in text):
        raise InvalidInput(QT_TR_NOOP("Please use at least one letter in the name."))
    return text


def clean_comment(value: str | None) -> str | None:
    """A feedback comment: NFC, trimmed, line breaks kept, at most 1,000 characters."""
    text = _clean(value, what="comment", limit=COMMENT_MAX, multiline=True)
    return text or None


def clean_text(value: str | None, *, what: str, limit: int = SHORT_TEXT_MAX,
               required: bool = False, multiline: bool = False) -> str | None:
    """Any other short text a volunteer types (place, facilitator, notes, reasons)."""
    text = strip_invisible(_clean(value, what=what, limit=limit, multiline=multiline))
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
