"""Read aloud through QtTextToSpeech, offered only when a working speech engine has a voice
for the visitor's language: a kiosk never reads Polish words with an English voice."""

import os

from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from ..domain.languages import Language

#: Qt's "mock" engine makes no sound; it is used only when asked for (tests, screenshots).
ENGINE_ENV = "KIOSK_SPEECH_ENGINE"


class ReadAloud:
    def __init__(self):
        self._speech = self._open_engine()
        self._voice_found = self._speech is not None

    @staticmethod
    def _open_engine() -> QTextToSpeech | None:
        wanted = os.environ.get(ENGINE_ENV)
        engines = [wanted] if wanted else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        for engine in engines:
            speech = QTextToSpeech(engine)
            if speech.state() != QTextToSpeech.State.Error:
                speech.setRate(-0.1)  # a little slower than the default: calmer and clearer
                return speech
        return None

    def voices_for(self, language: Language) -> list[str]:
        """The engine's voices that speak ``language`` (any country's variant of it)."""
        if self._speech is None:
            return []
        wanted = QLocale(language.locale).language()
        return [voice.name() for locale in self._speech.availableLocales() if locale.language() == wanted
                for voice in self._voices_of(locale)]

    def _voices_of(self, locale: QLocale) -> list:
        previous = self._speech.locale()
        self._speech.setLocale(locale)
        voices = list(self._speech.availableVoices())
        self._speech.setLocale(previous)
        return voices

    def set_language(self, language: Language) -> bool:
        """Speak ``language`` from now on; False (read aloud hidden) when no voice speaks it."""
        if self._speech is None:
            return False
        self.stop()
        wanted = QLocale(language.locale)
        matches = [loc for loc in self._speech.availableLocales() if loc.language() == wanted.language()]
        if not matches:
            self._voice_found = False
            return False
        exact = [loc for loc in matches if loc.territory() == wanted.territory()]
        self._speech.setLocale((exact or matches)[0])
        self._voice_found = bool(self._speech.availableVoices())
        return self._voice_found

    @property
    def available(self) -> bool:
        """A voice for the current language exists."""
        return self._speech is not None and self._voice_found

    @property
    def speaking(self) -> bool:
        return self.available and self._speech.state() == QTextToSpeech.State.Speaking

    @property
    def voice_locale(self) -> str | None:
        return self._speech.locale().name() if self._speech is not None else None

    def say(self, text: str) -> None:
        if self.available:
            self._speech.stop()
            self._speech.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
