"""Ratio benchmarks of the kiosk against bare baselines, run with ``python -m benchmarks``."""
