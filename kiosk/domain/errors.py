"""Domain errors: each carries one plain sentence that is safe to show a visitor or volunteer.

A sentence with numbers or names in it is given as a template and its values, so the visitor
screens can show it in the visitor's language (templates a visitor can meet are marked with
QT_TR_NOOP where they are raised)."""


class KioskError(Exception):
    """Base of every error the kiosk expects; its message is written for people, not programmers."""

    #: True when the error comes from what someone typed or chose (the CLI exits 2).
    invalid_input = False

    def __init__(self, message: str, **values):
        text = message.format(**values) if values else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.values = values


class InvalidInput(KioskError):
    """Something typed or chosen cannot be accepted as it is."""

    invalid_input = True


class NotFound(KioskError):
    """The thing asked for does not exist (or is not visible to this hub)."""

    invalid_input = True


class BookingClosed(InvalidInput):
    """The session can no longer be booked or changed: started, finished or cancelled."""


class CapacityTooLow(InvalidInput):
    """A capacity edit would drop below the places already confirmed."""


class AlreadyDone(InvalidInput):
    """The change has already been made (cancelling a cancelled booking, and so on)."""


class NotAllowed(KioskError):
    """The signed-in person's role does not allow this."""

    invalid_input = True


class WrongPin(KioskError):
    """The PIN did not match."""

    invalid_input = True


class TooSoon(KioskError):
    """A sign-in was tried before the growing delay after wrong PINs had passed."""

    invalid_input = True

    def __init__(self, message: str, wait_seconds: int, **values):
        super().__init__(message, **values)
        self.wait_seconds = wait_seconds


class AccountLocked(KioskError):
    """Too many wrong PINs: the account is locked for a while."""

    invalid_input = True


class NoHub(KioskError):
    """The database has no hub yet."""


class DatabaseProblem(KioskError):
    """The database cannot be used as it is (damaged, full, from a newer version)."""


class StorageFull(DatabaseProblem):
    """The disk is full: nothing was saved."""


class SettingsProblem(InvalidInput):
    """The settings file (or its ``[central]`` section) cannot be used as written."""
