"""Marking words for translation below the screens: ``QT_TR_NOOP`` marks a string for the
catalogues (tools/translations.py finds it) and returns it unchanged; a ``Translate`` function,
given by the caller, turns it into the visitor's language."""

from collections.abc import Callable

Translate = Callable[[str], str]


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name Qt's own tools look for)
    """Mark ``text`` for translation; return it unchanged."""
    return text
