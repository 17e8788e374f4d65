"""The ``[central]`` settings: TLS with certificate and host checks off the loopback, a password
read from a file, and the password never shown in a message, a repr or JSON."""

import pytest

from kiosk.sync.engine import SyncEngine
from kiosk.sync.errors import CentralRefused, CentralUnreachable, SettingsProblem
from kiosk.central_config import central_settings, is_loopback, load_central_settings

BASE = {"host": "central.example.org", "dbname": "kiosk", "user": "kiosk_dev_1"}


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.8.9.10", "/run/postgresql"])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["central.example.org", "10.0.0.5", "192.168.1.2", "::ffff:10.0.0.1"])
def test_other_hosts_are_not_loopback(host):
    assert not is_loopback(host)


def test_a_remote_server_gets_full_certificate_and_host_checks():
    settings = central_settings(BASE)
    assert settings.sslmode == "verify-full"
    assert settings.connect_kwargs()["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_weaker_tls_mode_is_refused_off_the_loopback(mode):
    with pytest.raises(SettingsProblem, match="verify-full"):
        central_settings({**BASE, "sslmode": mode})


def test_the_loopback_may_go_without_tls():
    assert central_settings({**BASE, "host": "127.0.0.1", "sslmode": "disable"}).sslmode == "disable"


def test_a_password_file_beside_the_settings_file(tmp_path):
    (tmp_path / "central-password").write_text("s3cret-Value\n")
    (tmp_path / "settings.toml").write_text(
        '[central]\nurl = "postgresql://kiosk_dev_1@central.example.org:6432/kiosk"\n'
        'password_file = "central-password"\nsslrootcert = "ca.pem"\nbatch_size = 50\n')
    settings = load_central_settings(tmp_path / "settings.toml")
    assert (settings.host, settings.port, settings.dbname, settings.user) == (
        "central.example.org", 6432, "kiosk", "kiosk_dev_1")
    assert settings.password == "s3cret-Value" and settings.batch_size == 50
    assert settings.sslrootcert == str(tmp_path / "ca.pem")
    assert "s3cret" not in repr(settings) and "s3cret" not in settings.describe()


@pytest.mark.parametrize("text, message", [
    (None, "no settings file"), ("[other]\n", "no \\[central\\] section"), ("[central\n", "not valid TOML"),
    ('[central]\nhost = "h"\n', "need a dbname"), ('[central]\nhost="h"\ndbname="d"\nuser="u"\ncolour=1\n',
                                                 "unknown keys: colour"),
])
def test_settings_problems_are_plain(tmp_path, text, message):
    path = tmp_path / "settings.toml"
    if text is not None:
        path.write_text(text)
    with pytest.raises(SettingsProblem, match=message):
        load_central_settings(path)


def test_a_wrong_password_is_refused_plainly(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    wrong = central_settings({"host": "127.0.0.1", "port": central.port, "dbname": central.dbname,
                              "user": kiosk.login.role_name, "password": "Wrong-Password-123"})
    with pytest.raises(CentralRefused) as caught:
        SyncEngine(kiosk.db, wrong).run_once()
    assert "check the user and password" in caught.value.message
    assert "Wrong-Password-123" not in str(caught.value) and kiosk.login.password not in str(caught.value)
    assert "Wrong-Password" not in repr(kiosk.engine.status())


def test_an_unreachable_server_is_said_plainly(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    dead = central.settings(kiosk.login, port=1)
    with pytest.raises(CentralUnreachable, match="cannot be reached just now"):
        SyncEngine(kiosk.db, dead).run_once()
    status = SyncEngine(kiosk.db, dead).status()
    assert status.online is False and "cannot be reached" in status.last_error
