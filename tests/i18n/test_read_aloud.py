"""Read aloud speaks the visitor's language only where the speech engine has a voice for it, and
is hidden where it has none: Polish words are never read out by an English voice."""

import os

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.domain.languages import LANGUAGES, language
from kiosk.views.speech import ENGINE_ENV, ReadAloud
from tests.ui.helpers import tap


def test_with_qts_mock_engine_english_is_read_and_polish_is_not(qtbot, catalogues, make_window):
    """Qt's mock engine has English (and Nordic) voices and none for our other languages."""
    assert os.environ[ENGINE_ENV] == "mock"
    window = make_window()
    assert window.header.read_aloud.isVisible()
    assert window.speech.voice_locale.startswith("en")
    window.set_language("pl")
    assert not window.header.read_aloud.isVisible()
    assert not window.speech.available
    tap(qtbot, window.header.language)
    tap(qtbot, window.chooser.buttons["en"])
    assert window.header.read_aloud.isVisible()
    tap(qtbot, window.header.read_aloud)
    assert window.speech.speaking


@pytest.mark.parametrize("engine", [e for e in QTextToSpeech.availableEngines() if e != "mock"])
def test_each_real_engine_on_this_machine_is_offered_only_with_a_voice(qapp, monkeypatch, engine):
    """Whatever real engine the machine has: the button shows exactly for the languages it has
    a voice for (none at all when the engine cannot start, as speechd without its daemon)."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    speech = ReadAloud()
    probe = QTextToSpeech(engine)
    working = probe.state() != QTextToSpeech.State.Error
    spoken = {loc.language() for loc in probe.availableLocales()} if working else set()
    for lang in LANGUAGES:
        from PySide6.QtCore import QLocale

        has_voice = QLocale(lang.locale).language() in spoken
        assert speech.set_language(lang) == (has_voice and bool(speech.voices_for(lang))), (engine, lang.code)
        assert speech.available == speech.set_language(lang)
    if not working:
        assert not speech.set_language(language("en"))


def test_with_speech_dispatcher_and_espeak_ng_every_kiosk_language_is_read(qtbot, catalogues, make_window,
                                                                           monkeypatch):
    """The real engine a Debian kiosk has (speech-dispatcher with espeak-ng, started on demand)."""
    monkeypatch.setenv(ENGINE_ENV, "speechd")
    window = make_window()
    assert window.speech.available, "speech-dispatcher did not start: run scripts/ensure-system-packages.sh"
    for lang in LANGUAGES:
        window.set_language(lang.code)
        assert window.header.read_aloud.isVisible(), lang.code
        assert window.speech.voice_locale.split("_")[0] == lang.code
    window.set_language("en")
