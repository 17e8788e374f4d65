"""Fixtures for the bundle tests: the PyInstaller bundle (built once per run, or the one KIOSK_BUNDLE_DIR
names) and a clean environment to run it in, with the figures measured on the way."""

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "kiosk.spec"
APP_NAME = "recovery-hub-kiosk"
EXE_NAME = "kiosk"
BUNDLE_ENV = "KIOSK_BUNDLE_DIR"
BUILD_TIMEOUT = 600

#: Figures printed at the end of the run (build time, size, start time).
FIGURES: dict[str, str] = {}


@dataclass(frozen=True)
class Bundle:
    path: Path

    @property
    def exe(self) -> Path:
        return self.path / EXE_NAME

    @property
    def internal(self) -> Path:
        return self.path / "_internal"


def folder_megabytes(path: Path) -> float:
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(folder, name)).st_size
    return total / 1e6


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Bundle:
    """The built bundle: KIOSK_BUNDLE_DIR's (``make bundle-test`` sets it after ``make bundle``),
    else one built here, in pytest's temporary folder (which pytest clears in later runs)."""
    prebuilt = os.environ.get(BUNDLE_ENV)
    if prebuilt:
        found = Bundle(Path(prebuilt).resolve())
        if not found.exe.is_file():
            pytest.fail(f"{BUNDLE_ENV}={prebuilt} holds no {EXE_NAME} program: run 'make bundle' first")
        FIGURES["bundle"] = f"{found.path} (prebuilt), {folder_megabytes(found.path):.0f} MB"
        yield found
        return
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -e '.[bundle]', or run 'make bundle-test'")
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False,
    )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        pytest.fail(f"PyInstaller failed ({result.returncode}):\n{result.stderr[-4000:]}")
    built = Bundle(work / "dist" / APP_NAME)
    FIGURES["bundle"] = f"built in {seconds:.1f} s, {folder_megabytes(built.path):.0f} MB"
    yield built
    shutil.rmtree(work, ignore_errors=True)  # 170 MB; pytest would only clear it a few runs later


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a freshly logged-in user would have: no virtualenv on PATH, no PYTHONPATH, a HOME
    of its own (so the settings, data and log folders are fresh too)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "TMPDIR": str(home)}
    env.update(extra)
    return env


def run_bundle(bundle: Bundle, *args: str, home: Path, timeout: float = 60,
               **extra: str) -> subprocess.CompletedProcess:
    """Run the bundled program on its own: clean environment, started from ``home``."""
    return subprocess.run([str(bundle.exe), *args], cwd=home, env=clean_env(home, **extra),
                          capture_output=True, text=True, timeout=timeout, check=False)


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("bundle figures")
        for name, value in FIGURES.items():
            terminalreporter.write_line(f"{name}: {value}")
