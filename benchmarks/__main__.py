"""Run the benchmarks and print one table; exits 0 whatever the targets say, 1 only on a crash."""

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

from .registry import BENCHMARKS, MODULES, Context, Row
from .table import load_average, machine_lines, render

DEFAULT_CACHE = Path(__file__).resolve().parent.parent / "var" / "bench"


def load_benchmarks() -> None:
    for module in MODULES:
        importlib.import_module(module)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: a twentieth of the dataset and fewer repetitions")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--keep", type=Path, default=DEFAULT_CACHE, metavar="DIR",
                        help="folder for the cached dataset and scratch files (default: var/bench)")
    parser.add_argument("--fresh", action="store_true", help="regenerate the dataset even if cached")
    parser.add_argument("--explain", action="store_true",
                        help="print the query plans of the read benchmark even when it meets its target")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    load_benchmarks()
    args = parse_args(argv)
    ctx = Context(quick=args.quick, cache_dir=args.keep, fresh=args.fresh, explain=args.explain)
    rows: list[Row] = []
    crashed = False
    load_at_start = load_average()
    for name in args.only or list(BENCHMARKS):
        print(f"running {name} …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            rows += BENCHMARKS[name](ctx)
        except Exception as error:  # keep the other rows; the exit code reports the crash
            crashed = True
            traceback.print_exc()
            rows.append(Row.unavailable(name, f"crashed: {error}"))
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print("\n".join(machine_lines(load_at_start)))
    print(f"{'quick smoke run' if args.quick else 'full run'}; ratio = kiosk ÷ baseline; "
          "targets are informational")
    print()
    print(render(rows))
    if ctx.notes:
        print()
        print("\n".join(ctx.notes))
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
