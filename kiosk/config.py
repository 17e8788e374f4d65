"""The kiosk's settings: one TOML file in the platform config folder (or KIOSK_SETTINGS), checked
whole before anything starts, plus the database path from --db, KIOSK_DB or the settings.

Every key, with its default::

    [kiosk]
    database = ""          # the SQLite file; default: the platform data folder
    mode = "touchscreen"   # or "desk": what `kiosk run` opens
    language = ""          # e.g. "pl"; default: the system language
    windowed = false       # true only for development: visitor mode is full screen

    [backup]
    folder = ""            # default: a "backups" folder beside the database
    keep = 14              # daily copies kept (1 to 365)

    [logging]
    folder = ""            # default: the platform log folder
    level = "INFO"         # DEBUG, INFO, WARNING or ERROR

    [central]              # optional: see kiosk/central_config.py
"""

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

from .central_config import CentralSettings, central_settings
from .domain.errors import SettingsProblem

APP_NAME = "recovery-hub-kiosk"
DB_FILE_NAME = "kiosk.sqlite"
DB_ENV = "KIOSK_DB"
SETTINGS_ENV = "KIOSK_SETTINGS"
SETTINGS_FILE_NAME = "settings.toml"

SCHEMA = {
    "kiosk": {"database": str, "mode": str, "language": str, "windowed": bool},
    "backup": {"folder": str, "keep": int},
    "logging": {"folder": str, "level": str},
}
CHOICES = {("kiosk", "mode"): ("touchscreen", "desk"),
           ("logging", "level"): ("DEBUG", "INFO", "WARNING", "ERROR")}


@dataclass(frozen=True)
class Settings:
    path: Path
    database: Path | None = None
    mode: str = "touchscreen"
    language: str | None = None
    windowed: bool = False
    backup_folder: Path | None = None
    backup_keep: int = 14
    log_folder: Path = Path(user_log_dir(APP_NAME, appauthor=False))
    log_level: str = "INFO"
    #: the checked [central] section, kept from the one reading of the file; None: no sync
    central: CentralSettings | None = None

    @property
    def has_central(self) -> bool:
        return self.central is not None

    def backups_for(self, db_path: Path) -> Path:
        return self.backup_folder or db_path.parent / "backups"


def default_db_path() -> Path:
    """The SQLite file in this user's data folder for the app (per platform conventions)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def settings_path(cli_value: str | os.PathLike | None = None) -> Path:
    """The settings file: the --settings value, else KIOSK_SETTINGS, else the platform folder."""
    for value in (cli_value, os.environ.get(SETTINGS_ENV)):
        if value is not None and str(value).strip():
            return Path(str(value).strip()).expanduser()
    return Path(user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike | None = None, settings: Settings | None = None) -> Path:
    """The database to use: --db, else KIOSK_DB, else the settings file, else the default."""
    for value in (cli_value, os.environ.get(DB_ENV)):
        if value is not None and str(value).strip():
            return Path(str(value).strip()).expanduser()
    if settings is not None and settings.database is not None:
        return settings.database
    return default_db_path()


def load_settings(path: Path) -> Settings:
    """Read and check the whole file; a missing file means every default."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(path=path)
    except (OSError, UnicodeDecodeError):
        raise SettingsProblem(f"The settings file {path.name} could not be read.") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsProblem(f"The settings file {path.name} is not valid TOML ({error}).") from None
    values = _checked(document)
    central = None
    if "central" in document:
        if not isinstance(document["central"], dict):
            raise SettingsProblem("[central] must be a section of keys.")
        central = central_settings(document["central"], path.parent)  # checks the url, TLS and password file
    return _settings(path, values, central)


def _checked(document: dict) -> dict[tuple[str, str], object]:
    values = {}
    for section, table in document.items():
        if section == "central":
            continue
        if section not in SCHEMA:
            raise SettingsProblem(f"Unknown section [{section}] in the settings file "
                                  f"(known: {', '.join(f'[{s}]' for s in [*SCHEMA, 'central'])}).")
        if not isinstance(table, dict):
            raise SettingsProblem(f"[{section}] must be a section of keys.")
        for key, value in table.items():
            expected = SCHEMA[section].get(key)
            if expected is None:
                raise SettingsProblem(f"Unknown key '{key}' in [{section}] "
                                      f"(known: {', '.join(SCHEMA[section])}).")
            if type(value) is not expected:
                raise SettingsProblem(f"[{section}] {key} must be {_type_words(expected)}, "
                                      f"not {_type_words(type(value))}.")
            allowed = CHOICES.get((section, key))
            if allowed and value not in allowed:
                raise SettingsProblem(f"[{section}] {key} must be one of: {', '.join(allowed)}.")
            values[(section, key)] = value
    keep = values.get(("backup", "keep"), 14)
    if not 1 <= keep <= 365:
        raise SettingsProblem("[backup] keep must be from 1 to 365.")
    return values


def _settings(path: Path, values: dict, central: CentralSettings | None) -> Settings:
    def folder(section: str, key: str) -> Path | None:
        text = values.get((section, key), "")
        return (path.parent / Path(text).expanduser()) if text else None

    defaults = Settings(path=path)
    return Settings(
        path=path, database=folder("kiosk", "database"), mode=values.get(("kiosk", "mode"), "touchscreen"),
        language=values.get(("kiosk", "language")) or None, windowed=values.get(("kiosk", "windowed"), False),
        backup_folder=folder("backup", "folder"), backup_keep=values.get(("backup", "keep"), 14),
        log_folder=folder("logging", "folder") or defaults.log_folder,
        log_level=values.get(("logging", "level"), "INFO"), central=central,
    )


def _type_words(kind: type) -> str:
    return {str: "text in quotes", int: "a whole number", bool: "true or false", float: "a number",
            list: "a list", dict: "a section"}.get(kind, kind.__name__)
