"""Printed documents (timetable poster, large print, slips, registers) and printing them.

Builders take frozen domain records and return PDF bytes (reportlab only). ``documents`` fetches
the data from the services; ``printer`` is the one module that uses Qt, to print through the
operating system. Import ``printer`` only where Qt is wanted.
"""

from .documents import fire_register_pdf, help_pdf, register_pdf, slip_pdf, timetable_pdf

__all__ = ["fire_register_pdf", "help_pdf", "register_pdf", "slip_pdf", "timetable_pdf"]
