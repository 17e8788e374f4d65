"""Every visitor page by the name the window navigates with."""

from ..theme import Theme
from .book import BookedPage, BookPage
from .check_in import CheckedInPage, CheckInPage, CheckOutPage
from .feedback import FeedbackPage, ThanksPage
from .help_now import HelpPage
from .my_booking import MyBookingPage
from .polls import PollsPage
from .session_detail import SessionPage
from .welcome import WelcomePage
from .whats_on import WhatsOnPage


def build_visitor_pages(services, theme: Theme, print_slip=None, note_for=None) -> dict:
    return {
        "welcome": WelcomePage(services, theme),
        "check_in": CheckInPage(services, theme),
        "checked_in": CheckedInPage(services, theme),
        "check_out": CheckOutPage(services, theme),
        "whats_on": WhatsOnPage(services, theme),
        "session": SessionPage(services, theme),
        "book": BookPage(services, theme),
        "booked": BookedPage(services, theme, print_slip, note_for),
        "my_booking": MyBookingPage(services, theme, note_for),
        "feedback": FeedbackPage(services, theme),
        "thanks": ThanksPage(services, theme),
        "polls": PollsPage(services, theme),
        "help": HelpPage(services, theme),
    }
