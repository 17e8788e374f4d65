"""``kiosk db upgrade`` brings the schema up to date; ``kiosk db check`` reports integrity and
migration state without changing anything; ``kiosk db backup`` and ``kiosk db restore FILE``."""

from pathlib import Path

from ...domain.errors import DatabaseProblem
from ..context import CliContext


def register(commands) -> None:
    db = commands.add_parser("db", help="upgrade or check the database")
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", title="actions", required=True)
    actions.add_parser("upgrade", help="apply the migrations (a copy of the file is kept first)") \
        .set_defaults(handler=upgrade)
    actions.add_parser("check", help="integrity check and migration state; exit 1 when not ok") \
        .set_defaults(handler=check)
    actions.add_parser("backup", help="make a verified backup copy now (the newest 14 are kept)") \
        .set_defaults(handler=make_backup)
    restore = actions.add_parser("restore", help="put a backup in place; the current file is kept aside")
    restore.add_argument("file", metavar="FILE", help="a backup file (see the backups folder)")
    restore.set_defaults(handler=restore_backup)


def make_backup(ctx: CliContext, args) -> None:
    from ...db import backup

    if not ctx.db_path.is_file():
        raise DatabaseProblem("There is no database file at that path.")
    if not backup.is_healthy(ctx.db_path):
        raise DatabaseProblem("The database is damaged, so it was not backed up; restore a backup instead.")
    made = backup.make_backup(ctx.db_path, ctx.settings.backups_for(ctx.db_path), keep=ctx.settings.backup_keep)
    ctx.emit({"backup": str(made.path), "made_at": made.made_at.isoformat()},
             f"Backed up to {made.path} (checked: ok).")


def restore_backup(ctx: CliContext, args) -> None:
    from ...db import backup

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise DatabaseProblem("There is no backup file at that path.")
    recovery = backup.restore(ctx.db_path, ctx.settings.backups_for(ctx.db_path), source=source)
    kept = str(recovery.damaged_copy) if recovery.damaged_copy else None
    erased = _erase_again(ctx)
    ctx.emit({"restored_from": str(source), "previous_file_kept_as": kept, "erasures_reapplied": erased},
             f"Restored {source.name}." + (f" The previous file was kept as {kept}." if kept else "")
             + (f" Erasures made since that copy were applied again ({erased} changes)." if erased else ""))


def _erase_again(ctx: CliContext) -> int:
    """A restored copy may be older than an erasure or hold names past the retention period."""
    from ..context import CLI_ACTOR

    services = ctx.services()
    if not services.hub.is_set_up():
        return 0
    erased = services.privacy.reapply_erasures()
    services.privacy.purge(CLI_ACTOR)
    return erased


def upgrade(ctx: CliContext, args) -> None:
    from ...db import migrate

    engine = ctx.engine()
    before = migrate.migration_state(engine).current
    after = migrate.upgrade(engine)
    text = (f"The database is already up to date (revision {after.current})." if before == after.current
            else f"Upgraded the database from revision {before or 'none (empty)'} to {after.current}.")
    ctx.emit({"previous": before, "current": after.current, "head": after.head,
              "up_to_date": after.up_to_date}, text)


def check(ctx: CliContext, args) -> None:
    if not ctx.db_path.is_file():
        raise DatabaseProblem("There is no database file at that path.")
    report = _inspect(ctx)
    lines = [f"Integrity:  {'ok' if report['integrity_ok'] else '; '.join(report['integrity'])}",
             f"Links:      {'ok' if not report['broken_links'] else str(report['broken_links']) + ' broken'}",
             f"Migrations: {report['current'] or 'none'} (latest {report['head']})"
             + ("" if report["up_to_date"] else ": run 'kiosk db upgrade'")]
    ctx.emit(report, "\n".join(lines))
    if not report["ok"]:
        raise DatabaseProblem("The database check found problems.")


def _inspect(ctx: CliContext) -> dict:
    from sqlalchemy import exc as sa_exc

    from ...db import migrate

    try:
        with ctx.engine(check_health=False).connect() as conn:
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            broken = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        state = migrate.migration_state(ctx.engine())
    except sa_exc.DBAPIError as error:
        raise DatabaseProblem("The file is not a kiosk database, or it is damaged.") from error
    integrity_ok = integrity == ["ok"]
    return {"ok": integrity_ok and not broken and state.up_to_date, "integrity_ok": integrity_ok,
            "integrity": integrity, "broken_links": broken, "current": state.current,
            "head": state.head, "up_to_date": state.up_to_date}
