"""Every desk page by the name the desk navigates with, in the side navigation's order."""

from .activities import ActivitiesPage
from .answers import AnswersPage
from .audit import AuditPage
from .base import DeskContext
from .feedback import FeedbackPage
from .polls import PollsPage
from .print_timetable import PrintTimetablePage
from .reports import ReportsPage
from .session import SessionPage
from .session_form import SessionFormPage
from .settings import SettingsPage
from .staff import StaffPage
from .timetable import TimetablePage
from .today import TodayPage
from .whos_in import WhosInPage

PAGES = {
    "today": TodayPage, "timetable": TimetablePage, "print_timetable": PrintTimetablePage, "whos_in": WhosInPage, "feedback": FeedbackPage,
    "answers": AnswersPage, "polls": PollsPage, "activities": ActivitiesPage, "staff": StaffPage,
    "settings": SettingsPage, "audit": AuditPage, "reports": ReportsPage,
    # reached from other pages, not from the side navigation
    "session": SessionPage, "session_form": SessionFormPage,
}


def build_desk_pages(services, theme, context: DeskContext) -> dict:
    return {name: page(services, theme, context) for name, page in PAGES.items()}
