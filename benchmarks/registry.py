"""The benchmark registry: what a benchmark reports (rows) and how one is added (``@benchmark``)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Modules whose ``@benchmark`` functions make up the suite, in the order the table lists them.
#: To add a row: write a function ``def name(ctx: Context) -> list[Row]`` decorated with
#: ``@benchmark("name")`` in one of these modules (or a new module added here).
MODULES = ("benchmarks.startup", "benchmarks.queries", "benchmarks.booking", "benchmarks.ui",
           "benchmarks.printing", "benchmarks.sync", "benchmarks.reports", "benchmarks.pins",
           "benchmarks.central_scale")


@dataclass(frozen=True)
class Measure:
    """One measured figure; ``unit`` is "s", "ms" or "/s"."""

    value: float
    unit: str


@dataclass(frozen=True)
class Target:
    """A goal a row is checked against (informational: it never changes the exit code)."""

    text: str
    check: Callable[["Row"], bool]

    @staticmethod
    def ratio_at_most(limit: float) -> "Target":
        return Target(f"≤ {limit:.1f}×", lambda row: row.ratio is not None and row.ratio <= limit)

    @staticmethod
    def below(limit: float, unit: str) -> "Target":
        return Target(f"< {limit:g} {unit}",
                      lambda row: row.kiosk is not None and row.kiosk.value < limit)


@dataclass(frozen=True)
class Row:
    """One line of the table: the kiosk's figure beside its baseline measured in the same run."""

    name: str
    kiosk: Measure | None
    baseline: Measure | None
    target: Target | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.kiosk is None or self.baseline is None or self.baseline.value == 0:
            return None
        return self.kiosk.value / self.baseline.value

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "info"
        if self.kiosk is None:
            return "n/a"
        return "pass" if self.target.check(self) else "FAIL"

    @classmethod
    def unavailable(cls, name: str, reason: str, target: Target | None = None) -> "Row":
        return cls(name, None, None, target, note=f"not available: {reason}")


@dataclass
class Context:
    """What every benchmark gets: the run's size, the cache folder and shared lazily-made things."""

    quick: bool
    cache_dir: Path
    fresh: bool = False
    explain: bool = False
    notes: list[str] = field(default_factory=list)
    shared: dict = field(default_factory=dict)

    def pick(self, full, quick):
        """``quick`` in a ``--quick`` smoke run, ``full`` otherwise."""
        return quick if self.quick else full


Benchmark = Callable[[Context], list[Row]]
BENCHMARKS: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    """Register ``fn`` under ``name`` (the name ``--only`` selects)."""

    def register(fn: Benchmark) -> Benchmark:
        if name in BENCHMARKS:
            raise ValueError(f"two benchmarks are called {name!r}")
        BENCHMARKS[name] = fn
        return fn

    return register
