"""Fast checks of installers/ without building anything: the spec ships the migrations and assets
where the code looks for them, the shell scripts parse, and the systemd unit is valid and gives the
kiosk writable data, settings and log folders."""

import ast
import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from kiosk import config, paths
from kiosk.db import migrate

from .conftest import ROOT, SPEC

LINUX = ROOT / "installers" / "linux"
UNIT = LINUX / "recovery-hub-kiosk.service"
ADMIN_COMMAND = LINUX / "recovery-hub-kiosk"
KIOSK_USER = "recovery-hub-kiosk"


@pytest.fixture(scope="module")
def spec() -> dict:
    """The spec's lists, read as PyInstaller would read them but without building."""
    return runpy.run_path(str(SPEC), init_globals={"SPECPATH": str(SPEC.parent)})


def unit_settings(path: Path = UNIT) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as {section: {key: [values...]}} (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key, []).append(value)
    return sections


def unit_environment() -> dict[str, str]:
    return dict(item.split("=", 1) for item in unit_settings()["Service"].get("Environment", []))


def test_spec_ships_every_migration_where_migrate_looks(spec):
    shipped = {(Path(src).resolve(), dest) for src, dest in spec["DATAS"]}
    inside = migrate.MIGRATIONS_DIR.resolve().relative_to(ROOT).as_posix()
    assert inside == "kiosk/db/migrations"
    expected = [migrate.MIGRATIONS_DIR / "env.py", migrate.MIGRATIONS_DIR / "script.py.mako"]
    assert {(p.resolve(), inside) for p in expected} <= shipped
    versions = sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert versions
    assert {(p.resolve(), f"{inside}/versions") for p in versions} <= shipped


def test_spec_ships_assets_where_the_app_looks(spec):
    assert paths.assets_dir().relative_to(paths.app_root()).as_posix() == "assets"
    shipped = {(Path(src).resolve(), dest) for src, dest in spec["DATAS"]}
    for kind, pattern in (("fonts", "*.ttf"), ("icons", "*.svg")):
        files = sorted((paths.assets_dir() / kind).glob(pattern))
        assert files
        assert {(p.resolve(), f"assets/{kind}") for p in files} <= shipped
    # The .qm files are built by make, so the spec names them by pattern.
    assert ("assets/translations", "*.qm", "assets/translations") in spec["DATA_GLOBS"]
    assert not any(src.endswith(".ts") for src, _ in spec["DATAS"])


