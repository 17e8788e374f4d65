"""A real CUPS scheduler with a cups-pdf queue for the print tests: started when needed (as
root), found when already running, and where cups-pdf writes what it prints."""

import os
import pwd
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

QUEUE = "KioskTestPDF"
CONFIG = Path("/etc/cups/cups-pdf.conf")
#: Where Debian's package puts the PPD, as lpinfo names it (used if lpinfo lists none).
KNOWN_PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
ANONYMOUS = "/var/spool/cups-pdf/ANONYMOUS"


@dataclass
class CupsQueue:
    name: str
    ppd: str
    out_dirs: list[Path]
    started: subprocess.Popen | None = None
    printed: list[Path] = field(default_factory=list)

    def pdfs(self) -> set[Path]:
        return {p for d in self.out_dirs if d.is_dir() for p in d.glob("*.pdf")}


def run(*argv: str, timeout: float = 15) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "LC_ALL": "C", "LANG": "C"})


def scheduler_running() -> bool:
    try:
        return "scheduler is running" in run("lpstat", "-r", timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return False


def start_scheduler() -> subprocess.Popen:
    """Run cupsd in the foreground as our own child (no systemd needed); wait until it answers."""
    process = subprocess.Popen(["cupsd", "-f"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"cupsd stopped at once: {process.stderr.read().decode(errors='replace')}")
        if scheduler_running():
            return process
        time.sleep(0.2)
    process.terminate()
    raise RuntimeError("cupsd did not start answering within 15 seconds")


def find_ppd() -> str:
    """The cups-pdf driver as ``lpinfo -m`` lists it, preferring the one with options."""
    listed = [line.split(" ", 1)[0] for line in run("lpinfo", "-m", timeout=30).stdout.splitlines()
              if "cups-pdf" in line.lower()]
    for wanted in ("CUPS-PDF_opt", "CUPS-PDF"):
        for ppd in listed:
            if wanted in ppd:
                return ppd
    return KNOWN_PPD


def output_dirs() -> list[Path]:
    """Where cups-pdf puts files for this user: its ``Out`` setting (with ${HOME} and ${USER}
    filled in) and its folder for anonymous jobs."""
    settings = {}
    if CONFIG.exists():
        for line in CONFIG.read_text(errors="replace").splitlines():
            match = re.match(r"^\s*(Out|AnonDirName)\s+(\S+)", line)
            if match:
                settings[match[1]] = match[2]
    user = pwd.getpwuid(os.getuid())
    out = settings.get("Out", "/var/spool/cups-pdf/${USER}")
    out = out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
    return [Path(out), Path(settings.get("AnonDirName", ANONYMOUS))]


def add_queue(ppd: str) -> None:
    done = run("lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", ppd)
    if done.returncode != 0:
        raise RuntimeError(f"lpadmin could not add the {QUEUE} queue: {done.stderr.strip()}")
    run("cupsenable", QUEUE)
    run("cupsaccept", QUEUE)


def prepare() -> CupsQueue | str:
    """The queue ready to print to, or why it cannot be (a reason to skip, only when not root)."""
    for command in ("cupsd", "lpadmin", "lpstat", "lpinfo", "pdfinfo"):
        if shutil.which(command) is None:
            return f"{command} is not installed (run scripts/ensure-system-packages.sh as root)"
    started = None
    if not scheduler_running():
        if os.geteuid() != 0:
            return "the CUPS scheduler is not running and only root can start it"
        started = start_scheduler()
    ppd = find_ppd()
    add_queue(ppd)
    return CupsQueue(QUEUE, ppd, output_dirs(), started)


def tear_down(queue: CupsQueue) -> None:
    for path in queue.printed:
        path.unlink(missing_ok=True)
    run("lpadmin", "-x", queue.name)
    if queue.started is not None:
        queue.started.terminate()
        try:
            queue.started.wait(10)
        except subprocess.TimeoutExpired:
            queue.started.kill()


def wait_for_new_pdf(queue: CupsQueue, before: set[Path], timeout: float = 30) -> Path | None:
    """The first PDF cups-pdf finishes writing after ``before`` was taken (pdfinfo can read it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in sorted(queue.pdfs() - before):
            if run("pdfinfo", str(path), timeout=10).returncode == 0:
                queue.printed.append(path)
                return path
        time.sleep(0.2)
    return None


def page_count(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)).stdout, re.M)
    return int(match[1]) if match else 0


def page_size(path: Path) -> tuple[int, int]:
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", str(path)).stdout, re.M)
    return (round(float(match[1])), round(float(match[2]))) if match else (0, 0)
