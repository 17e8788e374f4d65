"""What a screen reader is told, asked over AT-SPI itself: the real app on a virtual screen,
its accessibility tree read by Debian's pyatspi (the library Orca uses). On each visitor page,
the controls reported as showing are that page's own (plus the header and footer), and every
one has a name, in the language the visitor chose."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import assets_dir
from tests.i18n.test_catalogues import translations  # noqa: F401 (the extraction tool, loaded once)

PROBE = Path(__file__).with_name("probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
ENGLISH_PAGES = [  # (tile or button to press from Welcome, the page's title)
    ("Check in", "Check in"), ("What's on & book", "What's on this week and next"), ("My booking", "My booking"),
    ("Your feedback", "Your feedback"), ("Have your say", "Have your say"), ("I'm leaving", "I'm leaving"),
    ("Help now", "Help now"),
]
POLISH_PAGES = [("Check in", "Check in"), ("Help now", "Help now")]
WELCOME = "Welcome. What would you like to do?"


def _needs(tool: str) -> None:
    if not (shutil.which(tool) or os.path.exists(tool)):
        pytest.fail(f"{tool} is missing: run scripts/ensure-system-packages.sh")


def _plan(polish: dict) -> list[dict]:
    plan = [{"label": "en:welcome", "page": WELCOME}]
    for index, (press, title) in enumerate(ENGLISH_PAGES):
        plan.append({"label": f"en:{title}", "press": (["Start again"] if index else []) + [press], "page": title})
    plan.append({"label": "pl:welcome", "press": ["Start again", "Language: English. Tap to choose another.", "Polski"],
                 "page": polish[WELCOME]})
    for index, (press, title) in enumerate(POLISH_PAGES):
        plan.append({"label": f"pl:{title}", "press": ([polish["Start again"]] if index else [])
                     + [polish[press].replace("\n", " ")], "page": polish[title]})
    return plan


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory) -> dict[str, list[dict]]:
    for tool in ("dbus-run-session", "Xvfb", "/usr/libexec/at-spi-bus-launcher", SYSTEM_PYTHON):
        _needs(tool)
    if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        pytest.fail("python3-pyatspi is missing: run scripts/ensure-system-packages.sh")
    folder = tmp_path_factory.mktemp("atspi")
    polish = {s: t for s, (t, _kind) in translations.read_catalogue(assets_dir() / "translations" / "kiosk_pl.ts").items()}
    subprocess.run([Path(sys.executable).parent / "pyside6-lrelease", "-silent",
                    assets_dir() / "translations" / "kiosk_pl.ts", "-qm", assets_dir() / "translations" / "kiosk_pl.qm"],
                   check=True)
    plan = folder / "plan.json"
    plan.write_text(json.dumps(_plan(polish)), encoding="utf-8")
    app = ["env", f"PYTHONPATH={assets_dir().parent}", "KIOSK_LANGUAGE=en", sys.executable, "-m", "kiosk",
           "--db", str(folder / "kiosk.sqlite"), "run", "--demo", "--windowed"]
    done = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, PROBE, plan, "--", *app],
                          capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {line["step"]: line["showing"] for line in lines} | {"_polish": polish}


def _page_steps():
    return [f"en:{title}" for _press, title in ENGLISH_PAGES] + [f"pl:{title}" for _press, title in POLISH_PAGES]


@pytest.mark.parametrize("step", _page_steps())
def test_only_the_page_showing_is_reported_as_showing(snapshots, step):
    polish = snapshots["_polish"]
    title = step.split(":", 1)[1]
    expected = polish[title] if step.startswith("pl:") else title
    pages = {item["page"] for item in snapshots[step] if item["page"]}
    assert pages == {expected}, f"{step}: controls of {pages - {expected}} are reported as showing"
    assert any(item["control"] for item in snapshots[step] if item["page"] == expected)


@pytest.mark.parametrize("step", ["en:welcome", "pl:welcome"] + _page_steps())
def test_every_control_showing_has_a_name(snapshots, step):
    nameless = [item for item in snapshots[step]
                if item["control"] and not item["name"].strip() and not item["in_button"]]
    assert nameless == []


@pytest.mark.parametrize("step", ["pl:welcome"] + [f"pl:{title}" for _press, title in POLISH_PAGES])
def test_names_are_in_the_language_chosen(snapshots, step):
    """No control keeps an English name the Polish catalogue translates differently."""
    polish = snapshots["_polish"]
    english = {source.replace("\n", " ") for source, words in polish.items() if words and words != source}
    english |= {source for source, words in polish.items() if words and words != source}
    left_in_english = [item["name"] for item in snapshots[step] if item["name"] in english]
    assert left_in_english == []
