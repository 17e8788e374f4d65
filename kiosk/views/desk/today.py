"""Today: the day's sessions with booked, capacity, waiting and attended numbers, and the alerts
that need a person. Alerts come from a list of sources, so sync can add its own."""

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...domain.desk import AlertInfo, SessionTally
from ...domain.errors import KioskError
from ...domain.wording import day_name, places_text, time_range
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.slot_card import SlotCard
from ..widgets.layouts import clear_layout
from .base import DeskPage

log = logging.getLogger(__name__)
REFRESH_MS = 60_000


def numbers_text(tally: SessionTally) -> str:
    """"8 of 12 places booked · 2 waiting · 5 came · 1 did not come"."""
    session = tally.session
    if session.is_cancelled:
        return places_text(session, tr)
    parts = [tr("{booked} of {capacity} places booked").format(booked=session.confirmed,
                                                             capacity=session.capacity),
             tr("{count} waiting").format(count=session.waitlisted),
             tr("{count} came").format(count=tally.attended),
             tr("{count} did not come").format(count=tally.no_show)]
    text = "  ·  ".join(parts)
    return text + ("  ·  " + tr("OVER CAPACITY") if tally.over_capacity else "")


class TodayPage(DeskPage):
    page_name = "today"
    title_text = "Today"
    nav_text = "Today"
    icon_name = "house"

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("Needs a person"), "heading"))
        self.alert_rows = QVBoxLayout()
        self.alert_rows.setSpacing(12)
        self.body.addLayout(self.alert_rows)
        self.sync_line = self.label(role="muted")
        self.sync_line.setAccessibleName(tr("Central sync"))
        self.body.addWidget(self.sync_line)
        self.body.addWidget(self.label(tr("Sessions today"), "heading"))
        self.body.addWidget(self.label(tr("Open a session to see its bookings and take attendance."), "muted"))
        self.session_rows = QVBoxLayout()
        self.session_rows.setSpacing(12)
        self.body.addLayout(self.session_rows)
        self.body.addStretch(1)
        self.refresh_button = action_button(tr("Refresh"), "secondary", "calendar-check")
        self.refresh_button.setToolTip(tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.actions.addStretch(1)
        self.actions.addWidget(self.refresh_button)
        self.alerts: list[AlertInfo] = []
        self.rows: dict = {}
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self._on_timer)

    def refresh(self) -> None:
        tz = self.timezone()
        today = self._services.hub.today()
        self.title.setText(day_name(today, today, tr))
        self.alerts = self._gather_alerts()
        self._render_alerts()
        summary = self.context.sync_summary
        self.sync_line.setText(tr("Central sync: {status}").format(status=summary()) if summary else "")
        self.sync_line.setVisible(summary is not None)
        self._render_sessions(self._services.today.board(), tz)
        self._timer.start()

    def _gather_alerts(self) -> list[AlertInfo]:
        found = []
        for source in self.context.alert_sources:
            try:
                found += list(source())
            except KioskError as error:
                found.append(AlertInfo("problem", error.message))
            except Exception:  # one broken source must not hide the others
                log.exception("an alert source failed")
                found.append(AlertInfo("problem", tr("Some alerts could not be checked just now.")))
        return found

    def _render_alerts(self) -> None:
        clear_layout(self.alert_rows)
        if not self.alerts:
            self.alert_rows.addWidget(self.label(tr("Nothing needs you right now."), "muted"))
        for alert in self.alerts:
            row = QHBoxLayout()
            row.addWidget(self.label(f"⚠  {alert.message}", "alert"), 1)
            if alert.session_id is not None:
                button = action_button(tr("Open"), "secondary")
                button.setAccessibleName(tr("Open: {alert}").format(alert=alert.message))
                button.clicked.connect(lambda _=False, sid=alert.session_id: self.go("session", sid))
                row.addWidget(button)
            self.alert_rows.addLayout(row)

    def _render_sessions(self, board: list[SessionTally], tz: str) -> None:
        clear_layout(self.session_rows)
        self.rows = {}
        if not board:
            self.session_rows.addWidget(self.label(tr("There are no sessions today."), "muted"))
        for tally in board:
            session = tally.session
            text = (f"{time_range(session, tz, tr)}   {session.activity.name}"
                    f"   ·   {session.place or tr('Place to be confirmed')}\n{numbers_text(tally)}")
            card = SlotCard(text, text.replace("\n", ". "), self._theme.chip_colours(session.activity.colour)[0])
            card.activated.connect(lambda sid=session.id: self.go("session", sid))
            self.session_rows.addWidget(card)
            self.rows[session.id] = card

    def _on_timer(self) -> None:
        if self.isVisible() and self.actor is not None:
            self.refresh()
        else:
            self._timer.stop()

    def reset(self) -> None:
        super().reset()
        self._timer.stop()
        clear_layout(self.alert_rows)
        clear_layout(self.session_rows)
        self.alerts, self.rows = [], {}
