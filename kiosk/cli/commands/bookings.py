"""``kiosk book``, ``kiosk cancel`` and ``kiosk booking``: places on sessions, by reference."""

from ...domain.refcode import format_reference
from ..context import CliContext
from ..inputs import parse_id, whole_number
from ..render import booking_doc, booking_text


def register(commands) -> None:
    book = commands.add_parser("book", help="book places on a session for a first name or nickname")
    book.add_argument("session_id", metavar="SESSION_ID")
    book.add_argument("--name", required=True, metavar="NAME", help="a first name or nickname")
    book.add_argument("--party", type=whole_number, default=1, metavar="N",
                      help="people coming together, 1 to 6 (default 1)")
    book.set_defaults(handler=book_places)
    cancel = commands.add_parser("cancel", help="cancel a booking; the waiting list moves up")
    cancel.add_argument("reference", metavar="REFERENCE")
    cancel.set_defaults(handler=cancel_booking)
    show = commands.add_parser("booking", help="look a booking up by its reference")
    show.add_argument("reference", metavar="REFERENCE")
    show.set_defaults(handler=show_booking)


def book_places(ctx: CliContext, args) -> None:
    session_id = parse_id(args.session_id, "session")
    booking = ctx.services().booking.book(session_id, args.name, args.party)
    ctx.emit(booking_doc(booking, ctx.tz), booking_text(booking, ctx.tz))


def cancel_booking(ctx: CliContext, args) -> None:
    result = ctx.services().booking.cancel(args.reference)
    document = booking_doc(result.booking, ctx.tz) | {"promoted": list(result.promoted)}
    text = booking_text(result.booking, ctx.tz)
    if result.promoted:
        text += "\nPlaces given to the waiting list: " + ", ".join(
            format_reference(code) for code in result.promoted)
    ctx.emit(document, text)


def show_booking(ctx: CliContext, args) -> None:
    booking = ctx.services().booking.lookup(args.reference)
    ctx.emit(booking_doc(booking, ctx.tz), booking_text(booking, ctx.tz))
