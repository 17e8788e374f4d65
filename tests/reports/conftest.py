"""Report fixtures: a year of one hub on SQLite (made once per run, read-only), and two hubs' years
on one PostgreSQL database standing for the central database."""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.services import Services, build_services
from tests.conftest import FakeClock

from .data import fill_year, new_hub

NOW = FakeClock().now.replace(year=2027, month=1, day=15)
QUARTER = (date(2026, 4, 1), date(2026, 6, 30))
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@dataclass
class Year:
    services: Services
    engine: Engine
    hub_id: uuid.UUID
    path: Path | None = None


@pytest.fixture(scope="session")
def year(tmp_path_factory) -> Iterator[Year]:
    """One hub's 2026 on a migrated SQLite file; tests only read it."""
    path = tmp_path_factory.mktemp("report-year") / "kiosk.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    services = build_services(engine, lambda: NOW)
    hub = services.hub.set_up("Riverside Test Hub", device_role="desk")
    fill_year(engine, hub.id)
    yield Year(services, engine, hub.id, path)
    engine.dispose()


@pytest.fixture(scope="session")
def central(postgres_server) -> Iterator[tuple[Year, uuid.UUID]]:
    """Two hubs' years on one PostgreSQL database: the first set up through the services, the
    second's rows written as central sync would hold them."""
    url = postgres_server.create_database()
    engine = make_engine(url)
    migrate.upgrade(engine)
    services = build_services(engine, lambda: NOW)
    hub = services.hub.set_up("Riverside Test Hub", device_role="desk")
    fill_year(engine, hub.id, seed=7)
    other = new_hub(engine, "Seaside Test Hub")
    fill_year(engine, other, seed=11)
    yield Year(services, engine, hub.id), other
    engine.dispose()
    postgres_server.drop_database(url)
