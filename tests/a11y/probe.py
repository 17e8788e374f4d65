"""Look at the kiosk the way a screen reader does: over AT-SPI, the bus Orca reads.

Run with Debian's own Python (it has pyatspi; a virtualenv does not) inside a D-Bus session:
``dbus-run-session -- /usr/bin/python3 tests/a11y/probe.py PLAN.json -- APP ARGS…``. It starts the
accessibility bus and a virtual screen (Xvfb), then the app on it, then follows the plan: press
controls by their accessible names, as a screen-reader user would, and after each step write one
JSON line listing every control the tree reports as showing."""

import json
import os
import signal
import subprocess
import sys
import time

import pyatspi

APP_NAME = "Recovery Hub Kiosk"
#: roles a visitor acts on or reads: each must have a name
#: Roles of a control whose own name covers what is drawn inside it (a face's picture, say).
BUTTON_ROLES = {"push button", "toggle button", "check box", "radio button"}
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "text", "entry", "list item",
                 "table cell", "label", "combo box", "slider", "spin button", "image", "list", "table",
                 "page tab", "link"}


def start_screen() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    screen = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    return screen, f":{display}"


def find_app(timeout: float = 90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == APP_NAME and app.childCount:
                return app
        time.sleep(0.25)
    raise SystemExit(f"{APP_NAME} never appeared on the accessibility bus")


class Stale(Exception):
    """A node went away while the tree was read (a page was being rebuilt): read it again."""


def walk(node, path=()):
    if node is None:
        return
    try:
        entry = (node.getRoleName(), node.name)
        children = [node.getChildAtIndex(index) for index in range(node.childCount)]
    except Exception as error:  # GLib.GError from a node that no longer exists
        raise Stale() from error
    yield node, path
    for child in children:
        yield from walk(child, path + (entry,))


def showing(app, tries: int = 10) -> list[dict]:
    for _ in range(tries):
        try:
            return _showing(app)
        except Stale:
            time.sleep(0.3)
    raise SystemExit("the accessibility tree kept changing")


def _showing(app) -> list[dict]:
    found = []
    for node, path in walk(app):
        try:
            states = node.getState()
        except Exception as error:
            raise Stale() from error
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        found.append({"role": node.getRoleName(), "name": node.name or "",
                      "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                      "page": next((name for role, name in path if role in ("filler", "panel") and name), None),
                      "in_button": any(role in BUTTON_ROLES and name for role, name in path),
                      "control": node.getRoleName() in CONTROL_ROLES})
    return found


def press(app, name: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            for node, _path in walk(app):
                if node.name == name and node.getState().contains(pyatspi.STATE_SHOWING):
                    try:
                        action = node.queryAction()
                    except NotImplementedError:
                        continue
                    action.doAction(0)
                    return
        except Stale:
            pass
        time.sleep(0.2)
    raise SystemExit(f"nothing showing is called {name!r}")


def settle(app, page_name: str | None, timeout: float = 30.0) -> None:
    """Wait until the page called ``page_name`` is the one showing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pages = {item["page"] for item in showing(app) if item["page"]}
        if page_name is None or page_name in pages:
            time.sleep(0.3)
            return
        time.sleep(0.2)
    raise SystemExit(f"the page {page_name!r} never showed")


def main() -> int:
    plan = json.load(open(sys.argv[1], encoding="utf-8"))
    app_command = sys.argv[sys.argv.index("--") + 1:]
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], stderr=subprocess.DEVNULL)
    screen, display = start_screen()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    kiosk = subprocess.Popen(app_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        app = find_app()
        for step in plan:
            for name in step.get("press", []):
                press(app, name)
            settle(app, step.get("page"))
            print(json.dumps({"step": step.get("label"), "showing": showing(app)}, ensure_ascii=False), flush=True)
    finally:
        for process in (kiosk, screen, bus):
            process.send_signal(signal.SIGTERM)
        for process in (kiosk, screen, bus):
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
