"""``kiosk feedback``: anonymous feedback, kept with the date only."""

from ..context import CliContext
from ..inputs import whole_number
from ..render import feedback_doc


def register(commands) -> None:
    feedback = commands.add_parser("feedback", help="give anonymous feedback (kept with the date only)")
    feedback.add_argument("--rating", required=True, type=whole_number, metavar="N", help="1 to 5")
    feedback.add_argument("--comment", metavar="TEXT", help="up to 1,000 characters")
    feedback.add_argument("--activity", metavar="NAME", help="the activity it is about")
    feedback.set_defaults(handler=give_feedback)


def give_feedback(ctx: CliContext, args) -> None:
    services = ctx.services()
    activity_id = services.activities.find(args.activity).id if args.activity else None
    feedback = services.feedback.give(args.rating, args.comment, activity_id)
    ctx.emit(feedback_doc(feedback),
             f"Thank you: feedback rated {feedback.rating} out of 5 was saved with the date only.")
