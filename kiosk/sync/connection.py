"""Open a connection to the central database for this kiosk, and turn driver failures into one
plain sentence (never the address with its password, never the SQL)."""

from pathlib import Path

import psycopg
from psycopg import errors as pg_errors

from ..central_config import CentralSettings
from .errors import CentralRefused, CentralUnreachable, SyncProblem

UNREACHABLE = ("The central database cannot be reached just now (the network or the server is "
               "down). Changes are kept on this kiosk and sent later.")
LOST = ("The connection to the central database was lost during the sync. Nothing is lost: "
        "the unfinished part is sent again next time.")


def connect(settings: CentralSettings) -> psycopg.Connection:
    """An autocommit connection (transactions are opened explicitly, one per batch). Nothing is
    kept on the server between transactions, so a pooler in transaction mode (PgBouncer) may hand
    each transaction another server connection: no statement is ever prepared on the server
    (psycopg would after five runs), no SET, and only transaction-level locks."""
    try:
        return psycopg.connect(**settings.connect_kwargs(), autocommit=True, prepare_threshold=None)
    except psycopg.Error as error:
        raise connect_failure(error, settings) from None


#: (words in libpq's message, what the kiosk says), the first match wins
TLS_FAILURES = (
    (("does not match host name",),
     "The central server's certificate is not for {host}, the server named in this kiosk's "
     "settings, so this kiosk did not connect. Check the host name, or tell the administrator."),
    (("root certificate file", "could not read root certificate"),
     "The certificate authority file {ca} (sslrootcert in this kiosk's settings) cannot be read, "
     "so this kiosk did not connect."),
    (("certificate verify failed",),
     "The central server's certificate is not signed by the certificate authority in {ca} "
     "(sslrootcert in this kiosk's settings), so this kiosk did not connect. Please tell the "
     "administrator."),
    (("does not support ssl",),
     "The central server does not offer an encrypted connection, so this kiosk did not connect. "
     "Please tell the administrator."),
    (("certificate", "ssl", "tls"),
     "The central server's certificate could not be checked, so this kiosk did not connect. "
     "Please tell the administrator."),
)


def tls_failure(text: str, settings: CentralSettings | None) -> SyncProblem | None:
    """What went wrong with the encrypted connection, said for the person reading the settings."""
    host = settings.host if settings else "the host"
    ca = Path(settings.sslrootcert).name if settings and settings.sslrootcert else "the CA file"
    for words, message in TLS_FAILURES:
        if any(word in text for word in words):
            return CentralRefused(message.format(host=host, ca=ca))
    return None


def connect_failure(error: psycopg.Error, settings: CentralSettings | None = None) -> SyncProblem:
    text = str(error).lower()
    if (refused := tls_failure(text, settings)) is not None:
        return refused
    if "password" in text or "authentication" in text or "pg_hba" in text or (
            "role" in text and "does not exist" in text):
        return CentralRefused("The central database refused this kiosk's sign-in: check the user "
                              "and password in its settings.")
    if "database" in text and "does not exist" in text:
        return CentralRefused("The central database named in this kiosk's settings does not exist.")
    return CentralUnreachable(UNREACHABLE)


def sync_failure(error: psycopg.Error) -> SyncProblem:
    """A failure after connecting: the link dropped, or the central database said no."""
    if isinstance(error, pg_errors.InsufficientPrivilege):
        return CentralRefused("The central database did not allow this kiosk's change (it belongs "
                              "to another hub, or the kiosk's login lacks a right).")
    if isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        return CentralUnreachable(LOST)
    return SyncProblem(f"The central database could not finish the sync ({type(error).__name__}); "
                       "it will be tried again.")
