"""``kiosk report csv | pack``: the Impact and Community Voice report for a period, as one tidy
CSV file per table or as the printable quarterly pack (PDF), small numbers suppressed. With
``--url`` it reads a PostgreSQL database instead of this kiosk's file (the central database or,
better, a read-only replica of it), in read-only transactions, for one hub or every hub."""

import os
from pathlib import Path

from ...domain.errors import InvalidInput
from ...domain.timeutil import parse_date
from ..context import CLI_ACTOR, CliContext


def register(commands) -> None:
    report = commands.add_parser("report", help="impact and community voice reports (small numbers hidden)")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", title="reports", required=True)
    for name, words, out in (("csv", "one CSV file per table, in a folder", "DIR"),
                             ("pack", "the printable quarterly pack, as a PDF", "FILE.pdf")):
        parser = kinds.add_parser(name, help=words)
        parser.add_argument("--from", dest="first", required=True, metavar="DATE", help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="last", required=True, metavar="DATE", help="last day, YYYY-MM-DD")
        parser.add_argument("--hub", metavar="NAME", help="a hub by name (default: this kiosk's hub)")
        parser.add_argument("--out", required=True, metavar=out)
        parser.add_argument("--url", metavar="URL",
                            help="read a central database or its read-only replica, postgresql://… "
                                 f"(default: this kiosk's database; or {URL_ENV})")
        parser.set_defaults(handler=write_csv if name == "csv" else write_pack)


#: Where reports read from when no --url is given (never the address that sync writes to).
URL_ENV = "KIOSK_REPORT_URL"


def _period(ctx: CliContext, args):
    first, last = parse_date(args.first), parse_date(args.last)
    url = (args.url or os.environ.get(URL_ENV) or "").strip()
    services = _central_services(ctx, url) if url else ctx.services()
    if args.hub:
        hub_id = services.reports.find_hub(args.hub)
    else:  # a central database holds many hubs: all of them unless one is named
        hub_id = None if url else "this"
    return services, first, last, hub_id


def _central_services(ctx: CliContext, url: str):
    """Services on a PostgreSQL database, every transaction read-only (a hot standby accepts
    nothing else anyway); the address, which may hold a password, is never printed."""
    from ...services import build_services
    from ...sync.central.admin import admin_engine

    engine = admin_engine(url).execution_options(postgresql_readonly=True)
    ctx.on_close(engine.dispose)
    return build_services(engine)


def write_csv(ctx: CliContext, args) -> None:
    services, first, last, hub_id = _period(ctx, args)
    files = services.reports.export_csv(CLI_ACTOR, first, last, Path(args.out), hub_id)
    ctx.emit({"report": "csv", "folder": str(Path(args.out).expanduser()), "files": [f.name for f in files]},
             f"Saved {len(files)} CSV files to {Path(args.out).expanduser()}.")


def write_pack(ctx: CliContext, args) -> None:
    from ...printing.report_pack import report_pack_pdf

    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".pdf":
        raise InvalidInput("The output file's name must end in .pdf.")
    services, first, last, hub_id = _period(ctx, args)
    pdf = report_pack_pdf(services, CLI_ACTOR, first, last, hub_id)
    target.write_bytes(pdf)
    ctx.emit({"report": "pack", "file": str(target), "bytes": len(pdf)},
             f"Saved the Community Voice pack to {target}.")
