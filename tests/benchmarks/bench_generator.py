"""Benchmark: how long `generate` takes and how big the file gets, for 1, 10 and 30 years.

    .venv/bin/python -m tests.benchmarks.bench_generator [--runs N]

Prints the median over several runs for the small cities and one run for 30 years (the goal:
under two minutes on a 2-core machine). Then warms the shared cache (tests/benchmarks/city_db.py).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.sample.generator import generate

GOAL_SECONDS_30_YEARS = 120.0


def one_run(years: int, seed: int) -> tuple[float, int, int]:
    """Seconds inside generate(), file size in bytes, and rows written (ballots) for one fresh database."""
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as folder:
        path = Path(folder) / "city.db"
        database = open_database(path)
        try:
            started = time.perf_counter()
            stats = generate(database, years=years, seed=seed)
            elapsed = time.perf_counter() - started
        finally:
            database.close()
        return elapsed, path.stat().st_size, stats.ballots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs for 1 year (10 years: half, 30 years: 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-cache", action="store_true", help="do not build the cached 30-year city")
    args = parser.parse_args()
    plan = [(1, max(1, args.runs)), (10, max(1, args.runs // 2)), (30, 1)]
    print(f"{'years':>5}  {'runs':>4}  {'median s':>9}  {'min s':>7}  {'size MB':>8}  {'ballots':>9}")
    for years, runs in plan:
        results = [one_run(years, args.seed) for _ in range(runs)]
        times = [r[0] for r in results]
        size_mb = results[0][1] / 1_000_000
        print(
            f"{years:>5}  {runs:>4}  {statistics.median(times):>9.2f}  {min(times):>7.2f}  "
            f"{size_mb:>8.1f}  {results[0][2]:>9,}"
        )
        if years == 30:
            verdict = "within" if statistics.median(times) < GOAL_SECONDS_30_YEARS else "OVER"
            print(f"30 years: {verdict} the {GOAL_SECONDS_30_YEARS:.0f} s goal")
    if not args.no_cache:
        from tests.benchmarks.city_db import city_database

        started = time.perf_counter()
        path = city_database(30, args.seed)
        print(f"cached city: {path} ({time.perf_counter() - started:.1f} s to check or build)")


if __name__ == "__main__":
    main()
