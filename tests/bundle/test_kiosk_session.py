"""The bundle as the kiosk session runs it: under the cage Wayland kiosk compositor (headless, no GPU),
as an unprivileged user, with Qt's wayland platform and no fallback."""

import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .conftest import FIGURES, Bundle

CAGE = shutil.which("cage")
UNPRIVILEGED = "nobody"  # only when the tests run as root: cage refuses to run as root
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
READY_TIMEOUT = 30
STAYS_UP_SECONDS = 4

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.kiosk_session,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="cage is a Linux compositor"),
    pytest.mark.skipif(CAGE is None, reason="cage is not installed (Debian: apt-get install cage xwayland "
                                            "libwayland-cursor0 libwayland-client0 libwayland-egl1)"),
]


def as_user(command: list[str]) -> list[str]:
    """``command`` as the unprivileged user when we are root (cage will not run as root)."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", UNPRIVILEGED, "--", *command]


@pytest.fixture(scope="module")
def session(bundle: Bundle):
    """A home and a 0700 runtime folder owned by the user who runs cage, a demo database made by
    that user, and a bundle that user can read (copied when the built one is not reachable)."""
    if os.geteuid() == 0 and (shutil.which("runuser") is None or _uid(UNPRIVILEGED) is None):
        pytest.skip(f"running as root needs runuser and a '{UNPRIVILEGED}' user to run cage as")
    work = Path(tempfile.mkdtemp(prefix="kiosk-cage-"))
    work.chmod(0o755)
    home, runtime = work / "home", work / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    if os.geteuid() == 0:
        uid = _uid(UNPRIVILEGED)
        for path in (home, runtime):
            os.chown(path, uid, -1)
    if subprocess.run(as_user(["test", "-x", str(bundle.exe)]), check=False).returncode != 0:
        copy = work / "bundle"
        shutil.copytree(bundle.path, copy, symlinks=True)
        subprocess.run(["chmod", "-R", "a+rX", str(copy)], check=True)
        bundle = Bundle(copy)
    made = subprocess.run(as_user(["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin", str(bundle.exe),
                                   "--db", str(home / "demo.sqlite"), "demo"]),
                          capture_output=True, text=True, timeout=60, check=False)
    assert made.returncode == 0, made.stderr
    yield bundle, home, runtime
    shutil.rmtree(work, ignore_errors=True)


def cage_command(home: Path, runtime: Path, inner: str) -> list[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "XDG_RUNTIME_DIR": str(runtime), **HEADLESS}
    return as_user(["env", "-i", *(f"{k}={v}" for k, v in env.items()), CAGE, "-d", "--", "sh", "-c", inner])


def start(command: list[str], log: Path) -> subprocess.Popen:
    """Start in a process group of its own, so that exactly these processes can be stopped."""
    with open(log, "wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(wait)
        except subprocess.TimeoutExpired:
            pass
    try:  # anything of the group left behind (cage's child outliving it)
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def test_window_is_built_under_cage(session, tmp_path: Path):
    bundle, home, runtime = session
    rc_file = home / "kiosk-exit-code"
    kiosk = shlex.join([str(bundle.exe), "--db", str(home / "demo.sqlite"), "run", "--windowed"])
    inner = (f"QT_QPA_PLATFORM=wayland KIOSK_SPEECH_ENGINE=mock KIOSK_EXIT_WHEN_READY=1 {kiosk}; "
             f"echo $? > {shlex.quote(str(rc_file))}")
    log = tmp_path / "cage.log"
    started = time.monotonic()
    process = start(cage_command(home, runtime, inner), log)
    try:
        process.wait(READY_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the kiosk did not get ready under cage within {READY_TIMEOUT} s:\n{_tail(log)}")
    finally:
        stop(process)
    FIGURES["cage start to ready"] = f"{time.monotonic() - started:.2f} s"
    assert rc_file.is_file(), _tail(log)
    assert rc_file.read_text().strip() == "0", _tail(log)


def test_kiosk_stays_up_full_screen_under_cage(session, tmp_path: Path):
    """As the service starts it: ``kiosk run`` (locked, full screen); still running after a few seconds."""
    bundle, home, runtime = session
    inner = ("QT_QPA_PLATFORM=wayland KIOSK_SPEECH_ENGINE=mock exec "
             + shlex.join([str(bundle.exe), "--db", str(home / "demo.sqlite"), "run"]))
    log = tmp_path / "cage.log"
    process = start(cage_command(home, runtime, inner), log)
    try:
        deadline = time.monotonic() + STAYS_UP_SECONDS
        while time.monotonic() < deadline:
            assert process.poll() is None, f"cage stopped early ({process.returncode}):\n{_tail(log)}"
            time.sleep(0.2)
        program = os.path.realpath(bundle.exe)
        kiosks = [pid for pid in _group_members(process.pid) if _exe(pid) == program]
        assert kiosks, f"no kiosk process under cage:\n{_tail(log)}"
        assert list(runtime.glob("wayland-*")), "cage made no Wayland socket"
    finally:
        stop(process)


def _uid(user: str) -> int | None:
    import pwd

    try:
        return pwd.getpwnam(user).pw_uid
    except KeyError:
        return None


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    members.append(int(entry.name))
            except ProcessLookupError:
                continue
    return members


def _exe(pid: int) -> str | None:
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return None


def _tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(errors="replace").splitlines() if log.exists() else []
    return "\n".join([line for line in text if "Basic output test failed" not in line][-lines:])
