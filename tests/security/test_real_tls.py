"""Real TLS to the central database: a certificate authority and a server certificate made with
openssl, a PostgreSQL server of this test's own that refuses any connection without TLS, and a
kiosk that syncs to it by a host name that is not the loopback (added to /etc/hosts for these
tests and removed afterwards). With the right CA the sync works; a wrong CA or a host name the
certificate does not name is refused, and the kiosk's command line says so in one plain line."""

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest

from kiosk.cli import run_cli
from tests.support.postgres import SERVICE_ACCOUNT, start_postgres

HOSTS = Path("/etc/hosts")
#: a name of our own for each run, so two runs on one machine never share an entry
NAME = f"central-{uuid.uuid4().hex[:8]}.test"
OTHER_NAME = f"elsewhere-{uuid.uuid4().hex[:8]}.test"
MARK = "# recovery-hub-kiosk TLS test"


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(folder: Path, stem: str) -> Path:
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", f"{stem}.key",
            "-out", f"{stem}.pem", "-subj", f"/CN=Test CA {stem}", cwd=folder)
    return folder / f"{stem}.pem"


def make_server_certificate(folder: Path, ca: str, host: str) -> tuple[Path, Path]:
    """A key and a certificate for ``host`` (in subjectAltName, as clients check), signed by ``ca``."""
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", f"/CN={host}", cwd=folder)
    (folder / "san.ext").write_text(f"subjectAltName=DNS:{host}\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", f"{ca}.pem", "-CAkey", f"{ca}.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt", cwd=folder)
    return folder / "server.crt", folder / "server.key"


def hosts_lines() -> list[str]:
    return [f"127.0.0.1 {NAME} {OTHER_NAME} {MARK}\n"]


def add_hosts_entry() -> None:
    text = HOSTS.read_text()
    HOSTS.write_text(text + ("" if text.endswith("\n") else "\n") + "".join(hosts_lines()))


def remove_hosts_entry() -> None:
    """Take out exactly the lines this run added (the file is written in place: it may be a mount)."""
    kept = [line for line in HOSTS.read_text().splitlines(keepends=True) if line not in hosts_lines()]
    HOSTS.write_text("".join(kept))


@pytest.fixture(scope="module")
def hosts_entry():
    if os.geteuid() != 0:
        pytest.skip("adding a host name to /etc/hosts needs root (make test runs as root)")
    add_hosts_entry()
    try:
        yield NAME
    finally:
        remove_hosts_entry()


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory, hosts_entry):
    """A PostgreSQL server with ssl on that rejects every connection made without TLS."""
    folder = tmp_path_factory.mktemp("tls")
    make_ca(folder, "ca")
    make_ca(folder, "wrong-ca")
    cert, key = make_server_certificate(folder, "ca", hosts_entry)
    server = start_postgres(folder)
    try:
        for source in (cert, key):
            target = server.datadir / source.name
            shutil.copyfile(source, target)
            target.chmod(0o600)
            if os.geteuid() == 0:
                shutil.chown(target, SERVICE_ACCOUNT, SERVICE_ACCOUNT)
        hba = server.datadir / "pg_hba.conf"
        hba.write_text("hostnossl all all all reject\n" + hba.read_text())
        with psycopg.connect(host=server.host, port=server.port, user="postgres", dbname="postgres",
                             autocommit=True, sslmode="disable") as conn:  # before ssl is on
            conn.execute("ALTER SYSTEM SET ssl = on")
            conn.execute("SELECT pg_reload_conf()")
    except BaseException:
        server.stop()
        raise
    yield server, folder
    server.stop()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def kiosk_settings(tls_server, tmp_path, capsys):
    """A hub and a device set up by the administrator's commands; returns a function writing the
    kiosk's settings file for a host name and CA file."""
    server, folder = tls_server
    url = server.create_database().replace("+psycopg", "") + "?sslmode=require"
    assert run(capsys, "central", "upgrade", "--url", url)[0] == 0
    assert run(capsys, "central", "add-hub", "Riverside", "--url", url)[0] == 0
    secret = tmp_path / "central-password"
    code, out, err = run(capsys, "--json", "central", "add-device", "--hub", "Riverside", "--name", "Touch",
                         "--url", url, "--password-file", str(secret))
    assert code == 0, err
    given = json.loads(out)["settings"]

    def write(host: str, ca: str) -> Path:
        keys = {**given, "host": host, "sslrootcert": str(folder / ca)}
        keys.pop("sslmode", None)  # off the loopback the kiosk insists on verify-full by itself
        path = tmp_path / "settings.toml"
        path.write_text("[central]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in keys.items()))
        return path

    yield write
    server.drop_database(url.split("?")[0])


def sync_once(capsys, tmp_path, settings: Path) -> tuple[int, str, str]:
    return run(capsys, "--db", str(tmp_path / "kiosk.sqlite"), "--settings", str(settings), "sync", "--once")


def test_a_kiosk_syncs_over_tls_to_a_named_host_with_the_right_ca(kiosk_settings, capsys, tmp_path):
    settings = kiosk_settings(NAME, "ca.pem")
    code, out, err = run(capsys, "--settings", str(settings), "config", "check")
    assert code == 0, err
    code, out, err = sync_once(capsys, tmp_path, settings)
    assert code == 0, err
    assert out.startswith("Pushed 0 changes") and err == ""
    run(capsys, "--db", str(tmp_path / "kiosk.sqlite"), "checkin", "--name", "Sam")
    code, out, err = sync_once(capsys, tmp_path, settings)
    assert code == 0 and out.startswith("Pushed 1 changes"), err


def test_a_server_certificate_from_another_ca_is_refused(kiosk_settings, capsys, tmp_path):
    code, out, err = sync_once(capsys, tmp_path, kiosk_settings(NAME, "wrong-ca.pem"))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "not signed by the certificate authority" in err and "sslrootcert" in err


def test_a_host_name_the_certificate_does_not_name_is_refused(kiosk_settings, capsys, tmp_path):
    code, out, err = sync_once(capsys, tmp_path, kiosk_settings(OTHER_NAME, "ca.pem"))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"is not for {OTHER_NAME}" in err


def test_a_missing_ca_file_is_a_plain_message(kiosk_settings, capsys, tmp_path):
    code, out, err = sync_once(capsys, tmp_path, kiosk_settings(NAME, "no-such-ca.pem"))
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    assert "certificate authority file" in err and "no-such-ca.pem" in err


def test_the_hosts_entry_is_there_only_while_these_tests_run(hosts_entry):
    assert hosts_lines()[0] in HOSTS.read_text()
