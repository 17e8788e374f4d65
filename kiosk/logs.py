"""Logging: a rotating file in the platform log folder. Only what happened is logged, never who:
no visitor name, comment, PIN or password is ever passed to a logger, and SQL parameters are
hidden by the engine. SQLAlchemy's own loggers stay at WARNING, even when debugging."""

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def set_up_logging(folder: Path, level: str = "INFO", console_level: int = logging.WARNING) -> Path | None:
    """Log to ``folder``/kiosk.log (rotating, 5 × 1 MB) and warnings to the console; returns the
    file, or None when the folder cannot be written (the console still gets the warnings)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "kiosk_handler", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG)
    console = logging.StreamHandler()
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("kiosk: %(levelname)s: %(name)s: %(message)s"))
    _own(console)
    path = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
        handler.setLevel(getattr(logging, level, logging.INFO))
        handler.setFormatter(logging.Formatter(FORMAT))
        _own(handler)
    except OSError:
        path = None
    for noisy in ("sqlalchemy", "alembic", "asyncio", "psycopg"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def _own(handler: logging.Handler) -> None:
    handler.kiosk_handler = True
    logging.getLogger().addHandler(handler)
