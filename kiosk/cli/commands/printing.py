"""``kiosk print timetable | slip | register | fire-register | help``: each document to a PDF
file (--out) or through the operating system's print system (--printer, else the printer set
for this kiosk, else the system's default)."""

from pathlib import Path

from ...domain.errors import InvalidInput
from ...domain.timeutil import parse_iso_week
from ..context import CliContext

DOCUMENTS = {
    "timetable": "the week's timetable poster or large-print list",
    "slip": "a booking slip, by reference",
    "register": "a session's register (names: desk only)",
    "fire-register": "who is in the building now",
    "help": "the hub's crisis contacts",
}


def register(commands) -> None:
    printing = commands.add_parser("print", help="print a document, or save it as a PDF")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", title="documents", required=True)
    for name, words in DOCUMENTS.items():
        parser = documents.add_parser(name, help=words)
        if name == "timetable":
            parser.add_argument("--week", metavar="YYYY-Www", help="default: this week")
            parser.add_argument("--layout", choices=("poster", "large-print"), default="poster")
            parser.add_argument("--paper", choices=("A4", "A3"), default="A4")
        elif name == "slip":
            parser.add_argument("reference", metavar="REFERENCE")
            parser.add_argument("--size", choices=("receipt", "A6"), default="receipt")
        elif name == "register":
            parser.add_argument("session_id", metavar="SESSION_ID")
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--out", metavar="FILE.pdf", help="save the PDF here instead of printing")
        where.add_argument("--printer", metavar="NAME", help="print on this printer")
        parser.add_argument("--copies", type=int, default=1, help="how many copies (1 to 50)")
        parser.set_defaults(handler=print_document)


def build(ctx: CliContext, args) -> bytes:
    from ... import printing

    services = ctx.services()
    if args.document == "timetable":
        monday = parse_iso_week(args.week) if args.week else None
        return printing.timetable_pdf(services, monday, layout=args.layout, paper=args.paper)
    if args.document == "slip":
        return printing.slip_pdf(services, args.reference, size=args.size)
    if args.document == "register":
        return printing.register_pdf(services, args.session_id)
    if args.document == "fire-register":
        return printing.fire_register_pdf(services)
    return printing.help_pdf(services)


def print_document(ctx: CliContext, args) -> None:
    pdf = build(ctx, args)
    if args.out:
        target = Path(args.out).expanduser()
        if target.suffix.lower() != ".pdf":
            raise InvalidInput("The output file's name must end in .pdf.")
        target.write_bytes(pdf)
        ctx.emit({"document": args.document, "file": str(target), "bytes": len(pdf)},
                 f"Saved the {args.document.replace('-', ' ')} to {target}.")
        return
    from ...printing.printer import print_pdf

    printer = args.printer or ctx.services().settings.get().printer
    result = print_pdf(pdf, printer, args.copies)
    ctx.emit({"document": args.document, "printer": result.printer, "pages": result.pages,
              "copies": result.copies},
             f"Sent {result.pages} page{'s' if result.pages != 1 else ''} to {result.printer}"
             + (f" ({result.copies} copies)." if result.copies > 1 else "."))
