"""``kiosk config check``: read the settings file whole and say plainly what is wrong."""

from ..context import CliContext


def register(commands) -> None:
    config = commands.add_parser("config", help="check the settings file")
    actions = config.add_subparsers(dest="config_action", metavar="ACTION", title="actions", required=True)
    actions.add_parser("check", help="check every key of the settings file; exit 2 when one is wrong") \
        .set_defaults(handler=check)


def check(ctx: CliContext, args) -> None:
    # The file was already read and checked before any command ran (a problem exits 2 there).
    settings = ctx.settings
    exists = settings.path.is_file()
    ctx.emit({"file": str(settings.path), "exists": exists, "ok": True, "mode": settings.mode,
              "database": str(ctx.db_path), "central": settings.has_central},
             (f"{settings.path}: ok." if exists else f"{settings.path} does not exist: every default applies.")
             + f"\nDatabase: {ctx.db_path}\nMode: {settings.mode}"
             + f"\nCentral sync: {'set up' if settings.has_central else 'not set up'}")
