"""Every desk page, each by the name it declares and the desk navigates with, in the side
navigation's order."""

from .activities import ActivitiesPage
from .answers import AnswersPage
from .audit import AuditPage
from .base import DeskContext
from .feedback import FeedbackPage
from .polls import PollsPage
from .print_timetable import PrintTimetablePage
from .privacy import PrivacyPage
from .reports import ReportsPage
from .session import SessionPage
from .session_form import SessionFormPage
from .settings import SettingsPage
from .staff import StaffPage
from .timetable import TimetablePage
from .today import TodayPage
from .whos_in import WhosInPage

PAGES = (
    TodayPage, TimetablePage, PrintTimetablePage, WhosInPage, FeedbackPage, AnswersPage, PollsPage,
    ActivitiesPage, StaffPage, SettingsPage, AuditPage, ReportsPage, PrivacyPage,
    # reached from other pages, not from the side navigation
    SessionPage, SessionFormPage,
)


def build_desk_pages(services, theme, context: DeskContext) -> dict:
    return {page.page_name: page(services, theme, context) for page in PAGES}
