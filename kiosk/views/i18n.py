"""Translations for the visitor screens: every visible string goes through ``tr``; the visitor's
language is switched at run time with ``use_language``; dates and numbers follow its QLocale.

``tools/extract_strings.py`` (``make translations``) collects the strings into
assets/translations/kiosk_<code>.ts; the .qm files built from them are what the app loads. The
front desk stays in English: its modules use ``keep_english`` instead of ``tr``."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator, QT_TR_NOOP

from ..domain.languages import DEFAULT_LANGUAGE, Language, language
from ..paths import assets_dir

LANGUAGE_ENV = "KIOSK_LANGUAGE"
#: each catalogue says in this message whether a native speaker has reviewed it
REVIEW_CONTEXT, REVIEW_SOURCE = "catalogue", "review status"
REVIEWED = "reviewed by a native speaker"
#: the QLocale pattern for a day on screen ("Wednesday 2 December"); each language gives its own
DAY_PATTERN = QT_TR_NOOP("dddd d MMMM")


class _State:
    language: Language = language(DEFAULT_LANGUAGE)
    translator: QTranslator | None = None
    folder: str | None = None
    #: the language this device's settings file (or $KIOSK_LANGUAGE) asks for, over the hub's default
    device_choice: str | None = None


def tr(text: str) -> str:
    """``text`` in the visitor's language (the source text when no translation exists)."""
    return QCoreApplication.translate("", text)


def keep_english(text: str) -> str:
    """The front desk's words: always English, whatever the visitor chose."""
    return text


def catalogue_folder() -> str:
    return _State.folder or str(assets_dir() / "translations")


def load_catalogue(code: str, folder: str | None = None, parent=None) -> QTranslator | None:
    """The compiled catalogue kiosk_<code>.qm, or None when it is missing."""
    translator = QTranslator(parent)
    return translator if translator.load(f"kiosk_{code}", folder or catalogue_folder()) else None


def use_language(code: str | None, folder: str | None = None) -> Language:
    """Make ``code`` the visitor's language now; English (or a missing catalogue) needs none.
    Installing a translator sends every widget a LanguageChange event."""
    app = QCoreApplication.instance()
    if folder is not None:
        _State.folder = folder
    wanted = language(code)
    translator = None if wanted.code == DEFAULT_LANGUAGE else load_catalogue(wanted.code, parent=app)
    if _State.translator is not None:
        app.removeTranslator(_State.translator)
        _State.translator.deleteLater()
    _State.translator = translator
    if translator is not None:
        app.installTranslator(translator)
    _State.language = wanted if translator is not None or wanted.code == DEFAULT_LANGUAGE else language(None)
    return _State.language


def current_language() -> Language:
    return _State.language


def install_translator(app, language_code: str | None = None, folder: str | None = None) -> QTranslator | None:
    """Start in ``language_code`` (or $KIOSK_LANGUAGE, or the system's language)."""
    import os

    _State.device_choice = language_code or os.environ.get(LANGUAGE_ENV) or None
    use_language(_State.device_choice or QLocale.system().name(), folder)
    return _State.translator


def device_language() -> str | None:
    """The language this device was told to use, if any (else the hub's default applies)."""
    return _State.device_choice


def locale() -> QLocale:
    return QLocale(_State.language.locale)


def day_and_month(day: date) -> str:
    """"Wednesday 2 December" in the visitor's language: names and order from its QLocale."""
    return locale().toString(QDate(day.year, day.month, day.day), tr(DAY_PATTERN))


def number(value: int) -> str:
    """A whole number written the visitor's way (1,000 / 1 000 / 1.000)."""
    return locale().toString(value)


def review_status(code: str, folder: str | None = None) -> str | None:
    """What the catalogue for ``code`` says about its review, or None when there is none."""
    translator = load_catalogue(code, folder)
    if translator is None:
        return None
    return translator.translate(REVIEW_CONTEXT, REVIEW_SOURCE) or None


def is_reviewed(code: str, folder: str | None = None) -> bool:
    return code == DEFAULT_LANGUAGE or review_status(code, folder) == REVIEWED


# wording.day_name looks for this: days on screen come from QLocale, not from strftime
tr.day_and_month = day_and_month
