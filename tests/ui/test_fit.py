"""Every visitor screen, in each of its states, fits every supported screen at every text size in
English and in every shipped language; the desk pages fit the desk screens. Fits means: no button
or label smaller than its words, the main action, Back / Start again and Help now in full view, a
focused field and its whole keyboard in view, nothing scrolling sideways (tests/ui/fit.py)."""

import shutil

import pytest
from kiosk.views import i18n
from kiosk.views.theme import Theme, screen_scale
from tests.conftest import DEMO_NOW, FakeClock
from tests.ui import fit, screens

LANGUAGES = screens.languages()
#: language outermost, so that each language's window is built once; sizes sharing a scale together
MATRIX = [(language, size, text) for language in LANGUAGES for text in screens.TEXT_SIZES
          for size in sorted(screens.SIZES, key=lambda s: screen_scale(*screens.SIZES[s]))]


def report(problems_by_state: dict[str, list[fit.Problem]]) -> str:
    lines = [f"{state}: {problem}" for state, found in problems_by_state.items() for problem in found]
    more = f"\n... and {len(lines) - 40} more" if len(lines) > 40 else ""
    return "\n".join(lines[:40]) + more


class Kiosk:
    """One visitor window for the whole matrix; languages are switched the way a visitor does."""

    def __init__(self, template, tmp):
        from kiosk.app import open_services
        from kiosk.views.main_window import MainWindow

        path = tmp / "kiosk.sqlite"
        shutil.copyfile(template, path)
        self.services = open_services(path, clock=FakeClock(DEMO_NOW))
        self.window = MainWindow(locked=False)
        self.window.show()
        self.window.start(self.services)
        self.window.activateWindow()  # so that a tapped field really takes the focus
        self.states = screens.visitor_states(self.window, self.services)

    def get(self, language: str):
        if self.window.language != language:
            screens.close_overlays(self.window)
            self.window.set_language(language)
            assert self.window.language == language, f"no catalogue for {language}"
            self.window.activateWindow()  # the rebuilt pages: a tapped field takes the focus again
        return self.window, self.states

    def close(self) -> None:
        screens.close_overlays(self.window)
        self.window.close()
        self.window.deleteLater()
        self.services.uow.engine.dispose()


@pytest.fixture(scope="module")
def shipped_fonts(qapp):
    """The fonts the kiosk ships and loads at start-up (taken out again afterwards)."""
    from PySide6.QtGui import QFontDatabase

    from kiosk.paths import assets_dir

    ids = [QFontDatabase.addApplicationFont(str(path)) for path in sorted((assets_dir() / "fonts").glob("*.ttf"))]
    yield
    for font_id in ids:
        QFontDatabase.removeApplicationFont(font_id)


@pytest.fixture(scope="module")
def kiosk(qapp, shipped_fonts, demo_template, tmp_path_factory):
    folder = screens.compile_catalogues(tmp_path_factory.mktemp("catalogues"))
    i18n.use_language("en", str(folder))
    made = Kiosk(demo_template, tmp_path_factory.mktemp("fit"))
    yield made
    made.close()
    i18n.use_language("en")
    i18n._State.folder = None


@pytest.mark.parametrize(("language", "size", "text"), MATRIX, ids=["-".join(m) for m in MATRIX])
def test_every_visitor_screen_fits(kiosk, language, size, text):
    window, states = kiosk.get(language)
    window.setFixedSize(*screens.SIZES[size])
    screens.settle()
    if window.theme.size != screens.TEXT_SIZES[text]:
        window.apply_theme(Theme(window.theme.high_contrast, screens.TEXT_SIZES[text], window.theme.scale))
    found = {}
    for state in states:
        screens.close_overlays(window)
        state.show()
        screens.settle(window)
        problems = fit.problems(window, screens.must_see(window), screens.on_top(window))
        if problems:
            found[state.name] = problems
    assert not found, f"{language} {size} {text}:\n{report(found)}"


def test_the_matrix_covers_every_catalogue_and_screen():
    assert LANGUAGES[0] == "en" and {"pl", "ur"} <= set(LANGUAGES)
    assert {"1920x1080", "1366x768", "1280x800", "1280x1024", "1080x1920"} <= set(screens.SIZES)
    assert len(MATRIX) == len(LANGUAGES) * len(screens.SIZES) * len(screens.TEXT_SIZES)


@pytest.fixture(scope="module")
def desk(qapp, shipped_fonts, demo_template, tmp_path_factory):
    from kiosk.app import open_services
    from kiosk.views.desk.window import DeskWindow

    path = tmp_path_factory.mktemp("fit-desk") / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    services = open_services(path, clock=FakeClock(DEMO_NOW))
    window = DeskWindow()
    window.show()
    window.start(services)
    yield window, screens.desk_states(window, services)
    window.close()
    services.uow.engine.dispose()


@pytest.mark.parametrize("size", list(screens.DESK_SIZES))
def test_every_desk_page_fits(desk, size):
    window, states = desk
    window.setFixedSize(*screens.DESK_SIZES[size])
    found = {}
    for state in states:
        state.show()
        screens.settle(window)
        problems = fit.problems(window, screens.desk_must_see(window))
        if problems:
            found[state.name] = problems
    assert not found, f"desk {size}:\n{report(found)}"


def test_the_checker_finds_cut_off_words(qtbot):
    """The checker itself: a label and a button squeezed below their words are reported."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    label, button = QLabel("A sentence far too long for the room"), QPushButton("Another long button text")
    wrapped = QLabel("Words that wrap onto many lines in a narrow box " * 3, wordWrap=True)
    for widget in (label, button, wrapped):
        widget.setMinimumSize(1, 1)
        column.addWidget(widget)
    window.setFixedSize(120, 90)
    window.show()
    qtbot.waitExposed(window)
    found = {p.widget for p in fit.cut_off(window)}
    assert {fit.describe(label), fit.describe(button), fit.describe(wrapped)} <= found
