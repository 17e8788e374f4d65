"""``kiosk checkin`` and ``kiosk checkout``: arrivals and departures at the hub."""

from ..context import CliContext
from ..inputs import parse_id, whole_number
from ..render import local, visit_doc


def register(commands) -> None:
    checkin = commands.add_parser("checkin", help="check a visitor in (every detail is optional)")
    checkin.add_argument("--name", metavar="N", help="a first name or nickname")
    checkin.add_argument("--district", metavar="D", help="the first part of a postcode only, like CM1")
    checkin.add_argument("--reason", metavar="R",
                         help="session, drop-in, talk, family, appointment or other")
    checkin.add_argument("--first-visit", action="store_true", help="this is their first visit")
    checkin.add_argument("--family", type=whole_number, default=0, metavar="N",
                         help="family members with them (default 0)")
    checkin.set_defaults(handler=check_in)
    checkout = commands.add_parser("checkout", help="check a visit out")
    checkout.add_argument("visit_id", metavar="VISIT_ID")
    checkout.set_defaults(handler=check_out)


def check_in(ctx: CliContext, args) -> None:
    visit = ctx.services().visits.check_in(args.name, args.district, args.reason,
                                           first_visit=args.first_visit, family_count=args.family)
    arrived = local(visit.arrived_at, ctx.tz)
    ctx.emit(visit_doc(visit, ctx.tz),
             f"Checked in {visit.label} at {arrived:%H:%M}.\nLeaving code: {visit.leave_code}\n"
             f"Visit id: {visit.id}")


def check_out(ctx: CliContext, args) -> None:
    visit_id = parse_id(args.visit_id, "visit")
    visit = ctx.services().visits.check_out(visit_id)
    left = local(visit.left_at, ctx.tz)
    ctx.emit(visit_doc(visit, ctx.tz), f"Checked out {visit.label} at {left:%H:%M}.")
