"""Translations: every visible string goes through ``tr``; ``make translations`` extracts them
into assets/translations/*.ts (pyside6-lupdate) and builds the .qm files the app loads."""

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import assets_dir

LANGUAGE_ENV = "KIOSK_LANGUAGE"


def tr(text: str) -> str:
    """``text`` in the kiosk's language (the source text when no translation exists)."""
    return QCoreApplication.translate("", text)


def install_translator(app, language: str | None = None, folder: str | None = None) -> QTranslator | None:
    """Load kiosk_<language>.qm (from assets/translations); English needs none."""
    language = language or os.environ.get(LANGUAGE_ENV) or QLocale.system().name()
    if language.split("_")[0] == "en":
        return None
    translator = QTranslator(app)
    folder = folder or str(assets_dir() / "translations")
    if translator.load(f"kiosk_{language}", folder) or translator.load(f"kiosk_{language.split('_')[0]}", folder):
        app.installTranslator(translator)
        return translator
    return None
