"""Map anything a command raised to an exit code and one plain sentence for the error stream."""

import sqlite3
import sys

from ..domain.errors import KioskError, NoHub
from .parser import UsageError

OK, FAILURE, INVALID_INPUT = 0, 1, 2

NO_HUB_MESSAGE = ("No hub is set up in this database yet: run 'kiosk demo' for a demo hub, "
                  "or set the hub up at the front desk.")


def classify(error: BaseException) -> tuple[int, str]:
    """(exit code, message). Only our own sentences and exception type names reach the error
    stream: never database parameters or exception texts, which could hold names or comments."""
    if isinstance(error, UsageError):
        return INVALID_INPUT, error.message
    if isinstance(error, NoHub):
        return FAILURE, NO_HUB_MESSAGE
    if isinstance(error, KioskError):
        return (INVALID_INPUT if error.invalid_input else FAILURE), error.message
    sa_exc = sys.modules.get("sqlalchemy.exc")  # loaded only if a command opened the database
    if sa_exc is not None and isinstance(error, sa_exc.DBAPIError):
        from ..services.unit_of_work import translate_db_error

        mapped = translate_db_error(error)
        if isinstance(mapped, KioskError):
            return FAILURE, mapped.message
        return FAILURE, database_failure(type(error.orig).__name__)
    if isinstance(error, sqlite3.Error):
        return FAILURE, database_failure(type(error).__name__)
    if isinstance(error, KeyboardInterrupt):
        return FAILURE, "stopped before finishing."
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return FAILURE, f"a file could not be used{where}: {error.strerror}."
    return FAILURE, f"unexpected error: {type(error).__name__}; run with --debug for details"


def database_failure(kind: str) -> str:
    return f"the database could not be used ({kind}); run with --debug for details"


def one_line(message: str) -> str:
    """Collapse a message onto one line."""
    return " ".join(message.split())
