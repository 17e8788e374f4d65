"""What a stolen PIN hash costs: one argon2id check at the kiosk's costs, and from it the time to
try every PIN of the shortest length allowed on one machine like this one (docs/security.md)."""

import time

from argon2 import PasswordHasher

from kiosk.services.accounts import ARGON2_LANES, ARGON2_MEMORY_KIB, ARGON2_TIME_COST, PIN_MIN

from .registry import Context, Measure, Row, benchmark
from .timing import median


def measure(calls: int) -> float:
    """Median seconds for one PIN check (what one guess costs an attacker here)."""
    hasher = PasswordHasher(time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB,
                            parallelism=ARGON2_LANES)
    stored = hasher.hash("482913")
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        hasher.verify(stored, "482913")
        times.append(time.perf_counter() - started)
    return median(times)


@benchmark("pins")
def pins(ctx: Context) -> list[Row]:
    guess = measure(ctx.pick(9, 3))
    hours = guess * 10 ** PIN_MIN / 3600
    note = (f"argon2id t={ARGON2_TIME_COST}, m={ARGON2_MEMORY_KIB // 1024} MiB, p={ARGON2_LANES}: every "
            f"{PIN_MIN}-digit PIN on this machine takes about {hours:.0f} h (half that on average)")
    return [Row("PIN check (one guess)", Measure(guess * 1000, "ms"), None, None, note)]


if __name__ == "__main__":
    print(f"{measure(9) * 1000:.0f} ms a guess")
