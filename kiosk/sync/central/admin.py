"""Central administration: bring the central schema up to date (the Alembic migrations, then the
central-only set-up), add hubs, and add devices with their own least-privilege database login.
The admin's address may hold a password: it is never printed or put in an error."""

import secrets
import uuid
from dataclasses import dataclass, field

from psycopg import sql
from sqlalchemy import Engine, func, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from ...db import migrate
from ...db.engine import make_engine
from ...db.models import Device, Hub, SyncDeviceLogin
from ...domain.enums import DeviceRole
from ...domain.errors import InvalidInput, NotFound
from ...domain.ids import uuid7
from ...domain.leaving import next_letter
from ...domain.text import clean_text
from ..errors import CentralRefused, CentralUnreachable
from . import guards, schema

ROLE_PREFIX = "kiosk_dev_"


@dataclass(frozen=True)
class HubRecord:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class DeviceLogin:
    """A new device's sign-in: shown once, then only its hash is kept by the server."""

    hub_id: uuid.UUID
    device_id: uuid.UUID
    name: str
    role_name: str
    password: str = field(repr=False)


def admin_engine(url: str) -> Engine:
    """A SQLAlchemy engine on the central database from a ``postgresql://`` address."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        raise InvalidInput("The central address must look like postgresql://user@host/dbname.") from None
    if parsed.get_backend_name() != "postgresql":
        raise InvalidInput("The central database must be PostgreSQL (postgresql://…).")
    return make_engine(parsed.set(drivername="postgresql+psycopg"))


class CentralAdmin:
    """The administrator's actions on the central database; each one is one transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "CentralAdmin":
        return cls(admin_engine(url))

    def close(self) -> None:
        self.engine.dispose()

    def upgrade(self) -> tuple[str | None, str | None]:
        """Migrate, then (re)apply the central-only set-up; returns (revision before, after)."""
        with _plain_errors():
            before = migrate.current_revision(self.engine)
            after = migrate.upgrade(self.engine).current
            with self.engine.begin() as conn:
                raw = conn.connection.dbapi_connection
                admin = raw.execute("SELECT current_user").fetchone()[0]
                dbname = raw.execute("SELECT current_database()").fetchone()[0]
                names = schema.public_tables(raw)
                logins = guards.existing_logins(raw)
                for statement in schema.central_statements(admin, dbname, names, logins):
                    raw.execute(statement)
            with self.engine.begin() as conn:
                _letter_devices(conn)
        return before, after

    def add_hub(self, name: str, timezone: str = "Europe/London") -> HubRecord:
        name = clean_text(name, what="hub name", limit=120, required=True)
        with _plain_errors(), self.engine.begin() as conn:
            now = conn.scalar(select(func.now()))
            hub_id = uuid7()
            conn.execute(Hub.__table__.insert().values(
                id=hub_id, name=name, timezone=timezone, crisis_contacts=[], created_at=now,
                updated_at=now))
        return HubRecord(hub_id, name)

    def hubs(self) -> list[HubRecord]:
        with _plain_errors(), self.engine.connect() as conn:
            rows = conn.execute(select(Hub.id, Hub.name).where(Hub.deleted_at.is_(None))
                                .order_by(Hub.name)).all()
        return [HubRecord(*row) for row in rows]

    def find_hub(self, text: str) -> HubRecord:
        """A hub by its id or its exact name (ignoring case)."""
        wanted = " ".join(text.split()).casefold()
        for hub in self.hubs():
            if str(hub.id) == wanted or hub.name.casefold() == wanted:
                return hub
        raise NotFound("There is no hub with that name or id in the central database.")

    def add_device(self, hub: HubRecord, name: str,
                   role: DeviceRole | str = DeviceRole.TOUCHSCREEN) -> DeviceLogin:
        """A device row and its own login: not a superuser, no BYPASSRLS, owns nothing, and a
        member of the device group whose row-level security limits it to ``hub``."""
        name = clean_text(name, what="device name", limit=120, required=True)
        try:
            role = DeviceRole(role)
        except ValueError:
            raise InvalidInput("A device is a 'touchscreen' or a 'desk'.") from None
        device_id = uuid7()
        login = DeviceLogin(hub.id, device_id, name, ROLE_PREFIX + device_id.hex,
                            secrets.token_urlsafe(24))
        with _plain_errors(), self.engine.begin() as conn:
            now = conn.scalar(select(func.now()))
            conn.execute(Device.__table__.insert().values(
                id=device_id, hub_id=hub.id, name=name, role=role.value, letter=_free_letter(conn, hub.id),
                created_at=now, updated_at=now))
            _create_login_role(conn.connection.dbapi_connection, login)
            conn.execute(SyncDeviceLogin.__table__.insert().values(
                role_name=login.role_name, device_id=device_id, hub_id=hub.id, created_at=now))
        return login


def _free_letter(conn, hub_id: uuid.UUID) -> str:
    """The next letter no device of the hub has, with the hub's row locked so that two devices
    added at once cannot both take it."""
    conn.execute(select(Hub.id).where(Hub.id == hub_id).with_for_update())
    taken = set(conn.scalars(select(Device.letter).where(Device.hub_id == hub_id, Device.letter.is_not(None))))
    return next_letter(taken)


def _letter_devices(conn) -> None:
    """Devices added before devices had letters get theirs, oldest first, hub by hub."""
    rows = conn.execute(select(Device.id, Device.hub_id).where(Device.letter.is_(None))
                        .order_by(Device.created_at, Device.id)).all()
    for device_id, hub_id in rows:
        conn.execute(Device.__table__.update().where(Device.id == device_id)
                     .values(letter=_free_letter(conn, hub_id), updated_at=func.now()))


def _create_login_role(raw, login: DeviceLogin) -> None:
    """CREATE ROLE with the password already hashed (SCRAM) here, so the plain password never
    travels to the server or into its logs."""
    verifier = raw.pgconn.encrypt_password(login.password.encode(), login.role_name.encode(),
                                           b"scram-sha-256").decode()
    raw.execute(sql.SQL(
        "CREATE ROLE {role} LOGIN PASSWORD {secret} NOSUPERUSER NOCREATEDB NOCREATEROLE "
        "NOREPLICATION NOBYPASSRLS INHERIT IN ROLE {group}"
    ).format(role=sql.Identifier(login.role_name), secret=sql.Literal(verifier),
             group=sql.Identifier(schema.DEVICE_GROUP)))
    for statement in guards.role_limits(login.role_name):
        raw.execute(statement)


class _plain_errors:
    """Turn driver failures into one plain sentence (never the address or the SQL)."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, _tb):
        if error is None or not isinstance(error, sa_exc.DBAPIError):
            return False
        text = str(getattr(error, "orig", "")).lower()
        if isinstance(error, sa_exc.OperationalError) and (
                "password" in text or "authentication" in text or "permission" in text):
            raise CentralRefused("The central database refused the administrator's sign-in.") from None
        if isinstance(error, sa_exc.OperationalError) and "connect" in text:
            raise CentralUnreachable("The central database could not be reached at that address.") from None
        if "permission denied" in text or "must be" in text:
            raise CentralRefused("The administrator's login is not allowed to do this on the central "
                                 "database (it must own the database).") from None
        if "does not exist" in text and "relation" in text:
            raise CentralRefused("The central database is not set up yet: run "
                                 "'kiosk central upgrade' first.") from None
        return False
