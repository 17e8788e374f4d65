"""Errors of central sync, each one plain sentence safe to show at the front desk or print."""

from ..domain.errors import KioskError, SettingsProblem  # noqa: F401  (raised by sync too)


class SyncProblem(KioskError):
    """Central sync could not finish this time; the kiosk keeps working and tries again."""


class CentralUnreachable(SyncProblem):
    """The central database could not be reached (network down, server stopped, timed out)."""


class CentralRefused(SyncProblem):
    """The central database answered but refused this kiosk (wrong password, no access)."""


class NotLinked(SyncProblem):
    """This kiosk's database and its central login belong to different hubs or devices."""


class SyncBusy(SyncProblem):
    """Another sync of the same kiosk database is running (the app's worker or ``kiosk sync``)."""
