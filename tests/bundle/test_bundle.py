"""The PyInstaller bundle runs on its own (clean environment, no virtualenv): version, demo data,
JSON listing, database check, and an offscreen start that builds the window; it carries what the
app opens at run time and leaves out what it never uses."""

import json
import re
import sys
import time
from pathlib import Path

import pytest

import kiosk
from kiosk.db import migrate

from .conftest import FIGURES, ROOT, Bundle, run_bundle

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle tests run on Linux"),
]

START_TIMEOUT = 20


@pytest.fixture(scope="module")
def demo_home(bundle: Bundle, tmp_path_factory) -> Path:
    """A fresh HOME with a demo database made by the bundle itself."""
    home = tmp_path_factory.mktemp("bundle-home")
    result = run_bundle(bundle, "--db", str(home / "demo.sqlite"), "demo", home=home)
    assert result.returncode == 0, result.stderr
    assert "demo hub" in result.stdout
    return home


def test_version(bundle: Bundle, tmp_path: Path):
    result = run_bundle(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kiosk {kiosk.__version__}"


def test_demo_data_lists_sessions_as_json(bundle: Bundle, demo_home: Path):
    result = run_bundle(bundle, "--db", str(demo_home / "demo.sqlite"), "--json", "sessions", home=demo_home)
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert isinstance(sessions, list) and sessions
    assert all(session["activity"] and session["start"] for session in sessions)


def test_migrations_ran_from_inside_the_bundle(bundle: Bundle, demo_home: Path):
    result = run_bundle(bundle, "--db", str(demo_home / "demo.sqlite"), "--json", "db", "check", home=demo_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["up_to_date"]
    assert report["current"] == report["head"] == migrate.HEAD


def test_documents_print_to_pdf_from_inside_the_bundle(bundle: Bundle, demo_home: Path):
    out = demo_home / "timetable.pdf"
    result = run_bundle(bundle, "--db", str(demo_home / "demo.sqlite"), "print", "timetable", "--out", str(out),
                        home=demo_home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_settings_check_uses_the_platform_folders(bundle: Bundle, tmp_path: Path):
    result = run_bundle(bundle, "--json", "config", "check", home=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and not report["exists"]
    assert Path(report["file"]).is_relative_to(tmp_path)
    assert Path(report["database"]).is_relative_to(tmp_path)


def test_offscreen_start_builds_the_window_on_demo_data(bundle: Bundle, demo_home: Path):
    started = time.monotonic()
    result = run_bundle(
        bundle, "--db", str(demo_home / "demo.sqlite"), "run", "--windowed", home=demo_home,
        timeout=START_TIMEOUT, QT_QPA_PLATFORM="offscreen", KIOSK_EXIT_WHEN_READY="1",
        KIOSK_SPEECH_ENGINE="mock", QT_DEBUG_PLUGINS="1",
    )
    seconds = time.monotonic() - started
    FIGURES["offscreen start to ready"] = f"{seconds:.2f} s"
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = re.findall(r'"([^"]+)" loaded library', result.stderr)
    assert any(path.endswith("/platforms/libqoffscreen.so") for path in loaded), result.stderr[-3000:]
    # Read-aloud: Qt found its speech plugins inside the bundle.
    assert any(path.endswith("/texttospeech/libqtexttospeech_mock.so") for path in loaded)
    outside = [path for path in loaded if not Path(path).is_relative_to(bundle.path)]
    assert not outside, f"Qt plugins loaded from outside the bundle: {outside}"


def test_bundle_carries_assets_and_migrations(bundle: Bundle):
    inside = bundle.internal
    source_migrations = sorted(p.name for p in (ROOT / "kiosk/db/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (inside / "kiosk/db/migrations/versions").glob("*.py")) == source_migrations
    assert (inside / "kiosk/db/migrations/env.py").is_file()
    assert (inside / "kiosk/db/migrations/script.py.mako").is_file()
    for ts in (ROOT / "assets/translations").glob("*.ts"):
        assert (inside / "assets/translations" / f"{ts.stem}.qm").is_file()
    for kind, pattern in (("fonts", "*.ttf"), ("icons", "*.svg")):
        shipped = {p.name for p in (inside / "assets" / kind).glob(pattern)}
        assert shipped == {p.name for p in (ROOT / "assets" / kind).glob(pattern)}


@pytest.mark.parametrize("plugin", [
    "platforms/libqoffscreen.so",
    "platforms/libqwayland.so",
    "platforms/libqxcb.so",
    "wayland-shell-integration/libxdg-shell.so",
    "texttospeech/libqtexttospeech_speechd.so",
    "iconengines/libqsvgicon.so",
    "imageformats/libqsvg.so",
    "printsupport/libcupsprintersupport.so",
])
def test_bundle_has_the_qt_plugins_a_kiosk_needs(bundle: Bundle, plugin: str):
    assert (bundle.internal / "PySide6/Qt/plugins" / plugin).is_file()


@pytest.mark.parametrize("module", ["QtTextToSpeech", "QtSvg", "QtPdf", "QtPrintSupport", "QtCharts"])
def test_bundle_keeps_the_qt_modules_the_app_uses(bundle: Bundle, module: str):
    assert list((bundle.internal / "PySide6").glob(f"{module}.*")), module


@pytest.mark.parametrize("pattern", [
    "**/libQt6WebEngine*", "**/libQt63D*", "**/libQt6Quick3D*", "**/libQt6Quick.so*",
    "**/libQt6VirtualKeyboard*", "**/platformthemes/*", "pytest", "_pytest", "hypothesis",
])
def test_bundle_leaves_out_what_the_kiosk_never_uses(bundle: Bundle, pattern: str):
    assert not list(bundle.internal.glob(pattern))
