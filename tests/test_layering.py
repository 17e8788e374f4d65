"""The layering rule (views -> services -> db, domain under all, Qt only in views) checked by
import-linter's contracts in pyproject.toml and by a plain walk over the source."""

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kiosk"
QT_PACKAGES = ("PySide6", "shiboken6")
#: Packages that must run without Qt: the CLI, the sync engine and the tests all use them.
QT_FREE = ("domain", "db", "services")
#: What the database layer must never reach up to.
UPPER_LAYERS = ("services", "views", "app", "cli")


def lint_imports_command() -> list[str]:
    """The venv's ``lint-imports`` beside this interpreter, else the module entry point."""
    script = Path(sys.executable).with_name("lint-imports")
    if script.exists():
        return [str(script)]
    found = shutil.which("lint-imports")
    if found:
        return [found]
    return [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"]


def run_lint(cwd: Path, config: Path, pythonpath: Path | None = None
             ) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    return subprocess.run(
        [*lint_imports_command(), "--no-cache", "--no-logo", str(config)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (at any depth, relative ones resolved), with line numbers."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            found.append((node.lineno, target))
            found.extend((node.lineno, f"{target}.{alias.name}") for alias in node.names)
    return found


def sources(*packages: str) -> list[Path]:
    return sorted(p for pkg in packages for p in (PACKAGE / pkg).rglob("*.py"))


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_import_linter_contracts_are_kept():
    result = run_lint(ROOT, ROOT / "pyproject.toml")
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contracts = config["tool"]["importlinter"]["contracts"]
    assert f"Contracts: {len(contracts)} kept, 0 broken." in report, report


def test_contracts_catch_a_broken_layer(tmp_path):
    """The contracts are not vacuous: a copy of the package with three bad imports fails them."""
    copy = tmp_path / "kiosk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "db" / "bad_qt.py").write_text('"""Bad."""\nimport PySide6.QtCore\n')
    (copy / "db" / "bad_upward.py").write_text('"""Bad."""\nfrom kiosk.services import booking\n')
    (copy / "domain" / "bad_orm.py").write_text('"""Bad."""\nfrom ..db import models\n')
    result = run_lint(tmp_path, ROOT / "pyproject.toml", pythonpath=tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode != 0, report
    assert "kiosk.db.bad_qt -> PySide6" in report
    assert "kiosk.db.bad_upward -> kiosk.services.booking" in report
    assert "kiosk.domain.bad_orm -> kiosk.db.models" in report


def test_contracts_keep_printing_sync_and_settings_in_their_places(tmp_path):
    """Printing and sync sit above the services and apart from each other; the settings modules
    reach nothing of the kiosk but the domain."""
    copy = tmp_path / "kiosk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    bad = {"services/bad_sync.py": "from kiosk.sync import engine",
           "sync/bad_printing.py": "from kiosk.printing import timetable",
           "printing/bad_sync.py": "from kiosk.sync import engine"}
    for name, text in bad.items():
        (copy / name).write_text(f'"""Bad."""\n{text}\n')
    (copy / "config.py").write_text((copy / "config.py").read_text() + "\nfrom .sync import engine\n")
    (copy / "central_config.py").write_text((copy / "central_config.py").read_text()
                                            + "\nfrom .db import models\n")
    result = run_lint(tmp_path, ROOT / "pyproject.toml", pythonpath=tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode != 0, report
    for line in ("kiosk.services.bad_sync -> kiosk.sync.engine",
                 "kiosk.sync.bad_printing -> kiosk.printing",
                 "kiosk.printing.bad_sync -> kiosk.sync.engine",
                 "kiosk.config -> kiosk.sync.engine",
                 "kiosk.central_config -> kiosk.db.models"):
        assert line in report, report


@pytest.mark.parametrize("path", sources(*QT_FREE), ids=lambda p: module_name(p))
def test_no_qt_below_the_views(path):
    offending = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for line, name in imported_modules(path)
                 if any(within(name, qt) for qt in QT_PACKAGES)]
    assert not offending, "Qt is only for kiosk.views and kiosk.app:\n" + "\n".join(offending)


@pytest.mark.parametrize("path", sources("domain"), ids=lambda p: module_name(p))
def test_domain_imports_nothing_of_the_kiosk_but_itself(path):
    offending = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for line, name in imported_modules(path)
                 if within(name, "kiosk") and not within(name, "kiosk.domain")
                 or any(within(name, lib) for lib in ("sqlalchemy", "alembic", "psycopg"))]
    assert not offending, "kiosk.domain must stay plain:\n" + "\n".join(offending)


@pytest.mark.parametrize("path", sources("db"), ids=lambda p: module_name(p))
def test_db_imports_no_services_or_views(path):
    offending = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for line, name in imported_modules(path)
                 if any(within(name, f"kiosk.{upper}") for upper in UPPER_LAYERS)]
    assert not offending, "kiosk.db must not reach up:\n" + "\n".join(offending)


def test_the_walk_sees_the_source():
    """Guard against a walk that silently checks nothing (wrong root, renamed packages)."""
    assert len(sources(*QT_FREE)) >= 10
    names = {name for _, name in imported_modules(PACKAGE / "db" / "migrate.py")}
    assert {"kiosk.domain.errors", "kiosk.db.engine", "alembic.command"} <= names
