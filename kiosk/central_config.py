"""The ``[central]`` section of the kiosk's settings file: where the central database is and how
this kiosk signs in to it. TLS with certificate and host checks is required off the loopback.

Keys (all optional except a server and a user)::

    [central]
    url = "postgresql://kiosk_dev_…@central.example.org:5432/kiosk"  # or the keys below
    host = "central.example.org"
    port = 5432
    dbname = "kiosk"
    user = "kiosk_dev_…"          # printed by ``kiosk central add-device``
    password_file = "central-password"  # a file holding only the password (preferred), or
    password = "…"                 # the password itself
    sslrootcert = "central-ca.pem" # the CA that signed the server's certificate
    sslmode = "verify-full"        # forced off the loopback; anything weaker is refused there
    connect_timeout = 10           # seconds
    interval_seconds = 30          # how often the app syncs while it is running
    batch_size = 1000              # outbox changes per central transaction

Relative file names are read relative to the settings file. The password never appears in a
message, a log line or JSON output.
"""

import ipaddress
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .domain.errors import SettingsProblem

STRICT_TLS = "verify-full"
DEFAULTS = {"port": 5432, "connect_timeout": 10, "interval_seconds": 30.0, "batch_size": 1000}


@dataclass(frozen=True)
class CentralSettings:
    host: str
    dbname: str
    user: str
    password: str | None = field(default=None, repr=False)
    port: int = 5432
    sslmode: str | None = None
    sslrootcert: str | None = None
    connect_timeout: int = 10
    interval_seconds: float = 30.0
    batch_size: int = 1000

    @property
    def on_loopback(self) -> bool:
        return is_loopback(self.host)

    def connect_kwargs(self) -> dict:
        """Keyword arguments for ``psycopg.connect`` (holds the password: never log them)."""
        kwargs = {"host": self.host, "port": self.port, "dbname": self.dbname, "user": self.user,
                  "connect_timeout": self.connect_timeout, "application_name": "kiosk-sync"}
        if self.password is not None:
            kwargs["password"] = self.password
        if self.sslmode:
            kwargs["sslmode"] = self.sslmode
        if self.sslrootcert:
            kwargs["sslrootcert"] = self.sslrootcert
        return kwargs

    def describe(self) -> str:
        """Where this kiosk syncs to, without any secret."""
        return f"{self.dbname} on {self.host}:{self.port} as {self.user}"


def is_loopback(host: str) -> bool:
    """True for this machine: localhost, 127.0.0.0/8, ::1, or a Unix socket folder."""
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def load_central_settings(path: Path) -> CentralSettings:
    """Read ``[central]`` from the TOML file at ``path``."""
    try:
        document = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsProblem("There is no settings file, so this kiosk does not sync "
                              "with a central database.") from None
    except (OSError, UnicodeDecodeError):
        raise SettingsProblem("The settings file could not be read.") from None
    except tomllib.TOMLDecodeError:
        raise SettingsProblem("The settings file is not valid TOML.") from None
    section = document.get("central")
    if not isinstance(section, dict):
        raise SettingsProblem("The settings file has no [central] section, so this kiosk does "
                              "not sync with a central database.")
    return central_settings(section, Path(path).parent)


def central_settings(section: dict, base: Path = Path(".")) -> CentralSettings:
    """Check and complete a ``[central]`` table (a dict); relative files are under ``base``."""
    values = {**DEFAULTS, **_from_url(section.get("url")),
              **{k: v for k, v in section.items() if k != "url"}}
    unknown = set(values) - set(CentralSettings.__dataclass_fields__) - {"password_file"}
    if unknown:
        raise SettingsProblem(f"The [central] settings have unknown keys: {', '.join(sorted(unknown))}.")
    for key in ("host", "dbname", "user"):
        if not isinstance(values.get(key), str) or not values[key].strip():
            raise SettingsProblem(f"The [central] settings need a {key}.")
    values["password"] = _password(values, base)
    if values.get("sslrootcert"):
        values["sslrootcert"] = str(base / Path(values["sslrootcert"]).expanduser())
    values["sslmode"] = _tls_mode(values["host"], values.get("sslmode"))
    try:
        return CentralSettings(
            host=values["host"], dbname=values["dbname"], user=values["user"],
            password=values["password"], port=int(values["port"]), sslmode=values["sslmode"],
            sslrootcert=values.get("sslrootcert"), connect_timeout=int(values["connect_timeout"]),
            interval_seconds=float(values["interval_seconds"]), batch_size=int(values["batch_size"]),
        )
    except (TypeError, ValueError):
        raise SettingsProblem("The [central] port, timeouts and sizes must be numbers.") from None


def _password(values: dict, base: Path) -> str | None:
    if values.get("password_file"):
        try:
            text = (base / Path(values["password_file"]).expanduser()).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise SettingsProblem("The central password file could not be read.") from None
        return text.strip("\r\n")
    password = values.get("password")
    if password is not None and not isinstance(password, str):
        raise SettingsProblem("The central password must be text.")
    return password


def _tls_mode(host: str, sslmode: str | None) -> str | None:
    """Off the loopback, only ``verify-full`` (certificate and host name checked) is accepted."""
    if is_loopback(host):
        return sslmode
    if sslmode not in (None, STRICT_TLS):
        raise SettingsProblem(
            "The central server is not on this machine, so its connection must be encrypted and "
            f"checked: use sslmode = \"{STRICT_TLS}\" (or leave sslmode out)."
        )
    return STRICT_TLS


def _from_url(url) -> dict:
    """The keys a ``postgresql://user[:password]@host[:port]/dbname?sslmode=…`` URL gives."""
    if url is None:
        return {}
    if not isinstance(url, str):
        raise SettingsProblem("The central url must be text.")
    parts = urlsplit(url)
    if parts.scheme.split("+")[0] not in ("postgresql", "postgres"):
        raise SettingsProblem("The central url must start with postgresql://")
    try:
        port = parts.port
    except ValueError:
        raise SettingsProblem("The central url has a port that is not a number.") from None
    found = {"host": parts.hostname, "port": port, "dbname": unquote(parts.path.lstrip("/")) or None,
             "user": unquote(parts.username) if parts.username else None,
             "password": unquote(parts.password) if parts.password else None}
    for key, value in parse_qs(parts.query).items():
        found[key] = value[-1]
    return {k: v for k, v in found.items() if v is not None}
