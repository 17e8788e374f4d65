"""What the sync tests share: kiosks on their own SQLite files joined to a hub of a fresh central
database, a clock each kiosk can skew, and a digest of every synced table for comparing copies."""

import hashlib
import json
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import Engine, select

from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.records import Actor
from kiosk.services import Services, build_services
from kiosk.sync import tables
from kiosk.sync.central.admin import CentralAdmin, DeviceLogin, HubRecord
from kiosk.sync.engine import SyncEngine
from kiosk.sync.local import LocalStore
from kiosk.central_config import central_settings
from kiosk.sync.status import SyncResult

ADMIN = Actor.system("Sync test")


class Clock:
    """A device clock: real time plus a fixed skew, or frozen at a moment the test moves."""

    def __init__(self, skew: timedelta = timedelta(0), frozen: datetime | None = None):
        self.skew, self.frozen = skew, frozen

    def __call__(self) -> datetime:
        return (self.frozen or datetime.now(UTC)) + self.skew


@dataclass
class Kiosk:
    name: str
    login: DeviceLogin
    db: Engine
    services: Services
    engine: SyncEngine
    clock: Clock
    path: Path

    def sync(self) -> SyncResult:
        return self.engine.run_once()

    @property
    def store(self) -> LocalStore:
        return self.engine.store

    def outbox(self) -> int:
        with self.db.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()

    def digest(self, hub_id: uuid.UUID) -> dict[str, str]:
        return digest(self.db, hub_id)


@dataclass
class Central:
    """A fresh central database, set up by ``kiosk central upgrade``'s code."""

    url: str
    port: int
    dbname: str
    tmp: Path
    template: Path
    admin: CentralAdmin = field(init=False)
    kiosks: list[Kiosk] = field(default_factory=list)

    def __post_init__(self):
        self.admin = CentralAdmin.from_url(self.url)
        self.admin.upgrade()

    def hub(self, name: str = "Riverside") -> HubRecord:
        return self.admin.add_hub(name)

    def settings(self, login: DeviceLogin, port: int | None = None, **extra):
        return central_settings({"host": "127.0.0.1", "port": port or self.port, "dbname": self.dbname,
                                 "user": login.role_name, "password": login.password,
                                 "connect_timeout": 5, **extra})

    def kiosk(self, hub: HubRecord, name: str, role: str = "touchscreen", port: int | None = None,
              clock: Clock | None = None, crowd: int = 1, **settings) -> Kiosk:
        """A new kiosk database joined to ``hub`` (its first sync pulls the hub's data)."""
        login = self.admin.add_device(hub, name, role)
        path = self.tmp / f"{name.replace(' ', '-')}.sqlite"
        shutil.copyfile(self.template, path)
        db = make_engine(sqlite_url(path))
        clock = clock or Clock()
        engine = SyncEngine(db, self.settings(login, port, **settings), clock=clock, anonymous_crowd=crowd)
        kiosk = Kiosk(name, login, db, build_services(db, clock), engine, clock, path)
        self.kiosks.append(kiosk)
        return kiosk

    def connect(self, login: DeviceLogin | None = None, password: str | None = None) -> psycopg.Connection:
        """psycopg as the administrator, or as a device (with its own or another password)."""
        if login is None:
            return psycopg.connect(host="127.0.0.1", port=self.port, dbname=self.dbname,
                                   user="postgres", autocommit=True)
        return psycopg.connect(host="127.0.0.1", port=self.port, dbname=self.dbname, user=login.role_name,
                               password=password or login.password, autocommit=True)

    def scalar(self, query: str, *params):
        with self.connect() as conn:
            return conn.execute(query, params).fetchone()[0]

    def digest(self, hub_id: uuid.UUID) -> dict[str, str]:
        return digest(self.admin.engine, hub_id)

    def close(self) -> None:
        for kiosk in self.kiosks:
            kiosk.db.dispose()
        self.admin.close()


def _plain(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, (date, time, uuid.UUID)):
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    return value


def digest(engine: Engine, hub_id: uuid.UUID) -> dict[str, str]:
    """table → SHA-256 of its rows of ``hub_id`` (every column, in id order)."""
    found = {}
    with engine.connect() as conn:
        for table in tables.TABLES:
            stmt = select(table).order_by(table.c.id)
            column = tables.hub_column(table)
            if column is not None:
                stmt = stmt.where(table.c[column] == hub_id)
            else:
                parent = tables.BY_NAME["poll"]
                stmt = stmt.where(table.c.poll_id.in_(select(parent.c.id).where(parent.c.hub_id == hub_id)))
            rows = [{k: _plain(v) for k, v in row._mapping.items()} for row in conn.execute(stmt)]
            text = json.dumps(rows, sort_keys=True, default=str)
            found[table.name] = f"{len(rows)}:{hashlib.sha256(text.encode()).hexdigest()[:16]}"
    return found


def upcoming(clock: Clock, hours: float = 24) -> datetime:
    return (clock() + timedelta(hours=hours)).replace(microsecond=0)
