"""Logs tell what happened, never who: drive the app and the command line with distinctive
names, comments, PINs and a password, then search every log file for them."""

import logging
import subprocess
import sys

from kiosk.logs import set_up_logging
from tests.ui.helpers import page, tap, type_on_screen

SECRETS = {"name": "Zephyrinaq", "comment": "Quillbrock", "pin": "735194", "password": "Vortquist-88"}


def test_nothing_personal_reaches_the_logs(tmp_path, make_window, qtbot, demo_db):
    logs = tmp_path / "logs"
    set_up_logging(logs, "DEBUG")
    try:
        window = make_window()
        services = window.services
        tap(qtbot, page(window, "welcome").tiles["check_in"])
        type_on_screen(qtbot, page(window, "check_in").keyboard, SECRETS["name"])
        tap(qtbot, page(window, "check_in").confirm)
        window.go("feedback")
        feedback = page(window, "feedback")
        tap(qtbot, feedback.faces[2])
        type_on_screen(qtbot, feedback.keyboard, SECRETS["comment"])
        tap(qtbot, feedback.send)
        session = next(s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                       if s.starts_at > services.uow.clock() and not s.is_cancelled)
        services.booking.book(session.id, SECRETS["name"], 1)
        lead = services.accounts.staff()[0]
        for attempt in range(2):
            try:
                services.accounts.sign_in(lead.id, SECRETS["pin"])
            except Exception as error:
                logging.getLogger("kiosk.test").warning("sign-in refused: %s", type(error).__name__)
        logging.getLogger("kiosk.test").exception("an error with a message", exc_info=ValueError("boom"))
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
    settings = tmp_path / "settings.toml"
    settings.write_text(f'[logging]\nfolder = "{logs}"\nlevel = "DEBUG"\n'
                        f'[central]\nhost = "127.0.0.1"\nport = 1\ndbname = "k"\nuser = "u"\n'
                        f'password = "{SECRETS["password"]}"\n', encoding="utf-8")
    base = [sys.executable, "-m", "kiosk", "--settings", str(settings), "--debug", "--db", str(demo_db)]
    subprocess.run([*base, "checkin", "--name", SECRETS["name"]], capture_output=True, timeout=60)
    subprocess.run([*base, "feedback", "--rating", "4", "--comment", SECRETS["comment"]],
                   capture_output=True, timeout=60)
    subprocess.run([*base, "book", "not-a-session", "--name", SECRETS["name"]], capture_output=True, timeout=60)
    subprocess.run([*base, "staff", "add", "--name", "Lee", "--role", "volunteer"],
                   input=SECRETS["pin"] + "\n", capture_output=True, text=True, timeout=60)
    subprocess.run([*base, "config", "check"], capture_output=True, timeout=60)
    files = list(logs.glob("kiosk.log*"))
    assert files, "the app wrote no log at all"
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "sign-in refused: WrongPin" in text and "ValueError: boom" in text  # the log does hold events
    for kind, secret in SECRETS.items():
        assert secret not in text, f"a {kind} reached the log"
