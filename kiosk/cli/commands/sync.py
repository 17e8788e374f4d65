"""``kiosk sync``: send this kiosk's changes to the central database and fetch its hub's, once
(``--once``) or every 30 seconds until stopped, backing off while the server cannot be reached.
Where the central database is comes from the ``[central]`` section of the settings file."""

import json
import sys
import time

from ...sync.errors import SyncProblem
from ...central_config import load_central_settings
from ..context import CliContext

#: How long ``kiosk sync --once`` waits for a sync the app's worker is running.
WAIT_FOR_OTHER_SYNC = 30.0


def register(commands) -> None:
    sync = commands.add_parser("sync", help="sync with the central database (push, then pull)")
    sync.add_argument("--once", action="store_true",
                      help="sync once and exit (default: keep syncing until stopped with Ctrl+C)")
    sync.set_defaults(handler=run_sync)


def _engine(ctx: CliContext, args):
    """A SyncEngine on this kiosk's database (psycopg is imported only for this command)."""
    from ...db import migrate
    from ...sync.engine import SyncEngine

    settings = load_central_settings(ctx.settings.path)  # the [central] section of --settings
    engine = ctx.engine()
    migrate.upgrade(engine)
    return SyncEngine(engine, settings)


def run_sync(ctx: CliContext, args) -> int | None:
    engine = _engine(ctx, args)
    if args.once:
        result = engine.run_once(wait_seconds=WAIT_FOR_OTHER_SYNC)
        ctx.emit(result.as_dict(), result.text())
        return None
    return _keep_syncing(ctx, engine)


def _keep_syncing(ctx: CliContext, engine) -> int:
    """Sync, wait, repeat; one line (or one JSON document per line) for each attempt."""
    from ...sync.worker import backoff_seconds

    failures = 0
    try:
        while True:
            try:
                result = engine.run_once(wait_seconds=WAIT_FOR_OTHER_SYNC)
                failures = 0
                print(json.dumps(result.as_dict()) if ctx.as_json else result.text(), flush=True)
            except SyncProblem as problem:
                failures += 1
                print(f"kiosk: {problem.message}", file=sys.stderr, flush=True)
            time.sleep(engine.settings.interval_seconds if not failures else backoff_seconds(failures))
    except KeyboardInterrupt:
        return 0
