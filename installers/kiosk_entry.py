"""Start-up script of the bundled ``kiosk`` program: the same entry point as the ``kiosk`` command."""

import sys

from kiosk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