def test_everything_the_migration_scripts_import_is_bundled(spec):
    """Alembic loads these scripts from files, so PyInstaller cannot see their imports."""
    found_by_analysis = {"kiosk", "sqlalchemy", "alembic", "__future__"}  # kiosk.db.migrate imports these
    hidden = set(spec["HIDDEN_IMPORTS"])
    scripts = [migrate.MIGRATIONS_DIR / "env.py", *sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py"))]
    for script in scripts:
        for node in ast.walk(ast.parse(script.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "alembic":
                for alias in node.names:
                    assert f"alembic.{alias.name}" in hidden, f"{script.name}: alembic.{alias.name}"
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            for name in names:
                top = name.split(".")[0]
                assert top in found_by_analysis or top in sys.stdlib_module_names or name in hidden, \
                    f"{script.name} imports {name}, which the bundle may not carry"


def test_spec_keeps_the_qt_modules_the_app_needs(spec):
    for module in ("QtTextToSpeech", "QtSvg", "QtPdf", "QtPrintSupport", "QtCharts"):
        assert f"PySide6.{module}" in spec["HIDDEN_IMPORTS"]
        assert f"PySide6.{module}" not in spec["EXCLUDES"]
    for module in ("QtWebEngineCore", "Qt3DCore", "QtQuick3D", "QtMultimedia"):
        assert f"PySide6.{module}" in spec["EXCLUDES"]


def test_spec_keeps_qt_catalogues_only_for_the_kiosk_languages(spec):
    keep, languages = spec["keep_qt_translation"], spec["kiosk_languages"]()
    assert "pl" in languages
    assert keep("PySide6/Qt/translations/qtbase_pl.qm", {"pl"})
    assert keep("PySide6/Qt/translations/qt_pt_BR.qm", {"pt"})
    assert not keep("PySide6/Qt/translations/qtbase_de.qm", {"pl"})
    assert keep("assets/translations/kiosk_pl.qm", {"pl"})  # ours are never filtered


@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh", "recovery-hub-kiosk"])
def test_shell_scripts_parse(script):
    path = LINUX / script
    assert os.access(path, os.X_OK), f"{script} is not executable"
    shell = "bash" if path.read_text().startswith("#!/usr/bin/env bash") else "sh"
    result = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_systemd_unit_verifies(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed, so the unit was not verified")
    text = UNIT.read_text()
    if not Path("/usr/bin/cage").exists():  # verify checks that ExecStart's program exists
        print("cage is not installed: verifying the unit with /bin/true in its place")
        text = text.replace("/usr/bin/cage", "/bin/true")
    copy = tmp_path / UNIT.name
    copy.write_text(text)
    result = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, check=False)
    ours = [line for line in (result.stdout + result.stderr).splitlines() if UNIT.name in line]
    assert result.returncode == 0 and not ours, result.stdout + result.stderr


def test_unit_runs_the_kiosk_full_screen_under_cage_and_restarts_it():
    service = unit_settings()["Service"]
    assert service["User"] == [KIOSK_USER]
    exec_start = service["ExecStart"][0].split()
    assert exec_start[0] == "/usr/bin/cage"
    assert exec_start[exec_start.index("--") + 1:] == ["/opt/recovery-hub-kiosk/kiosk", "run"]
    assert "-s" not in exec_start  # no switching away to a text console
    assert service["Restart"] == ["always"] and service["RestartSec"] == ["2"]
    assert unit_settings()["Unit"]["StartLimitIntervalSec"] == ["0"]
    env = unit_environment()
    assert env["QT_QPA_PLATFORM"] == "wayland"
    assert env["XDG_RUNTIME_DIR"] == f"/run/{service['RuntimeDirectory'][0]}"
    assert service["RuntimeDirectoryMode"] == ["0700"]


def test_unit_is_hardened():
    service = unit_settings()["Service"]
    for key, value in {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes",
                       "RestrictSUIDSGID": "yes", "ProtectKernelModules": "yes", "CapabilityBoundingSet": "",
                       "UMask": "0077"}.items():
        assert service.get(key) == [value], key


def test_unit_lets_the_kiosk_write_its_data_settings_and_logs(monkeypatch):
    """Under ProtectSystem=strict only the listed folders are writable: the folders the app
    computes from the unit's environment must be among them."""
    service = unit_settings()["Service"]
    writable = [Path(p.lstrip("-")) for p in service["ReadWritePaths"]]
    writable += [Path("/var/lib") / d for d in service["StateDirectory"]]
    writable += [Path("/var/log") / d for d in service["LogsDirectory"]]
    writable += [Path("/var/cache") / d for d in service["CacheDirectory"]]
    writable += [Path("/run") / d for d in service["RuntimeDirectory"]]
    for key in ("KIOSK_DB", "KIOSK_SETTINGS"):
        monkeypatch.delenv(key, raising=False)
    for key, value in unit_environment().items():
        monkeypatch.setenv(key, value)
    app = config.APP_NAME
    folders = {
        "data": config.default_db_path().parent,
        "settings": config.settings_path().parent,
        "logs": Path(platformdirs.user_log_dir(app, appauthor=False)),
        "cache": Path(platformdirs.user_cache_dir(app, appauthor=False)),
        "home": Path(os.environ["HOME"]),
    }
    for name, folder in folders.items():
        assert any(folder.is_relative_to(w) for w in writable), f"{name} folder {folder} is read-only"
    assert folders["settings"] == Path("/etc/recovery-hub-kiosk")
    assert folders["data"] == Path("/var/lib/recovery-hub-kiosk")


def test_admin_command_uses_the_units_folders():
    assignments = dict(re.findall(r"^\s+((?:HOME|XDG_\w+))=(\S+)", ADMIN_COMMAND.read_text(), re.MULTILINE))
    env = unit_environment()
    assert assignments
    assert all(env[key] == value for key, value in assignments.items()), assignments
    assert {k for k in env if k.startswith("XDG_") and k != "XDG_RUNTIME_DIR"} | {"HOME"} == set(assignments)


def test_install_script_installs_the_files_beside_it():
    text = (LINUX / "install.sh").read_text()
    assert f"NAME={KIOSK_USER}" in text
    for name in ("recovery-hub-kiosk.service", "recovery-hub-kiosk.pam", "recovery-hub-kiosk"):
        assert (LINUX / name).is_file()
        assert f'"$HERE/{name}"' in text
