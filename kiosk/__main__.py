"""Entry point of the ``kiosk`` command: hands the command line to the CLI and returns its exit code."""

import sys

from kiosk.cli import run_cli


def main(argv: list[str] | None = None) -> int:
    """Run one ``kiosk`` command; returns 0 on success, 2 on invalid input, 1 on any other failure."""
    return run_cli(sys.argv[1:] if argv is None else list(argv))


if __name__ == "__main__":
    sys.exit(main())
