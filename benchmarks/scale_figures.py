"""The central-scale figures: per round and per fleet, the knee, and the extrapolation to a fleet
this machine cannot drive, with the assumptions it rests on spelled out."""

from dataclasses import dataclass

from .timing import percentile


@dataclass(frozen=True)
class RoundFigures:
    times: list[float]  # seconds, each kiosk's sync from its moment in the cycle
    errors: list[str]
    pushed: int  # changes and anonymous rows written centrally
    pulled: int
    wall: float
    cpu: float  # PostgreSQL CPU seconds
    most_active: int  # server connections busy at once (PgBouncer's sv_active), most seen
    most_open: int


@dataclass(frozen=True)
class Fleet:
    kiosks: int
    rounds: list[RoundFigures]
    check_ok: bool
    check: str
    set_up: float
    acting: float
    driver_cpu: float

    def p(self, pct: float) -> float:
        return percentile([t for r in self.rounds for t in r.times], pct)

    @property
    def syncs(self) -> int:
        return sum(len(r.times) for r in self.rounds)

    @property
    def errors(self) -> int:
        return sum(len(r.errors) for r in self.rounds)

    @property
    def rows_per_second(self) -> float:
        return sum(r.pushed for r in self.rounds) / sum(r.wall for r in self.rounds)

    @property
    def cpu_per_round(self) -> float:
        return sum(r.cpu for r in self.rounds) / len(self.rounds)

    @property
    def cpu_per_sync(self) -> float:
        return sum(r.cpu for r in self.rounds) / self.syncs

    @property
    def most_active(self) -> int:
        return max(r.most_active for r in self.rounds)

    @property
    def most_open(self) -> int:
        return max(r.most_open for r in self.rounds)

    def note(self) -> str:
        first = self.errors and next(e for r in self.rounds for e in r.errors)
        return (f"{len(self.rounds)} rounds, {self.syncs:,} syncs: p50 {self.p(50) * 1000:.0f} ms, "
                f"p95 {self.p(95) * 1000:.0f} ms, p99 {self.p(99) * 1000:.0f} ms, {self.errors} errors"
                f"{f' (first: {first})' if first else ''}; central {self.rows_per_second:,.0f} rows/s; "
                f"server connections in use at most {self.most_active} (open {self.most_open}); "
                f"PostgreSQL {self.cpu_per_round:.2f} CPU s per round "
                f"({self.cpu_per_sync * 1000:.1f} ms per sync); {self.check}")


def summary_lines(fleets: list[Fleet]) -> list[str]:
    lines = ["central-scale, per fleet (times from each kiosk's moment in the compressed cycle):",
             "| kiosks | syncs | p50 ms | p95 ms | p99 ms | errors | rows/s | server conns (busy/open) "
             "| PG CPU s/round | round wall s | closing check |"]
    for f in fleets:
        wall = sum(r.wall for r in f.rounds) / len(f.rounds)
        lines.append(f"| {f.kiosks:,} | {f.syncs:,} | {f.p(50) * 1000:.0f} | {f.p(95) * 1000:.0f} | "
                     f"{f.p(99) * 1000:.0f} | {f.errors} | {f.rows_per_second:,.0f} | {f.most_active}/{f.most_open} | "
                     f"{f.cpu_per_round:.2f} | {wall:.2f} | {'ok' if f.check_ok else 'FAILED'} |")
    for f in fleets:
        lines.append(f"  {f.kiosks:,} kiosks: set-up {f.set_up:.0f} s (of which the day's "
                     f"{f.acting:.0f} s of kiosk actions, untimed); driver CPU so far {f.driver_cpu:.0f} s; "
                     f"{f.check}")
    return lines


def knee_text(fleets: list[Fleet], cycle: float, real_cycle: float) -> str:
    over = [f.kiosks for f in fleets if f.p(95) > 1.0]
    ordered = sorted(fleets, key=lambda f: f.kiosks)
    if over:
        below = [f.kiosks for f in ordered if f.p(95) <= 1.0 and f.kiosks < min(over)]
        where = (f"between {max(below):,} and {min(over):,} kiosks" if below else f"at or below {min(over):,} kiosks")
        return (f"knee (p95 passes 1 s) on a {cycle:g} s cycle: {where}; on the real {real_cycle:g} s "
                f"cycle the same sync rate is reached with {real_cycle / cycle:g}× as many kiosks")
    return (f"knee: p95 stayed under 1 s up to {ordered[-1].kiosks:,} kiosks on a {cycle:g} s cycle "
            f"(the sync rate of {ordered[-1].kiosks * real_cycle / cycle:,.0f} kiosks on the real "
            f"{real_cycle:g} s cycle)")


def extrapolate(fleets: list[Fleet], kiosks: int, real_cycle: float, cycle: float) -> str:
    """1,000 kiosks on the real cycle from the largest fleet measured: its PostgreSQL CPU per
    sync and its per-sync times."""
    base = max(fleets, key=lambda f: f.kiosks)
    rate = kiosks / real_cycle
    busy = rate * base.cpu_per_sync
    measured_rate = base.kiosks / cycle
    return (f"not driven here (one Python process plays every kiosk: setting up {kiosks:,} days of "
            f"kiosk actions alone takes ~{base.acting / base.kiosks * kiosks / 60:.0f} min). From "
            f"{base.kiosks:,} kiosks measured at {measured_rate:.0f} syncs/s: {kiosks:,} kiosks every "
            f"{real_cycle:g} s offer {rate:.0f} syncs/s, which need {busy:.2f} PostgreSQL cores at "
            f"{base.cpu_per_sync * 1000:.1f} ms CPU per sync; "
            + (f"that is below the rate already measured, so p95 ≈ {base.p(95) * 1000:.0f} ms "
               f"and 0 errors are expected" if rate <= measured_rate else
               f"above the rate measured, so p95 is not known from this run")
            + ". Assumes syncs spread evenly over the cycle, per-sync work like this run's (a "
            "round's share of a day per sync: heavier than a real 30 s sync), two kiosks per hub "
            f"(feed locks rarely contended), and a warm server connection for each kiosk "
            f"({base.most_open} were open here; with one login per device, fewer means a new "
            "backend for most syncs, which cost about three times the CPU per sync here).")
