"""What a command works with: the database path, the opened and migrated services, and output."""

import json
import sys
from pathlib import Path

from sqlalchemy import Engine

from ..db import migrate
from ..db.engine import make_engine, sqlite_url
from ..domain.records import Actor, HubInfo
from ..services import Services, build_services

#: Who desk-side changes made from the command line are audited as.
CLI_ACTOR = Actor.system("Command line")


class CliContext:
    """Opens the database lazily, once, and prints either text or one JSON document."""

    def __init__(self, db_path: Path, as_json: bool = False):
        self.db_path = db_path
        self.as_json = as_json
        self._engine: Engine | None = None
        self._services: Services | None = None
        self._hub: HubInfo | None = None

    def engine(self) -> Engine:
        """The SQLite engine; statement parameters are kept out of error messages (they hold names)."""
        if self._engine is None:
            self._engine = make_engine(sqlite_url(self.db_path))
        return self._engine

    def services(self) -> Services:
        """The services on the database, after bringing its schema up to date in-process."""
        if self._services is None:
            engine = self.engine()
            migrate.upgrade(engine)
            self._services = build_services(engine)
        return self._services

    def hub(self) -> HubInfo:
        """This database's hub (raises NoHub when there is none yet)."""
        if self._hub is None:
            self._hub = self.services().hub.current()
        return self._hub

    @property
    def tz(self) -> str:
        return self.hub().timezone

    def emit(self, document, text: str) -> None:
        """Print ``document`` as JSON with --json, else the readable ``text``."""
        if self.as_json:
            print(json.dumps(document, indent=2, ensure_ascii=True))
        else:
            print(text)
        sys.stdout.flush()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
