"""The cached large dataset: generated once into the cache folder, reused while its marker
(generator version, scale, seed, schema revision) still matches."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.db.migrate import head_revision

from .generate import (
    DEFAULT_SEED, GENERATOR_VERSION, describe, format_counts, generate, read_marker,
)
from .registry import Context

FULL_SCALE = 1.0
QUICK_SCALE = 0.05  # a twentieth: about thirteen weeks of the same busy hub


@dataclass(frozen=True)
class Dataset:
    path: Path
    now: datetime  # the dataset's "now": services read it through a clock fixed here
    counts: dict[str, int]
    origin: str  # how this run got it: generated now, or reused (with its earlier timing)


def dataset_path(cache_dir: Path, scale: float) -> Path:
    return cache_dir / f"hub-5y-scale{scale:g}.sqlite"


def wanted_marker(scale: float) -> dict:
    return {"version": GENERATOR_VERSION, "scale": scale, "seed": DEFAULT_SEED,
            "schema": head_revision()}


def is_current(marker: dict | None, scale: float) -> bool:
    return marker is not None and all(marker.get(k) == v for k, v in wanted_marker(scale).items())


def get_dataset(ctx: Context) -> Dataset:
    """The run's dataset, generated on first use (or with ``--fresh``) and shared by benchmarks."""
    if "dataset" not in ctx.shared:
        ctx.shared["dataset"] = _load_or_generate(ctx)
    return ctx.shared["dataset"]


def _load_or_generate(ctx: Context) -> Dataset:
    scale = ctx.pick(FULL_SCALE, QUICK_SCALE)
    path = dataset_path(ctx.cache_dir, scale)
    marker = None if ctx.fresh else read_marker(path) if path.exists() else None
    if is_current(marker, scale):
        size, counts = path.stat().st_size / 1e6, format_counts(marker["counts"])
        origin = (f"reused {path.name} ({size:,.0f} MB: {counts}), generated on an earlier run "
                  f"in {marker['seconds']:.1f} s for the week of {marker['now'][:10]}; "
                  "--fresh remakes it")
        dataset = Dataset(path, datetime.fromisoformat(marker["now"]), marker["counts"], origin)
    else:
        ctx.cache_dir.mkdir(parents=True, exist_ok=True)
        summary = generate(path, scale)
        dataset = Dataset(path, summary.now, summary.counts, describe(summary))
    ctx.notes.append(f"dataset: {dataset.origin}")
    return dataset
