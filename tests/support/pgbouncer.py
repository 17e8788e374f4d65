"""Start and stop a throwaway PgBouncer (Debian's ``pgbouncer``) in transaction pooling mode in
front of a test PostgreSQL server; it runs as the ``postgres`` account when we are root (PgBouncer
refuses root). Clients sign in with their own SCRAM passwords, checked through ``auth_query``."""

from __future__ import annotations

import atexit
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

HOST = "127.0.0.1"
RUN_AS = "postgres"


def find_pgbouncer() -> str | None:
    return shutil.which("pgbouncer") or next(
        (str(p) for p in (Path("/usr/sbin/pgbouncer"), Path("/usr/bin/pgbouncer")) if p.is_file()), None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class PgBouncer:
    """A running PgBouncer; ``stop()`` (or the context manager) ends it and removes its files."""

    def __init__(self, work: Path, run_as: str | None):
        self.work, self.run_as = work, run_as
        self.ini, self.pidfile, self.logfile = work / "pgbouncer.ini", work / "pgbouncer.pid", work / "pgbouncer.log"
        self.host, self.port = HOST, 0
        self._running = False
        self._console_password = secrets.token_urlsafe(16)

    def _config(self, server_host: str, server_port: int, auth_user: str, pool_size: int,
                max_clients: int) -> str:
        # auth_query: a device added after the start signs in without a reload; the admin
        # console is reachable for the auth user (SHOW POOLS for the benchmarks)
        return "\n".join([
            "[databases]",
            f"* = host={server_host} port={server_port}",
            "[pgbouncer]",
            f"listen_addr = {HOST}", f"listen_port = {self.port}",
            f"unix_socket_dir = {self.work}",
            "auth_type = scram-sha-256",
            f"auth_file = {self.work / 'users.txt'}",
            f"auth_user = {auth_user}",
            "auth_query = SELECT rolname, CASE WHEN rolvaliduntil < now() THEN NULL ELSE rolpassword END "
            "FROM pg_authid WHERE rolname = $1 AND rolcanlogin",
            "pool_mode = transaction",
            f"default_pool_size = {pool_size}", "min_pool_size = 0", "reserve_pool_size = 0",
            f"max_client_conn = {max_clients}", f"max_db_connections = {pool_size}",
            f"admin_users = {auth_user}", f"stats_users = {auth_user}",
            "ignore_startup_parameters = extra_float_digits",
            "server_reset_query =",
            f"logfile = {self.logfile}", f"pidfile = {self.pidfile}",
            "log_connections = 0", "log_disconnections = 0", "",
        ])

    def start(self, server_host: str, server_port: int, auth_user: str = "postgres",
              pool_size: int = 10, max_clients: int = 2000) -> None:
        binary = find_pgbouncer()
        if binary is None:
            raise RuntimeError("pgbouncer is not installed (Debian package pgbouncer)")
        # the auth user's own sign-in to PgBouncer's console (the test server trusts it)
        (self.work / "users.txt").write_text(f'"{auth_user}" "{self._console_password}"\n')
        for attempt in range(3):
            self.port = _free_port()
            self.ini.write_text(self._config(server_host, server_port, auth_user, pool_size, max_clients))
            self._own()
            prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
            done = subprocess.run([*prefix, binary, "-d", str(self.ini)], capture_output=True, text=True)
            if done.returncode == 0 and self._wait_listening():
                self._running = True
                atexit.register(self.stop)
                return
            if attempt == 2:
                raise RuntimeError(f"pgbouncer did not start:\n{done.stderr}\n{self._log_tail()}")

    def _own(self) -> None:
        if self.run_as:
            account = pwd.getpwnam(self.run_as)
            for path in (self.work, *self.work.iterdir()):
                os.chown(path, account.pw_uid, account.pw_gid)

    def _wait_listening(self, seconds: float = 10.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.05)
        return False

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no pgbouncer log)"

    def pools(self, user: str = "postgres") -> list[dict]:
        """``SHOW POOLS`` from the admin console: one dict per (database, user) pool."""
        with psycopg.connect(host=HOST, port=self.port, dbname="pgbouncer", user=user,
                             password=self._console_password, autocommit=True, prepare_threshold=None) as conn:
            cur = conn.execute("SHOW POOLS")
            names = [c.name for c in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def servers(self, user: str = "postgres") -> int:
        """Server connections PgBouncer holds open right now (active, idle, used, tested, login)."""
        with psycopg.connect(host=HOST, port=self.port, dbname="pgbouncer", user=user,
                             password=self._console_password, autocommit=True, prepare_threshold=None) as conn:
            return len(conn.execute("SHOW SERVERS").fetchall())

    def stop(self) -> None:
        if self._running:
            self._running = False
            try:
                pid = int(self.pidfile.read_text().strip())
                os.kill(pid, 15)
                for _ in range(100):
                    os.kill(pid, 0)
                    time.sleep(0.05)
            except (OSError, ValueError):
                pass
        shutil.rmtree(self.work, ignore_errors=True)

    def __enter__(self) -> PgBouncer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_pgbouncer(server_host: str, server_port: int, **options) -> PgBouncer:
    """A PgBouncer in front of ``server_host:server_port`` (every database), in a new folder."""
    account = None
    if os.geteuid() == 0:
        account = pwd.getpwnam(RUN_AS)
    work = Path(tempfile.mkdtemp(prefix="kiosk-pgb-"))
    os.chmod(work, 0o700)
    bouncer = PgBouncer(work, account.pw_name if account else None)
    try:
        bouncer.start(server_host, server_port, **options)
    except BaseException:
        bouncer.stop()
        raise
    return bouncer
