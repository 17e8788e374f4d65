"""Where the kiosk keeps its data: the database path from --db, KIOSK_DB or the platform folder."""

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "recovery-hub-kiosk"
DB_FILE_NAME = "kiosk.sqlite"
DB_ENV = "KIOSK_DB"


def default_db_path() -> Path:
    """The SQLite file in this user's data folder for the app (per platform conventions)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """The database to use: the --db value, else the KIOSK_DB environment variable, else the default."""
    for value in (cli_value, os.environ.get(DB_ENV)):
        if value is not None and str(value).strip():
            return Path(str(value).strip()).expanduser()
    return default_db_path()
