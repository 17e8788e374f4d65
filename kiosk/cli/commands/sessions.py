"""``kiosk sessions``: list a week, add a one-off session or a weekly series, cancel a session."""

from ...domain.timeutil import local_date, monday_of, parse_date, parse_iso_week, parse_local_datetime, utcnow
from ..context import CLI_ACTOR, CliContext
from ..inputs import parse_id, whole_number
from ..render import day_text, session_doc, session_line, week_text


def register(commands) -> None:
    sessions = commands.add_parser("sessions", help="list, add or cancel sessions")
    sessions.add_argument("--week", metavar="YYYY-Www", help="the ISO week to list (default: this week)")
    sessions.set_defaults(handler=list_week)
    actions = sessions.add_subparsers(dest="sessions_action", metavar="ACTION", title="actions")
    add = actions.add_parser("add", help="add a one-off session, or a weekly series with --weekly-until")
    add.add_argument("--activity", required=True, metavar="NAME")
    add.add_argument("--start", required=True, metavar="ISO-DATETIME",
                     help="like 2026-12-03T10:30 (hub-local time unless an offset is given)")
    add.add_argument("--minutes", required=True, type=whole_number, metavar="N")
    add.add_argument("--capacity", required=True, type=whole_number, metavar="N")
    add.add_argument("--place", metavar="TEXT")
    add.add_argument("--weekly-until", metavar="DATE", help="repeat every week up to this date")
    add.set_defaults(handler=add_sessions)
    cancel = actions.add_parser("cancel", help="cancel a session; its bookings are cancelled too")
    cancel.add_argument("session_id", metavar="ID")
    cancel.add_argument("--reason", required=True, metavar="TEXT", help="shown to people who booked")
    cancel.set_defaults(handler=cancel_session)


def list_week(ctx: CliContext, args) -> None:
    chosen = parse_iso_week(args.week) if args.week else None
    services, tz = ctx.services(), ctx.tz
    monday = chosen or monday_of(local_date(utcnow(), tz))
    sessions = services.schedule.week(monday)
    ctx.emit([session_doc(s, tz) for s in sessions], week_text(ctx.hub().name, monday, sessions, tz))


def add_sessions(ctx: CliContext, args) -> None:
    until = parse_date(args.weekly_until) if args.weekly_until else None
    services, tz = ctx.services(), ctx.tz
    start = parse_local_datetime(args.start, tz)
    activity = services.activities.find(args.activity)
    if until is None:
        added = [services.schedule.add_session(CLI_ACTOR, activity.id, start, args.minutes,
                                               args.capacity, place=args.place)]
        heading = "Added 1 session:"
    else:
        added = services.schedule.add_series(CLI_ACTOR, activity.id, start, args.minutes,
                                             args.capacity, until=until, place=args.place)
        heading = (f"Added {len(added)} weekly session{'s' if len(added) != 1 else ''} "
                   f"up to {day_text(until)}:")
    ctx.emit([session_doc(s, tz) for s in added],
             "\n".join([heading] + [session_line(s, tz, with_day=True) for s in added]))


def cancel_session(ctx: CliContext, args) -> None:
    session_id = parse_id(args.session_id, "session")
    services, tz = ctx.services(), ctx.tz
    session = services.schedule.cancel_session(CLI_ACTOR, session_id, args.reason)
    ctx.emit(session_doc(session, tz), "Cancelled; its bookings are cancelled too:\n"
             + session_line(session, tz, with_day=True))
