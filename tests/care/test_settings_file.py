"""The settings file: every key checked before anything starts, each mistake named plainly."""

import subprocess
import sys

import pytest

from kiosk.config import SettingsProblem, load_settings, resolve_db_path

BROKEN = [
    ("[kiosk]\nmoed = \"desk\"\n", "Unknown key 'moed' in [kiosk]"),
    ("[kiosk]\nwindowed = \"yes\"\n", "[kiosk] windowed must be true or false"),
    ("[kiosk]\nmode = \"kiosk\"\n", "[kiosk] mode must be one of: touchscreen, desk"),
    ("[backup]\nkeep = \"14\"\n", "[backup] keep must be a whole number"),
    ("[backup]\nkeep = 0\n", "[backup] keep must be from 1 to 365"),
    ("[logging]\nlevel = \"LOUD\"\n", "[logging] level must be one of"),
    ("[printer]\nname = \"x\"\n", "Unknown section [printer]"),
    ("kiosk = 1\n", "[kiosk] must be a section"),
    ("[kiosk\nmode = \"desk\"\n", "is not valid TOML"),
    ("[central]\nurl = \"http://central.example.org/kiosk\"\nuser = \"d\"\n", "must start with postgresql://"),
    ("[central]\nhost = \"central.example.org\"\ndbname = \"k\"\nuser = \"d\"\nsslmode = \"disable\"\n",
     "verify-full"),
]


@pytest.mark.parametrize("text, expected", BROKEN, ids=[e for _, e in BROKEN])
def test_each_broken_file_gets_its_own_clear_message(tmp_path, text, expected):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsProblem) as caught:
        load_settings(path)
    assert expected in caught.value.message


def test_a_missing_file_means_every_default(tmp_path):
    settings = load_settings(tmp_path / "absent.toml")
    assert (settings.mode, settings.backup_keep, settings.windowed) == ("touchscreen", 14, False)


def test_a_good_file_is_read_with_paths_relative_to_it(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[kiosk]\ndatabase = "data/k.sqlite"\nmode = "desk"\n[backup]\nkeep = 7\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.database == tmp_path / "data" / "k.sqlite"
    assert resolve_db_path(None, settings) == tmp_path / "data" / "k.sqlite"
    assert settings.backups_for(settings.database) == tmp_path / "data" / "backups"


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=60, env=env)


@pytest.mark.parametrize("text, expected", BROKEN[:4], ids=[e for _, e in BROKEN[:4]])
def test_config_check_and_every_command_refuse_a_bad_file_in_one_line(tmp_path, text, expected):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    for args in (["config", "check"], ["--db", str(tmp_path / "k.sqlite"), "demo"]):
        done = run("--settings", str(path), *args)
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and expected in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "k.sqlite").exists()  # nothing started half-configured


def test_config_check_reports_a_good_file(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[kiosk]\nmode = "desk"\n', encoding="utf-8")
    done = run("--settings", str(path), "--db", str(tmp_path / "k.sqlite"), "config", "check")
    assert done.returncode == 0 and "ok" in done.stdout and "Mode: desk" in done.stdout
