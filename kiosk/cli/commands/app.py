"""``kiosk run`` opens the app window; ``kiosk demo`` fills an empty database with the demo hub."""

import os
import sys
from datetime import timedelta

from ...domain.errors import KioskError
from ...domain.timeutil import local_date, monday_of, utcnow
from ..context import CliContext


def register(commands) -> None:
    run = commands.add_parser("run", help="open the kiosk window")
    run.add_argument("--demo", action="store_true", help="fill an empty database with the demo hub first")
    run.add_argument("--desk", action="store_true", help="open the front-desk screens")
    run.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    run.set_defaults(handler=run_window)
    demo = commands.add_parser("demo", help="fill an empty database with a fictional demo hub")
    demo.set_defaults(handler=demo_hub)


def run_window(ctx: CliContext, args) -> int:
    """Hand over to the app; Qt is imported only here, when a window is really wanted."""
    if no_screen():
        raise KioskError(
            "There is no screen to show the kiosk on (no DISPLAY or WAYLAND_DISPLAY): start it from a "
            "desktop session, or set QT_QPA_PLATFORM=offscreen to try it without one.")
    from kiosk.app import run_app

    settings = ctx.settings
    result = run_app(db_path=ctx.db_path, demo=args.demo, desk=args.desk or settings.mode == "desk",
                     windowed=args.windowed or settings.windowed, settings=settings)
    return 0 if result is None else int(result)


def no_screen() -> bool:
    """On Linux without a display server Qt would abort with a long message; say it plainly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo_hub(ctx: CliContext, args) -> None:
    from ...services.demo import fill_demo

    ctx.services()  # brings the schema up to date first
    services = fill_demo(ctx.engine())
    hub = services.hub.current()
    first = monday_of(local_date(utcnow(), hub.timezone)) - timedelta(days=7)
    count = len(services.schedule.days(first, 21))
    ctx.emit(
        {"hub": hub.name, "timezone": hub.timezone, "sessions": count},
        f"Added the demo hub '{hub.name}' with {count} sessions over three weeks.\n"
        f"Open it with: kiosk --db '{ctx.db_path}' run --windowed",
    )
