"""The ``kiosk`` commands, one module per area; each module's ``register`` adds its parsers."""

from . import (
    app, bookings, database, feedback, printing, privacy, reports, sessions, settings, staff, visits,
)

#: In the order ``kiosk --help`` lists them.
COMMAND_MODULES = (app, database, sessions, bookings, visits, feedback, staff, printing, reports, privacy,
                   settings)
