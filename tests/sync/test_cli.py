"""``kiosk central …`` and ``kiosk sync``: exit codes, one plain line on errors, JSON output, and a
device password that appears once in the text output and never in JSON, errors or logs."""

import json
import os
import stat

import pytest

from kiosk.cli import run_cli


def run(capsys, *argv) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def admin_url(central) -> str:
    return f"postgresql://postgres@127.0.0.1:{central.port}/{central.dbname}"


def test_central_set_up_and_a_kiosk_syncing_from_the_command_line(central, admin_url, capsys, tmp_path):
    code, out, _ = run(capsys, "--json", "central", "upgrade", "--url", admin_url)
    assert code == 0 and json.loads(out)["current"]
    code, out, _ = run(capsys, "--json", "central", "add-hub", "Riverside", "--url", admin_url)
    hub_id = json.loads(out)["id"]
    code, out, err = run(capsys, "--json", "central", "add-device", "--hub", "riverside",
                         "--name", "Touch", "--url", admin_url)
    assert code == 2 and "--password-file" in err and out == ""
    secret = tmp_path / "central-password"
    code, out, err = run(capsys, "--json", "central", "add-device", "--hub", "riverside", "--name", "Touch",
                         "--url", admin_url, "--password-file", str(secret))
    document = json.loads(out)
    password = secret.read_text().strip()
    assert code == 0 and document["hub_id"] == hub_id and password not in out + err
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    settings = tmp_path / "settings.toml"
    settings.write_text("[central]\n" + "".join(f"{k} = {json.dumps(v)}\n"
                                                for k, v in document["settings"].items()))

    db = str(tmp_path / "kiosk.sqlite")
    code, out, err = run(capsys, "--db", db, "--settings", str(settings), "--json", "sync", "--once")
    result = json.loads(out)
    assert code == 0 and result["pulled"] >= 2 and result["pushed"] == 0
    assert result["clock_warning"] is False and password not in out + err
    code, out, _ = run(capsys, "--db", db, "checkin", "--name", "Sam")
    code, out, err = run(capsys, "--db", db, "--settings", str(settings), "sync", "--once")
    assert code == 0 and out.startswith("Pushed 1 changes") and password not in out + err


def test_a_device_password_is_printed_once_in_text(central, admin_url, capsys):
    central.hub("Riverside")
    code, out, _ = run(capsys, "central", "add-device", "--hub", "Riverside", "--name", "Desk",
                       "--role", "desk", "--url", admin_url)
    assert code == 0 and "[central]" in out and "password = " in out and "shown only this once" in out


def test_sync_failures_are_one_plain_line(central, capsys, tmp_path):
    hub = central.hub()
    login = central.admin.add_device(hub, "Touch")
    settings = tmp_path / "settings.toml"
    settings.write_text(f'[central]\nhost = "127.0.0.1"\nport = 1\ndbname = "x"\nuser = "{login.role_name}"\n'
                        f'password = "{login.password}"\n')
    code, out, err = run(capsys, "--db", str(tmp_path / "k.sqlite"), "--settings", str(settings), "sync", "--once")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "cannot be reached" in err and login.password not in err
    code, _, err = run(capsys, "--db", str(tmp_path / "k.sqlite"), "--settings",
                       str(tmp_path / "missing.toml"), "sync", "--once")
    assert code == 2 and "no settings file" in err


def test_central_commands_need_an_address_and_never_echo_it(capsys, monkeypatch):
    monkeypatch.delenv("KIOSK_CENTRAL_URL", raising=False)
    code, _, err = run(capsys, "central", "add-hub", "Riverside")
    assert code == 2 and "--url" in err
    code, _, err = run(capsys, "central", "upgrade", "--url", "postgresql://admin:Sup3rSecret@127.0.0.1:1/x")
    assert code == 1 and "Sup3rSecret" not in err and "could not be reached" in err
