"""Start and stop a throwaway PostgreSQL server for one test run (works as root and as a normal user)."""

from __future__ import annotations

import atexit
import os
import pathlib
import pwd
import re
import shutil
import socket
import stat
import subprocess
import tempfile
import time
import uuid

import psycopg
from psycopg import sql

HOST = "127.0.0.1"
SUPERUSER = "postgres"
SERVICE_ACCOUNT = "postgres"  # the OS account that runs the server when we are root
_MAX_SOCKET_DIR = 90  # unix socket paths are limited to ~107 bytes

# Settings that trade durability for speed: fine for a server that lives for one test run.
_SETTINGS = {
    "listen_addresses": f"'{HOST}'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "max_connections": "200",
    "shared_buffers": "32MB",
    "logging_collector": "off",
    "log_min_messages": "warning",
    "timezone": "'UTC'",
}


def find_pg_bindir() -> pathlib.Path | None:
    """The directory holding initdb/pg_ctl: $PG_BINDIR, else the newest Debian install, else PATH."""
    env = os.environ.get("PG_BINDIR")
    if env and (pathlib.Path(env) / "initdb").is_file():
        return pathlib.Path(env)

    def version(path: pathlib.Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.parent.parent.name)) or (0,)

    installed = sorted(pathlib.Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=version)
    if installed:
        return installed[-1].parent
    on_path = shutil.which("initdb")
    return pathlib.Path(on_path).resolve().parent if on_path else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _reachable_by(path: pathlib.Path, account: pwd.struct_passwd) -> bool:
    """True if `account` can traverse every directory from / down to `path`."""
    groups = set(os.getgrouplist(account.pw_name, account.pw_gid))
    for directory in [path, *path.parents]:
        st = directory.stat()
        if st.st_uid == account.pw_uid:
            bit = stat.S_IXUSR
        elif st.st_gid in groups:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if not st.st_mode & bit:
            return False
    return True


def _make_workdir(base_dir: pathlib.Path, account: pwd.struct_passwd | None) -> pathlib.Path:
    """A fresh private directory for the server, owned by the account that will run it."""
    base_dir = pathlib.Path(base_dir).resolve()
    base_dir.mkdir(parents=True, exist_ok=True)
    if account is not None and not _reachable_by(base_dir, account):
        # e.g. pytest's 0700 temp dirs under root: rather than loosen them, use the system temp dir.
        base_dir = pathlib.Path(tempfile.gettempdir()).resolve()
        for directory in reversed([base_dir, *base_dir.parents]):
            if not _reachable_by(directory, account):
                directory.chmod(directory.stat().st_mode | stat.S_IXOTH)
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir=base_dir))
    if account is not None:
        os.chown(workdir, account.pw_uid, account.pw_gid)
    return workdir


class PostgresServer:
    """A running throwaway server; call stop() (or use it as a context manager) when done."""

    def __init__(self, bindir: pathlib.Path, workdir: pathlib.Path, run_as: str | None) -> None:
        self.bindir = bindir
        self.workdir = workdir
        self.datadir = workdir / "data"
        self.logfile = workdir / "server.log"
        self.host = HOST
        self.port = 0
        self.startup_seconds = 0.0
        self._run_as = run_as
        self._running = False

    @property
    def admin_url(self) -> str:
        return self._url("postgres")

    def _url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self._run_as, "--"] if self._run_as else []
        return subprocess.run(
            [*prefix, *args], cwd=self.workdir, text=True, capture_output=True, check=check
        )

    def _log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def _start(self) -> None:
        began = time.monotonic()
        initdb = self._run(
            str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", SUPERUSER,
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions",
            check=False,
        )
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{initdb.stdout}{initdb.stderr}")
        socket_dir = str(self.workdir) if len(str(self.workdir)) < _MAX_SOCKET_DIR else ""
        settings = {**_SETTINGS, "unix_socket_directories": f"'{socket_dir}'"}
        with open(self.datadir / "postgresql.conf", "a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        for attempt in range(3):  # another process may grab the free port before the server does
            self.port = _free_port()
            started = self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile),
                "-o", f"-p {self.port}", "-w", "-t", "60", "-s", "start",
                check=False,
            )
            if started.returncode == 0:
                self._running = True
                self.startup_seconds = time.monotonic() - began
                return
            if "already in use" not in self._log_tail() or attempt == 2:
                raise RuntimeError(
                    f"PostgreSQL failed to start:\n{started.stdout}{started.stderr}\n"
                    f"--- {self.logfile.name} (tail) ---\n{self._log_tail()}"
                )

    def stop(self) -> None:
        """Stop the server at once (no checkpoint) and delete its files. Safe to call twice."""
        if self._running:
            self._running = False
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop",
                check=False,
            )
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _admin_connection(self) -> psycopg.Connection:
        return psycopg.connect(
            host=self.host, port=self.port, user=SUPERUSER, dbname="postgres",
            autocommit=True, connect_timeout=10,
        )

    def create_database(self) -> str:
        """Create an empty UTF-8 database with a fresh name; return its SQLAlchemy URL."""
        name = f"kiosk_test_{uuid.uuid4().hex[:16]}"
        with self._admin_connection() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(name)
                )
            )
        return self._url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database named by `url`, terminating any other sessions connected to it."""
        name = url.rsplit("/", 1)[-1].split("?", 1)[0]
        if not name or name == "postgres":
            raise ValueError(f"refusing to drop database {name!r}")
        with self._admin_connection() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            # WITH (FORCE) also catches a session that reconnects between the two statements.
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def start_postgres(base_dir: pathlib.Path) -> PostgresServer:
    """Initialise and start a server in a new directory under `base_dir`; raise RuntimeError on failure."""
    bindir = find_pg_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found (install postgresql or set PG_BINDIR)")
    account = None
    if os.geteuid() == 0:  # initdb and pg_ctl refuse to run as root
        try:
            account = pwd.getpwnam(SERVICE_ACCOUNT)
        except KeyError:
            raise RuntimeError(f"running as root but there is no {SERVICE_ACCOUNT!r} user") from None
    workdir = _make_workdir(base_dir, account)
    server = PostgresServer(bindir, workdir, account.pw_name if account else None)
    try:
        server._start()
    except BaseException:
        server.stop()
        raise
    atexit.register(server.stop)
    return server
