"""Every visitor page, each by the name it declares and the window navigates with."""

from ..theme import Theme
from .book import BookedPage, BookPage
from .check_in import CheckedInPage, CheckInPage, CheckOutPage
from .feedback import GiveFeedbackPage, ThanksPage
from .help_now import HelpPage
from .my_booking import MyBookingPage
from .polls import HaveYourSayPage
from .session_detail import SessionDetailPage
from .welcome import WelcomePage
from .whats_on import WhatsOnPage

PAGES = (WelcomePage, CheckInPage, CheckedInPage, CheckOutPage, WhatsOnPage, SessionDetailPage, BookPage,
         BookedPage, MyBookingPage, GiveFeedbackPage, ThanksPage, HaveYourSayPage, HelpPage)


def build_visitor_pages(services, theme: Theme, print_slip=None) -> dict:
    extras = {BookedPage: (print_slip,)}
    return {page.page_name: page(services, theme, *extras.get(page, ())) for page in PAGES}
