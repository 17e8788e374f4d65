"""``kiosk privacy purge | find | export | erase``: retention and people's rights over their data.
Export and erasure start from a booking reference or a visit's leaving code with its day (only
the person holds those), or from the records a hub lead has ticked as this person's: a first
name alone is never enough."""

import json
import sys

from ...domain.errors import InvalidInput
from ...domain.timeutil import parse_date
from ..context import CLI_ACTOR, CliContext
from ..inputs import parse_id, whole_number


def register(commands) -> None:
    privacy = commands.add_parser("privacy", help="clear old names; export or erase a person's data")
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", title="actions", required=True)
    purge = actions.add_parser("purge", help="clear names older than the retention period (counts stay)")
    purge.add_argument("--days", type=whole_number, help="instead of the hub's setting (30 by default)")
    purge.set_defaults(handler=purge_names)
    find = actions.add_parser("find", help="list the records under a name (date, session, district)")
    find.add_argument("--name", required=True, help="the first name or nickname")
    find.set_defaults(handler=find_records)
    for name, words, handler in (("export", "everything held in a person's records, as JSON", export_records),
                                 ("erase", "remove the name from a person's records, for good", erase_records)):
        action = actions.add_parser(name, help=words)
        chosen = action.add_mutually_exclusive_group(required=True)
        chosen.add_argument("--reference", help="the person's booking reference")
        chosen.add_argument("--leaving-code", metavar="CODE",
                            help="the leaving code the person was shown at check-in (with --date)")
        chosen.add_argument("--record", action="append", metavar="ID",
                            help="a record id from 'kiosk privacy find' (repeat for each one)")
        chosen.add_argument("--name", help="list the records under a name and ask which are this person's")
        action.add_argument("--date", metavar="DATE", help="the day of the visit, YYYY-MM-DD (with --leaving-code)")
        if name == "erase":
            action.add_argument("--yes", action="store_true", help="confirm without being asked")
        action.set_defaults(handler=handler)


def purge_names(ctx: CliContext, args) -> None:
    done = ctx.services().privacy.purge(CLI_ACTOR, args.days)
    ctx.emit({"bookings": done.bookings, "visits": done.visits},
             f"Cleared the names on {done.bookings} bookings and {done.visits} visits. Counts are kept.")


def find_records(ctx: CliContext, args) -> None:
    found = ctx.services().privacy.find(CLI_ACTOR, args.name)
    lines = [_line(n, r) for n, r in enumerate(found, 1)] or ["No records under that name."]
    ctx.emit([_plain(r) for r in found], "\n".join(lines))


def export_records(ctx: CliContext, args) -> None:
    document = ctx.services().privacy.export(CLI_ACTOR, _chosen(ctx, args))
    print(json.dumps(document, indent=2, ensure_ascii=False))


def erase_records(ctx: CliContext, args) -> None:
    chosen = _chosen(ctx, args)
    if not args.yes:
        _confirm(len(chosen))
    done = ctx.services().privacy.erase(CLI_ACTOR, chosen)
    ctx.emit({"bookings": done.bookings, "visits": done.visits},
             f"Erased the name from {done.bookings} bookings and {done.visits} visits. "
             "The erasure is recorded so that syncing or a restore cannot bring it back.")


def _chosen(ctx: CliContext, args) -> list:
    privacy = ctx.services().privacy
    if args.reference:
        return [r.id for r in privacy.by_reference(CLI_ACTOR, args.reference)]
    if args.leaving_code:
        if not args.date:
            raise InvalidInput("A leaving code is unique on its day only: add --date YYYY-MM-DD.")
        return [r.id for r in privacy.by_leaving_code(CLI_ACTOR, args.leaving_code, parse_date(args.date))]
    if args.record:
        return [parse_id(text, "record") for text in args.record]
    found = privacy.find(CLI_ACTOR, args.name)
    if not found:
        raise InvalidInput("No records under that name, so there is nothing to choose.")
    if not sys.stdin.isatty():
        raise InvalidInput(f"{len(found)} records are under that name: run 'kiosk privacy find' and "
                           "give --record for each one that is this person's.")
    for number, record in enumerate(found, 1):
        print(_line(number, record))
    return [found[n - 1].id for n in _numbers(input("Which are this person's? Numbers, with commas: "), len(found))]


def _numbers(text: str, most: int) -> list[int]:
    try:
        picked = sorted({int(part) for part in text.replace(" ", "").split(",") if part})
    except ValueError:
        raise InvalidInput("Please give the numbers shown, like 1,3.") from None
    if not picked or any(not 1 <= n <= most for n in picked):
        raise InvalidInput(f"Please give numbers from 1 to {most}.")
    return picked


def _line(number: int, record) -> str:
    where = f", {record.district}" if record.district else ""
    return f"{number:>3}. {record.on:%a %d %b %Y}  {record.what}{where}  (record {record.id})"


def _plain(record) -> dict:
    return {"kind": record.kind, "id": str(record.id), "date": record.on.isoformat(),
            "session": record.session, "district": record.district, "reference": record.reference}


def _confirm(count: int) -> None:
    if not sys.stdin.isatty():
        raise InvalidInput("Erasing cannot be undone: add --yes to confirm.")
    answer = input(f"Erasing {count} record(s) cannot be undone. Type 'erase' to go ahead: ")
    if answer.strip().lower() != "erase":
        raise InvalidInput("Nothing was erased.")
