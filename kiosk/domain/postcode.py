"""Postcode districts: keep only the outward code (CM1, SS14), never a full postcode."""

import re

from .errors import InvalidInput
from .translatable import QT_TR_NOOP

_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
_FULL = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$")
#: "CM1 1": a whole district, a space, then the start of the inward code; joined up it would
#: read as CM11, another real district. ("CM 1" joins safely: no digit before its space.)
_SPACE_THEN_DIGIT = re.compile(r"[0-9][0-9A-Z]*\s+[^0-9A-Z]*[0-9]")


def normalise_district(value: str | None) -> str | None:
    """Return the outward code in capitals, None when blank; refuse a full postcode kindly."""
    text = "".join(ch for ch in (value or "") if ch.isalnum()).upper()  # "cm1-1aa" → "CM11AA"
    if not text:
        return None
    if _FULL.match(text):
        raise InvalidInput(QT_TR_NOOP("Please give only the first part of your postcode, like CM1. "
                                      "We never keep a full postcode."))
    if _SPACE_THEN_DIGIT.search((value or "").upper()):
        raise InvalidInput(QT_TR_NOOP("Please give only the first part of your postcode, like CM1 or SS14, "
                                      "without the part after the space."))
    if not _OUTWARD.match(text):
        raise InvalidInput(QT_TR_NOOP("That does not look like the first part of a postcode, like CM1 or SS14."))
    return text
