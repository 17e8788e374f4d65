"""The languages a visitor can choose on the touchscreen, named in their own words and scripts.

After English, these are among the main languages most often recorded in Essex in the 2021
Census (Office for National Statistics, "Main language (detailed)", table TS024). The list is a
starting point for a hub to check against the people it serves, not a ranking."""

from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str  #: the catalogue's name: assets/translations/kiosk_<code>.ts
    own_name: str  #: what speakers call it, in its own script: what the language button shows
    english_name: str  #: for the desk, which stays in English
    locale: str  #: the locale for dates and numbers (QLocale name)
    right_to_left: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en_GB"),
    Language("pl", "Polski", "Polish", "pl_PL"),
    Language("ro", "Română", "Romanian", "ro_RO"),
    Language("lt", "Lietuvių", "Lithuanian", "lt_LT"),
    Language("pt", "Português", "Portuguese", "pt_PT"),
    Language("tr", "Türkçe", "Turkish", "tr_TR"),
    Language("ur", "اردو", "Urdu", "ur_PK", right_to_left=True),
)
BY_CODE = {language.code: language for language in LANGUAGES}


def language(code: str | None) -> Language:
    """The language for ``code`` ("pl", "pl_PL", "pt-BR"); English when it is not one we ship."""
    base = (code or DEFAULT_LANGUAGE).replace("-", "_").split("_")[0].lower()
    return BY_CODE.get(base, BY_CODE[DEFAULT_LANGUAGE])


def offered(switched_off: frozenset[str] | set[str] = frozenset()) -> list[Language]:
    """The languages the language button lists: English always, the others unless switched off."""
    return [lang for lang in LANGUAGES if lang.code == DEFAULT_LANGUAGE or lang.code not in switched_off]
