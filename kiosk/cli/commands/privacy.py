"""``kiosk privacy purge | export | erase``: retention and people's rights over their data."""

import json
import sys

from ...domain.errors import InvalidInput
from ..context import CLI_ACTOR, CliContext
from ..inputs import whole_number


def register(commands) -> None:
    privacy = commands.add_parser("privacy", help="clear old names; export or erase a person's data")
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", title="actions", required=True)
    purge = actions.add_parser("purge", help="clear names older than the retention period (counts stay)")
    purge.add_argument("--days", type=whole_number, help="instead of the hub's setting (30 by default)")
    purge.set_defaults(handler=purge_names)
    export = actions.add_parser("export", help="everything held under a name, as JSON")
    export.add_argument("--name", required=True, help="the first name or nickname")
    export.set_defaults(handler=export_name)
    erase = actions.add_parser("erase", help="remove a name everywhere, for good")
    erase.add_argument("--name", required=True, help="the first name or nickname")
    erase.add_argument("--yes", action="store_true", help="confirm without being asked")
    erase.set_defaults(handler=erase_name)


def purge_names(ctx: CliContext, args) -> None:
    done = ctx.services().privacy.purge(CLI_ACTOR, args.days)
    ctx.emit({"bookings": done.bookings, "visits": done.visits},
             f"Cleared the names on {done.bookings} bookings and {done.visits} visits. Counts are kept.")


def export_name(ctx: CliContext, args) -> None:
    document = ctx.services().privacy.export(CLI_ACTOR, args.name)
    print(json.dumps(document, indent=2, ensure_ascii=False))


def erase_name(ctx: CliContext, args) -> None:
    if not args.yes:
        _confirm()
    done = ctx.services().privacy.erase(CLI_ACTOR, args.name)
    ctx.emit({"bookings": done.bookings, "visits": done.visits},
             f"Erased the name from {done.bookings} bookings and {done.visits} visits. "
             "The erasure is recorded so that syncing cannot bring it back.")


def _confirm() -> None:
    if not sys.stdin.isatty():
        raise InvalidInput("Erasing cannot be undone: add --yes to confirm.")
    answer = input("Erasing cannot be undone. Type 'erase' to go ahead: ")
    if answer.strip().lower() != "erase":
        raise InvalidInput("Nothing was erased.")
