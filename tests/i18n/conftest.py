"""The catalogues compiled once for the language tests, from the committed .ts files."""

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import assets_dir

BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted((assets_dir() / "translations").glob("kiosk_*.ts")):
        subprocess.run([BIN / "pyside6-lrelease", "-silent", ts, "-qm", folder / f"{ts.stem}.qm"], check=True)
    return folder


@pytest.fixture
def catalogues(compiled_catalogues):
    """Load languages from the freshly compiled catalogues; back to English afterwards."""
    from kiosk.views import i18n

    i18n.use_language("en", str(compiled_catalogues))
    yield compiled_catalogues
    i18n.use_language("en")
    i18n._State.folder = None
