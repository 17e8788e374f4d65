"""Start-up of the kiosk to its first painted window (offscreen, fresh processes) against a bare
PySide6 process that shows one label."""

import importlib.util
import sys
from pathlib import Path

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.services.demo import fill_demo

from .generate import remove_database
from .registry import Context, Measure, Row, Target, benchmark
from .timing import ProcessRun, median, time_process

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
#: The app's contract: quit right after the main window's first paint / once the week is shown.
FIRST_PAINT = {**OFFSCREEN, "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
READY = {**OFFSCREEN, "KIOSK_EXIT_WHEN_READY": "1"}
BARE = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
TIMEOUT_S = 60.0


def kiosk_argv(db: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "--db", str(db), "run", "--windowed"]


def make_demo_database(path: Path) -> Path:
    """A small demo hub database, made in-process with the kiosk's own migrations and demo."""
    remove_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine)
        fill_demo(engine)
    finally:
        engine.dispose()
    return path


def why_not(run: ProcessRun, waited_for: str) -> str:
    if run.returncode is None:
        return f"the kiosk did not quit within {TIMEOUT_S:.0f} s (it never reported {waited_for})"
    lines = [line.strip() for line in run.stderr.splitlines() if line.strip()]
    last = lines[-1][:120] if lines else "no message"
    return f"the kiosk exited with code {run.returncode} ({last})"


@benchmark("startup")
def startup(ctx: Context) -> list[Row]:
    runs = ctx.pick(5, 3)
    paint_name = f"start-up to first paint, median of {runs}"
    ready_name = f"start-up to the week shown, median of {runs}"
    target = Target.ratio_at_most(2.0)
    if importlib.util.find_spec("kiosk.__main__") is None:
        reason = "`python -m kiosk` does not exist yet"
        return [Row.unavailable(paint_name, reason, target), Row.unavailable(ready_name, reason)]
    db = make_demo_database(ctx.cache_dir / "startup-demo.sqlite")
    try:
        argv = kiosk_argv(db)
        # One untimed run of each warms the file cache; it also tells whether the app keeps
        # its contract (a row is "not available" rather than a crash when it does not).
        time_process(BARE, OFFSCREEN, TIMEOUT_S)
        paint_probe = time_process(argv, FIRST_PAINT, TIMEOUT_S)
        if not paint_probe.ok and paint_probe.returncode is not None:
            # Once more with --debug, so the note can name the real error rather than "failed".
            paint_probe = time_process(argv[:3] + ["--debug"] + argv[3:], FIRST_PAINT, TIMEOUT_S)
        ready_probe = time_process(argv, READY, TIMEOUT_S) if paint_probe.ok else paint_probe
        probes = {"paint": paint_probe, "ready": ready_probe}
        bare, paint, ready = [], [], []
        for _ in range(runs):  # interleaved, so drift on the machine hits both sides alike
            bare.append(time_process(BARE, OFFSCREEN, TIMEOUT_S))
            if probes["paint"].ok:
                paint.append(time_process(argv, FIRST_PAINT, TIMEOUT_S))
            if probes["ready"].ok:
                ready.append(time_process(argv, READY, TIMEOUT_S))
    finally:
        remove_database(db)
        for backup in db.parent.glob(f"{db.stem}.before-upgrade-*"):  # if the app migrated it
            backup.unlink()
    broken = [r for r in bare if not r.ok]
    if broken:
        raise RuntimeError(f"the bare PySide6 baseline failed: {broken[0].stderr.strip()[-200:]}")
    baseline = Measure(median([r.seconds for r in bare]), "s")
    how = ("wall time from spawn to exit, offscreen, demo hub database; baseline: one QLabel "
           "quitting on its first paint")
    return [_row(paint_name, paint, probes["paint"], baseline, target, how, "its first paint"),
            _row(ready_name, ready, probes["ready"], baseline, None,
                 "until this week's sessions are on screen (KIOSK_EXIT_WHEN_READY)", "being ready")]


def _row(name: str, runs: list[ProcessRun], probe: ProcessRun, baseline: Measure,
         target: Target | None, how: str, waited_for: str) -> Row:
    failed = [r for r in [probe, *runs] if not r.ok]
    if failed:
        return Row.unavailable(name, why_not(failed[0], waited_for), target)
    return Row(name, Measure(median([r.seconds for r in runs]), "s"), baseline, target, how)
