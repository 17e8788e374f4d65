"""What the front desk shows about sync, in plain words: when it last worked, how many changes
wait to be sent, the last problem, and whether this kiosk's clock disagrees with the server."""

from dataclasses import dataclass
from datetime import datetime

from ..domain.desk import AlertInfo
from ..domain.wording import clock_time, local

#: A clock further than this from the central server's is flagged at the desk.
CLOCK_WARNING_SECONDS = 120.0
#: AlertInfo kinds for the desk's Today page
CLOCK_ALERT, OFFLINE_ALERT = "sync-clock", "sync-offline"


def clock_warning(offset: float | None) -> bool:
    return offset is not None and abs(offset) > CLOCK_WARNING_SECONDS


def clock_message(offset: float | None) -> str | None:
    """A warning about this kiosk's clock, or None while it is within two minutes."""
    if not clock_warning(offset):
        return None
    minutes = round(abs(offset) / 60)
    side = "behind" if offset > 0 else "ahead of"
    return (f"This kiosk's clock is about {minutes} minutes {side} the central server's. "
            "Please check its date and time settings.")


@dataclass(frozen=True)
class SyncResult:
    """One finished sync (the counts ``kiosk sync`` prints)."""

    pushed: int
    anonymous: int
    pulled: int
    conflicts: int
    rejected: int
    duplicates: int
    clock_offset_seconds: float
    pending: int

    @property
    def clock_warning(self) -> bool:
        return clock_warning(self.clock_offset_seconds)

    def as_dict(self) -> dict:
        return {"pushed": self.pushed, "anonymous": self.anonymous, "pulled": self.pulled,
                "conflicts": self.conflicts, "rejected": self.rejected,
                "duplicates": self.duplicates,
                "clock_offset_seconds": round(self.clock_offset_seconds, 3),
                "clock_warning": self.clock_warning, "pending": self.pending}

    def text(self) -> str:
        lines = [(f"Pushed {self.pushed} changes and {self.anonymous} anonymous answers, pulled "
                  f"{self.pulled} rows, {self.conflicts} conflicts; clock offset "
                  f"{self.clock_offset_seconds:+.1f} s.")]
        if self.rejected:
            lines.append(f"{self.rejected} changes were set aside by the central database for an "
                         "administrator to look at.")
        if self.pending:
            lines.append(f"{self.pending} changes are still waiting to be sent.")
        warning = clock_message(self.clock_offset_seconds)
        return "\n".join(lines + ([warning] if warning else []))


@dataclass(frozen=True)
class SyncStatus:
    """The desk's view of sync. ``online`` is None before the first attempt."""

    configured: bool
    syncing: bool
    online: bool | None
    last_success_at: datetime | None
    last_error: str | None
    pending_changes: int
    clock_offset_seconds: float | None

    @property
    def clock_warning(self) -> bool:
        return clock_warning(self.clock_offset_seconds)

    def summary(self, tz: str = "Europe/London") -> str:
        """One or two plain sentences for the desk."""
        if not self.configured:
            return "This kiosk does not sync with a central database."
        waiting = ("Nothing is waiting to be sent." if not self.pending_changes else
                   f"{self.pending_changes} changes are waiting to be sent.")
        when = "not yet"
        if self.last_success_at is not None:
            day = local(self.last_success_at, tz)
            when = f"at {clock_time(self.last_success_at, tz)} on {day.day} {day:%b}"
        parts = [f"Last synced {when}.", waiting]
        if self.online is False and self.last_error:
            parts.append(self.last_error)
        warning = clock_message(self.clock_offset_seconds)
        return " ".join(parts + ([warning] if warning else []))

    @classmethod
    def unconfigured(cls) -> "SyncStatus":
        """For a kiosk whose settings have no [central] section."""
        return cls(configured=False, syncing=False, online=None, last_success_at=None,
                   last_error=None, pending_changes=0, clock_offset_seconds=None)

    def alerts(self) -> list[AlertInfo]:
        """What the desk's Today page should flag: a wrong clock, and sync not working."""
        found = []
        warning = clock_message(self.clock_offset_seconds)
        if warning:
            found.append(AlertInfo(CLOCK_ALERT, warning))
        if self.configured and self.online is False and self.last_error:
            found.append(AlertInfo(OFFLINE_ALERT, f"Sync is not working: {self.last_error} "
                                                  f"{self.pending_changes} changes are waiting."))
        return found
