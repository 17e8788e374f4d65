"""The argparse tree of the ``kiosk`` command, with usage errors turned into one plain sentence."""

import argparse
import re

from .. import __version__
from .commands import COMMAND_MODULES
from .commands import central, sync


class UsageError(Exception):
    """The command line itself is wrong (unknown command, missing or malformed option)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of printing usage and exiting."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        raise UsageError(f"{plain_usage_message(message)}; see '{self.prog} --help'.")


def plain_usage_message(message: str) -> str:
    """Reword argparse's message so it never repeats a free-text value someone typed (a name
    given without quotes would otherwise end up on the error stream)."""
    if message.startswith("unrecognized arguments:"):
        options = [word for word in message.split(":", 1)[1].split() if word.startswith("-")]
        if options:
            return (f"unknown option {options[0]} for this command "
                    "(global options like --db and --json go before the command)")
        return "too many words on the command line; put a name or text with spaces in quotes"
    message = re.sub(r"^argument (COMMAND|ACTION): invalid choice: .*? \(choose from",
                     lambda m: f"unknown {m[1].lower()} (choose from", message)
    return re.sub(r"invalid choice: .*? \(choose from", "invalid choice (choose from", message)


def build_parser() -> Parser:
    parser = Parser(prog="kiosk", description="Recovery Hub Kiosk: run the kiosk or manage its data.")
    parser.add_argument("--db", metavar="PATH",
                        help="the kiosk's SQLite file (default: KIOSK_DB, else the platform data folder)")
    parser.add_argument("--settings", metavar="FILE",
                        help="the settings file (default: KIOSK_SETTINGS, else the platform config folder)")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.add_argument("--debug", action="store_true", help="show full details when something fails")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", required=True)
    for module in (*COMMAND_MODULES, sync, central):
        module.register(commands)
    return parser
