"""Composition root: start Qt and paint the window first, then open and migrate the database,
build the services and hand them to the window. The only module that wires everything."""

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def open_services(db_path: str | Path, demo: bool = False):
    """Open (and migrate) the local database; with ``demo``, fill an empty one with the demo hub."""
    from .db import migrate
    from .db.engine import make_engine, sqlite_url
    from .services import build_services

    engine = make_engine(sqlite_url(db_path))
    migrate.upgrade(engine)
    services = build_services(engine)
    if demo and not services.hub.is_set_up():
        from .services.demo import fill_demo
        fill_demo(engine)
    return services


def run_app(db_path: str | Path, *, demo: bool = False, desk: bool = False, windowed: bool = False) -> int:
    """Open the kiosk window on ``db_path``; returns the Qt exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .views.fonts import install_fonts
    from .views.i18n import install_translator
    from .views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recovery Hub Kiosk")
    install_fonts()
    install_translator(app)
    window = MainWindow(locked=not windowed)
    state = {}

    def load() -> None:
        try:
            state["services"] = open_services(db_path, demo)
            window.start(state["services"])
        except Exception as error:  # shown calmly on screen; details go to the log only
            log.exception("could not open the database")
            window.show_problem(getattr(error, "message", "This kiosk cannot open its data just now."))

    # Painting first and opening the database just after keeps the screen from staying black.
    window.first_painted.connect(lambda: QTimer.singleShot(0, load))
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT"):
        window.first_painted.connect(app.quit)
    if os.environ.get("KIOSK_EXIT_WHEN_READY"):
        window.ready.connect(app.quit)
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    window.unlock_for_shutdown()
    if "services" in state:
        state["services"].uow.engine.dispose()
    return code
