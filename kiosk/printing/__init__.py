"""Printed documents (timetable poster, large print, slips, registers) and printing them.

Builders take frozen domain records and return PDF bytes (reportlab only). ``documents`` fetches
the data from the services; ``printer`` is the one module that uses Qt, to print through the
operating system. Import ``printer`` only where Qt is wanted.
"""

__all__ = ["fire_register_pdf", "help_pdf", "register_pdf", "slip_pdf", "timetable_pdf"]


def __getattr__(name: str):
    """Load the documents (and reportlab) only when one is asked for, so that asking the print
    system about printers at start-up stays quick."""
    if name in __all__:
        from . import documents

        return getattr(documents, name)
    raise AttributeError(name)
