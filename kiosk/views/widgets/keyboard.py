"""An on-screen keyboard for every text field: big keys, automatic capitals, accented letters,
and no focus of its own so the field keeps the cursor."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QWidget
from ..i18n import tr

ROWS = ["1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-.,"]
ACCENTS = ["ÁÉÍÓÚÂÊÎÔÛ", "ÄËÏÖÜÀÈÌÒÙ", "ŁŚŻŹĆŃĘĄŞĞ", "ÇÑÅØÆŴŶĪŌ?"]


class OnScreenKeyboard(QWidget):
    """Types into whichever attached field last had focus."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fields: list[QWidget] = []
        self._target: QWidget | None = None
        self._shift_once = False
        self._accents = False
        self.setAccessibleName(tr("On-screen keyboard"))
        self.setLayoutDirection(Qt.LeftToRight)  # its keys keep their order in a right-to-left language
        self._grid = QGridLayout(self)
        self._grid.setSpacing(8)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._build_keys()

    def _build_keys(self) -> None:
        self._letter_keys: list[QPushButton] = []
        for r in range(4):
            for c in range(10):
                key = self._key("", lambda _=False, r=r, c=c: self._type_at(r, c))
                self._grid.addWidget(key, r, c)
                self._letter_keys.append(key)
        self._more = self._key("àé", self._toggle_accents, tr("More letters"))
        self._shift = self._key("Aa", self._toggle_shift, tr("Capital letter"))
        space = self._key(tr("Space"), lambda: self._insert(" "))
        back = self._key(tr("Delete"), self._backspace)
        self._grid.addWidget(self._shift, 4, 0, 1, 2)
        self._grid.addWidget(self._more, 4, 2, 1, 2)
        self._grid.addWidget(space, 4, 4, 1, 4)
        self._grid.addWidget(back, 4, 8, 1, 2)
        for column in range(10):
            self._grid.setColumnStretch(column, 1)
        self._label_keys()

    def _key(self, text: str, slot, name: str | None = None) -> QPushButton:
        key = QPushButton(text)
        key.setFocusPolicy(Qt.NoFocus)
        key.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        key.setProperty("role", "key")
        key.setAccessibleName(name or text)
        key.clicked.connect(slot)
        return key

    def _label_keys(self) -> None:
        rows = ACCENTS if self._accents else ROWS
        for index, key in enumerate(self._letter_keys):
            char = rows[index // 10][index % 10]
            shown = char if self._upper_next() or not char.isalpha() else char.lower()
            key.setText(shown)
            key.setAccessibleName(shown)
        self._more.setText(tr("ABC") if self._accents else "àé")
        self._more.setAccessibleName(tr("Back to letters") if self._accents else tr("More letters"))

    # -- fields ----------------------------------------------------------------------------

    def attach(self, field: QWidget, capitals: str = "words") -> None:
        """Let the keyboard type into ``field`` (a QLineEdit or QPlainTextEdit). ``capitals`` is
        "words" (names), "sentences" (comments) or "all" (postcodes)."""
        self._fields.append(field)
        field.setProperty("capitals", capitals)
        field.installEventFilter(self)
        if self._target is None:
            self._target = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.FocusIn and watched in self._fields:
            self._target = watched
            self._label_keys()
        return False

    @property
    def target(self) -> QWidget | None:
        return self._target

    # -- typing ----------------------------------------------------------------------------

    def _type_at(self, row: int, column: int) -> None:
        char = (ACCENTS if self._accents else ROWS)[row][column]
        self._insert(char if self._upper_next() or not char.isalpha() else char.lower())

    def _upper_next(self) -> bool:
        """Capital at the start of a name's words (or of a sentence in longer text)."""
        mode = self._target.property("capitals") if self._target is not None else "words"
        if self._shift_once or mode == "all":
            return True
        text = self._text()
        if mode == "sentences":
            stripped = text.rstrip()
            return not stripped or stripped[-1] in ".!?\n"
        return not text or text[-1] in " -'"

    def _text(self) -> str:
        if isinstance(self._target, QLineEdit):
            return self._target.text()[: self._target.cursorPosition()]
        if isinstance(self._target, QPlainTextEdit):
            cursor = self._target.textCursor()
            return self._target.toPlainText()[: cursor.position()]
        return ""

    def _insert(self, text: str) -> None:
        if isinstance(self._target, QLineEdit):
            self._target.insert(text)
        elif isinstance(self._target, QPlainTextEdit):
            self._target.insertPlainText(text)
        self._shift_once = False
        self._label_keys()

    def _backspace(self) -> None:
        if isinstance(self._target, QLineEdit):
            self._target.backspace()
        elif isinstance(self._target, QPlainTextEdit):
            self._target.textCursor().deletePreviousChar()
        self._label_keys()

    def _toggle_shift(self) -> None:
        self._shift_once = not self._shift_once
        self._label_keys()

    def _toggle_accents(self) -> None:
        self._accents = not self._accents
        self._label_keys()

    def reset(self) -> None:
        self._accents = False
        self._shift_once = False
        self._label_keys()

    def key(self, label: str) -> QPushButton:
        """The key showing ``label`` (for tests and read-aloud)."""
        for key in self.findChildren(QPushButton):
            if key.text() == label or key.accessibleName() == label:
                return key
        raise KeyError(label)


class DeskKeyboard(OnScreenKeyboard):
    """The on-screen keyboard shared by every desk page: it follows the field that has the focus."""

    def follow(self, field: QWidget) -> None:
        if field not in self._fields:
            self.attach(field, capitals=field.property("capitals") or "sentences")
        self._target = field
        self._label_keys()
