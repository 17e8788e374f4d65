"""Every visitor string passed to tr() (or marked with QT_TR_NOOP) reaches every catalogue,
translated, with its placeholders and numbers intact, and each catalogue says it awaits review."""

import importlib.util
import re
import textwrap

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.paths import assets_dir

spec = importlib.util.spec_from_file_location("translations", assets_dir().parent / "tools" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)

CODES = [lang.code for lang in LANGUAGES if lang.code != "en"]
FOUND = translations.extract()


def catalogue(code: str):
    return assets_dir() / "translations" / f"kiosk_{code}.ts"


def test_a_catalogue_ships_for_every_language_offered():
    shipped = sorted(p.stem.removeprefix("kiosk_") for p in (assets_dir() / "translations").glob("kiosk_*.ts"))
    assert shipped == sorted(CODES)


def test_the_code_asks_for_no_translation_that_cannot_be_made():
    assert FOUND.errors == []
    assert len(FOUND.strings) > 150


@pytest.mark.parametrize("code", CODES)
def test_every_visitor_string_is_translated_in(code):
    messages = translations.read_catalogue(catalogue(code))
    missing = [s for s in FOUND.strings if s not in messages]
    unfinished = [s for s in FOUND.strings if s in messages and (messages[s][1] == "unfinished" or not messages[s][0])]
    assert missing == [], f"kiosk_{code}.ts lacks {len(missing)} strings: run make translations"
    assert unfinished == [], f"kiosk_{code}.ts leaves {len(unfinished)} strings untranslated"


@pytest.mark.parametrize("code", CODES)
def test_placeholders_and_numbers_stay_exactly_as_they_are_in(code):
    """A {name} the code fills in, and a phone number, must survive translation unchanged."""
    for source, (translation, kind) in translations.read_catalogue(catalogue(code)).items():
        if kind == "vanished":
            continue
        assert set(re.findall(r"\{\w+\}", translation)) == set(re.findall(r"\{\w+\}", source)), source
        for digits in re.findall(r"\d+(?: \d+)*", source):
            assert digits in translation, f"{code}: {digits!r} changed in {translation!r}"


@pytest.mark.parametrize("code", CODES)
def test_each_catalogue_says_it_awaits_a_native_speakers_review(code):
    path = catalogue(code)
    header = translations.read_header(path)
    assert "AWAITING REVIEW BY A NATIVE SPEAKER" in header
    assert "2021 Census" in header and "TS024" in header
    assert translations.review_status(path) in (translations.AWAITING, "reviewed by a native speaker")


def test_the_extraction_finds_strings_however_they_are_written(tmp_path, monkeypatch):
    source = tmp_path / "kiosk" / "views" / "sample.py"
    source.parent.mkdir(parents=True)
    source.write_text(textwrap.dedent('''
        a = tr("Split over "
               "two lines")
        b = tr("Joined" " at once").format(x=1)
        c = tr("Added " + "together {n}").format(n=2)
        d = QT_TR_NOOP("Marked for later")
        e = tr(f"Made at {a}")
        f = tr(a)  # a variable: its text is marked where it is written
    '''), encoding="utf-8")
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    found = translations.extract([source])
    assert list(found.strings) == ["Split over two lines", "Joined at once", "Added together {n}", "Marked for later"]
    assert len(found.errors) == 1 and "f-string" in found.errors[0]


def test_writing_a_catalogue_keeps_translations_and_marks_new_strings(tmp_path, monkeypatch):
    path = tmp_path / "kiosk_xx.ts"
    path.write_text(catalogue("pl").read_text(encoding="utf-8"), encoding="utf-8")
    found = translations.Found(strings={"Help now": [("kiosk/x.py", 1)], "A brand new string": [("kiosk/x.py", 2)]})
    translations.write_catalogue(path, found)
    messages = translations.read_catalogue(path)
    assert messages["Help now"] == ("Pomoc teraz", None)
    assert messages["A brand new string"] == ("", "unfinished")
    assert messages["Check in"] == ("Zamelduj się", "vanished")  # kept for when it comes back
    assert "AWAITING REVIEW" in translations.read_header(path)
