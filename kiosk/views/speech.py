"""Read aloud through QtTextToSpeech, offered only when a working speech engine exists."""

import os

from PySide6.QtTextToSpeech import QTextToSpeech

#: Qt's "mock" engine makes no sound; it is used only when asked for (tests, screenshots).
ENGINE_ENV = "KIOSK_SPEECH_ENGINE"


class ReadAloud:
    def __init__(self):
        self._speech = self._open_engine()

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

    @property
    def available(self) -> bool:
        return self._speech is not None

    @property
    def speaking(self) -> bool:
        return self.available and self._speech.state() == QTextToSpeech.State.Speaking

    def say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.stop()
            self._speech.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
