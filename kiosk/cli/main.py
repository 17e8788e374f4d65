"""Run one command: parse the command line, call its handler, turn failures into exit codes."""

import logging
import os
import sys
import traceback

from ..config import load_settings, resolve_db_path, settings_path
from ..logs import set_up_logging
from .context import CliContext
from .failures import OK, classify, one_line
from .parser import UsageError, build_parser


def run_cli(argv: list[str]) -> int:
    """Run the command in ``argv`` (without the program name); returns the exit code."""
    _tolerant_streams()
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        return _fail(error, debug=False)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else OK
    try:
        settings = load_settings(settings_path(args.settings))
    except Exception as error:  # a bad settings file stops everything before it starts
        return _fail(error, debug=args.debug)
    set_up_logging(settings.log_folder, "DEBUG" if args.debug else settings.log_level,
                   logging.DEBUG if args.debug else logging.WARNING)
    ctx = CliContext(resolve_db_path(args.db, settings), as_json=args.json, settings=settings)
    try:
        result = args.handler(ctx, args)
        return OK if result is None else int(result)
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except (Exception, KeyboardInterrupt) as error:
        return _fail(error, debug=args.debug)
    finally:
        ctx.close()


def _fail(error: BaseException, debug: bool) -> int:
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    code, message = classify(error)
    print(f"kiosk: {one_line(message)}", file=sys.stderr)
    return code


def _tolerant_streams() -> None:
    """Never crash on a character the terminal cannot show (JSON output is ASCII anyway)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _silence_stdout() -> None:
    """After the reader of a pipe went away (``kiosk sessions | head``), exit quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
