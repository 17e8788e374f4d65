"""Services: the application's use cases, one transaction per call, no Qt."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ..db.engine import database_path
from ..db.files import KioskFiles
from ..domain.timeutil import utcnow
from .accounts import AccountService
from .activities import ActivityService
from .attendance import AttendanceService
from .audit import AuditService
from .booking import BookingService
from .decisions import BookingDecisions
from .feedback import FeedbackService
from .hub import HubService
from .maintenance import MaintenanceService
from .polls import PollService
from .privacy import PrivacyService
from .reports import ReportService
from .responses import ResponseService
from .schedule import ScheduleService
from .settings import SettingsService
from .today import TodayService
from .unit_of_work import Clock, UnitOfWork
from .visits import VisitService


@dataclass(frozen=True)
class Services:
    uow: UnitOfWork
    hub: HubService
    activities: ActivityService
    schedule: ScheduleService
    booking: BookingService
    visits: VisitService
    feedback: FeedbackService
    accounts: AccountService
    audit: AuditService
    polls: PollService
    responses: ResponseService
    attendance: AttendanceService
    today: TodayService
    settings: SettingsService
    maintenance: MaintenanceService
    privacy: PrivacyService
    reports: ReportService
    decisions: BookingDecisions


def build_services(engine: Engine, clock: Clock = utcnow, backups: Path | None = None) -> Services:
    """Every service on ``engine``. On a SQLite file, privacy reaches the files kept beside it
    (``backups``: the backups folder, when the settings move it away from its default)."""
    uow = UnitOfWork(engine, clock)
    db_path = database_path(engine)
    files = KioskFiles.beside(db_path, backups) if db_path else None
    return Services(
        uow=uow, hub=HubService(uow), activities=ActivityService(uow), schedule=ScheduleService(uow),
        booking=BookingService(uow), visits=VisitService(uow), feedback=FeedbackService(uow),
        accounts=AccountService(uow), audit=AuditService(uow), polls=PollService(uow),
        responses=ResponseService(uow), attendance=AttendanceService(uow), today=TodayService(uow),
        settings=SettingsService(uow), maintenance=MaintenanceService(uow),
        privacy=PrivacyService(uow, files), reports=ReportService(uow), decisions=BookingDecisions(uow),
    )
