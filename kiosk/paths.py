"""Where the app's bundled files live: the source tree, or the PyInstaller bundle."""

import sys
from pathlib import Path


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    return app_root() / "assets"
