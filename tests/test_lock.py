"""The lock file: every package pinned to one version with its hashes, every requirement of
pyproject.toml met by it, the Makefile installing from it in hash-checking mode, and these tests
running on exactly the locked versions."""

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>\S+)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$")
#: how the lock is installed, not what runs: a venv made before the lock may have others
INSTALL_TOOLS = {"pip", "setuptools", "wheel"}
REFRESH = "refresh requirements.lock with the command in README.md, Dependencies"


def locked() -> dict[str, dict]:
    """name → {version, marker, hashes} for each package of the lock."""
    found: dict[str, dict] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            current = found.setdefault(canonicalize_name(match["name"]), {
                "version": match["version"], "marker": match["marker"], "hashes": []})
        elif line.strip().startswith("--hash=sha256:") and current is not None:
            current["hashes"].append(line.strip().split(":", 1)[1].rstrip(" \\"))
        elif line.strip() and not line.lstrip().startswith("#"):
            pytest.fail(f"requirements.lock has a line that is not a pin or a hash: {line!r}")
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    texts = [*project["dependencies"], *project["optional-dependencies"]["test"],
             *project["optional-dependencies"]["bundle"]]
    build = (ROOT / "requirements-build.in").read_text().splitlines()
    texts += [line for line in build if line.strip() and not line.startswith("#")]
    return [Requirement(text) for text in texts]


def test_every_package_is_pinned_with_hashes():
    pins = locked()
    assert len(pins) > 30
    for name, pin in pins.items():
        assert pin["hashes"], f"{name} has no hash in requirements.lock"
        assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in pin["hashes"]), name


def test_the_lock_meets_every_requirement_of_pyproject():
    pins = locked()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in requirements.lock: {REFRESH}"
        version = pins[name]["version"]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock has {name} {version}, but pyproject.toml asks for {requirement}: {REFRESH}")


def test_the_pyside6_pin_is_the_one_pyproject_names():
    pins = locked()
    assert {n: pins[n]["version"] for n in ("pyside6-essentials", "pyside6-addons", "shiboken6")} == {
        "pyside6-essentials": "6.11.3", "pyside6-addons": "6.11.3", "shiboken6": "6.11.3"}


def test_the_makefile_installs_from_the_lock_only():
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("$(STAMP): $(LOCK) pyproject.toml\n", 1)[1].split("\n\n", 1)[0]
    assert "pip install --quiet --require-hashes --only-binary :all: -r $(LOCK)" in recipe
    assert "pip install --quiet --no-deps --no-build-isolation -e ." in recipe
    assert "LOCK = requirements.lock" in makefile
    assert re.search(r"^bundle: \$\(STAMP\)", makefile, re.M), "the bundle is built in the locked venv"


def test_the_tests_run_on_the_locked_versions():
    """What this interpreter has installed is what the lock pins (for this platform)."""
    wrong = []
    for name, pin in locked().items():
        if name in INSTALL_TOOLS or (pin["marker"] and not Marker(pin["marker"]).evaluate()):
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != pin["version"]:
            wrong.append(f"{name}: locked {pin['version']}, installed {installed}")
    assert not wrong, "The venv does not match requirements.lock (run make venv):\n" + "\n".join(wrong)
