"""Child process for the crash test: books places in a loop, printing each reference only after
its booking has committed. Usage: booking_child.py DB_PATH RUN_NUMBER SESSION_ID..."""

import sys
import uuid

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.services import build_services


def main(path: str, run: str, session_ids: list[uuid.UUID]) -> None:
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)  # as the app does at every start
    services = build_services(engine)
    number = 0
    while True:
        for session_id in session_ids:
            name, party = f"Run {run} visitor {number}", 1 + number % 3
            booking = services.booking.book(session_id, name, party)
            # book() has returned, so the booking is committed: only now may it be reported.
            sys.stdout.write(booking.reference + "\n")
            sys.stdout.flush()
            number += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [uuid.UUID(arg) for arg in sys.argv[3:]])
