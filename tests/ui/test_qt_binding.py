"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 dropped a
reference to None on every call of a method returning nothing, which aborted a long-running
kiosk ("deallocating None"). This guards any future upgrade."""

import sys

from PySide6.QtWidgets import QPushButton


def test_calls_returning_nothing_keep_none_true_and_false_alive(qtbot):
    button = QPushButton("x")
    qtbot.addWidget(button)
    before = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for _ in range(2000):
        button.setText("a")
        button.setChecked(False)
        button.setEnabled(True)
        button.isVisible()
    after = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for name in before:
        assert after[name] >= before[name] - 50, f"{name} lost {before[name] - after[name]} references"
