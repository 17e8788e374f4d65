"""What a command works with: the database path, the opened and migrated services, and output.

SQLAlchemy and the services are imported only when a command opens the database, so that
``kiosk run`` reaches its first painted window without loading them first."""

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import SETTINGS_FILE_NAME, Settings
from ..domain.errors import DatabaseProblem
from ..domain.records import Actor, HubInfo

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ..services import Services

#: Who desk-side changes made from the command line are audited as.
CLI_ACTOR = Actor.system("Command line")


class CliContext:
    """Opens the database lazily, once, and prints either text or one JSON document."""

    def __init__(self, db_path: Path, as_json: bool = False, settings: Settings | None = None):
        self.db_path = db_path
        self.as_json = as_json
        self.settings = settings or Settings(path=Path(SETTINGS_FILE_NAME))
        self._engine = None
        self._services = None
        self._hub: HubInfo | None = None
        self._closers: list = []

    def engine(self, check_health: bool = True) -> "Engine":
        """The SQLite engine, after a quick check that the file is not damaged."""
        if self._engine is None:
            from ..db import backup
            from ..db.engine import make_engine, sqlite_url

            if check_health and not backup.is_healthy(self.db_path):
                raise DatabaseProblem(
                    "The database is damaged. Start the kiosk to repair it from the newest backup, "
                    "or run 'kiosk db restore FILE'.")
            self._engine = make_engine(sqlite_url(self.db_path))
        return self._engine

    def services(self) -> "Services":
        """The services on the database, after bringing its schema up to date in-process."""
        if self._services is None:
            from ..db import migrate
            from ..services import build_services

            engine = self.engine()
            migrate.upgrade(engine)
            self._services = build_services(engine, backups=self.settings.backups_for(self.db_path))
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

    def on_close(self, fn) -> None:
        """Call ``fn`` when the command is done (another database the command opened)."""
        self._closers.append(fn)

    def close(self) -> None:
        while self._closers:
            self._closers.pop()()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
