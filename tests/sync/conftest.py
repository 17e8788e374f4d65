"""Fixtures for the sync tests: the run's PostgreSQL server with password sign-in required for
device logins, a fresh central database per test, and a migrated kiosk file to copy."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.sync.central.schema import DEVICE_GROUP

from .helpers import Central
from .proxy import FaultProxy

#: Device logins must give their password over TCP (the test server trusts everyone else).
HBA_RULE = f"host all +{DEVICE_GROUP} 127.0.0.1/32 scram-sha-256\n"


@pytest.fixture(scope="session")
def sync_server(postgres_server):
    """The run's server, with the device group made and password sign-in required for it."""
    with psycopg.connect(host=postgres_server.host, port=postgres_server.port, user="postgres",
                         dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [DEVICE_GROUP]).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {DEVICE_GROUP} NOLOGIN")
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        text = hba.read_text()
        if HBA_RULE not in text:
            hba.write_text(HBA_RULE + text)
            shutil.chown(hba, "postgres", "postgres") if hba.stat().st_uid == 0 else None
        conn.execute("SELECT pg_reload_conf()")
    return postgres_server


@pytest.fixture(scope="session")
def kiosk_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kiosk-template") / "kiosk.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def central(sync_server, kiosk_template, tmp_path) -> Iterator[Central]:
    url = sync_server.create_database()
    found = Central(url=url, port=sync_server.port, dbname=url.rsplit("/", 1)[-1], tmp=tmp_path,
                    template=kiosk_template)
    yield found
    found.close()
    sync_server.drop_database(url)


@pytest.fixture
def proxy(central) -> Iterator[FaultProxy]:
    made = FaultProxy(central.port)
    yield made
    made.close()
