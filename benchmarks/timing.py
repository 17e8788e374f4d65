"""Timing helpers: repeated in-process calls, fresh processes, medians and percentiles."""

import math
import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0–100) of the measured values."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def time_calls(fns: Sequence[Callable[[], object]], calls: int, warmup: int) -> list[list[float]]:
    """Seconds each of ``calls`` calls of every function took, after ``warmup`` untimed calls.
    The functions take turns call by call, so a busy moment on the machine hits them alike."""
    for _ in range(warmup):
        for fn in fns:
            fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(calls):
        for fn, spent in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - start)
    return times


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    returncode: int | None  # None when the process was killed on the timeout
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def time_process(argv: Sequence[str], env: dict[str, str] | None = None,
                 timeout: float = 60.0) -> ProcessRun:
    """Wall time from spawning ``argv`` to its exit (the same method for kiosk and baseline)."""
    full_env = {**os.environ, **(env or {})}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=full_env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        return ProcessRun(time.perf_counter() - start, None, err.decode(errors="replace"))
    return ProcessRun(time.perf_counter() - start, proc.returncode, err.decode(errors="replace"))
