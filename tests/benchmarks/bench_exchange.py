"""Benchmark: open-data export/import, archive and backup/restore on a generated city.

    .venv/bin/python -m tests.benchmarks.bench_exchange [--years N] [--runs N]

Prints the median seconds of each step over several runs (a fresh target database each run).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from councildesk.db.engine import Database, open_database
from councildesk.exchange.archive import load_archive, write_archive
from councildesk.exchange.csv_export import export_csv
from councildesk.exchange.ics import export_ics
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.exchange.popolo_read import import_popolo
from councildesk.exchange.popolo_write import export_popolo
from councildesk.sample.generator import generate
from councildesk.services.container import Services


def timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def one_run(source: Database, here: Path, times: dict[str, list[float]]) -> None:
    backups = Services(source).backups
    exchange = Services(source).exchange
    steps: list[tuple[str, Callable[[], object]]] = [
        ("export OCD", partial(export_ocd, exchange, here / "ocd")),
        ("export Popolo", partial(export_popolo, exchange, here / "popolo")),
        ("export CSV", partial(export_csv, exchange, here / "csv")),
        ("export ICS", partial(export_ics, exchange, here / "ics")),
        ("write archive", partial(write_archive, exchange, here / "a.zip")),
        ("backup (online)", partial(backups.backup_now, "bench")),
    ]
    for name, step in steps:
        times.setdefault(name, []).append(timed(step))
    importers: list[tuple[str, Callable[..., object], Path]] = [
        ("OCD", import_ocd, here / "ocd"),
        ("Popolo", import_popolo, here / "popolo" / "popolo.json"),
    ]
    for name, importer, path in importers:
        with open_database(here / f"{name}.db") as target:
            times.setdefault(f"import {name} (empty db)", []).append(
                timed(partial(importer, Services(target).exchange, path))
            )
            times.setdefault(f"import {name} again (no change)", []).append(
                timed(partial(importer, Services(target).exchange, path))
            )
    with open_database(here / "restored.db") as target:
        times.setdefault("load archive (empty db)", []).append(
            timed(partial(load_archive, Services(target).exchange, here / "a.zip"))
        )
    latest = backups.list_backups()[0].path
    times.setdefault("restore from backup", []).append(timed(partial(backups.restore, latest)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as tmp:
        folder = Path(tmp)
        source = open_database(folder / "city.db")
        print(generate(source, years=args.years, seed=1))
        times: dict[str, list[float]] = {}
        for run in range(args.runs):
            here = folder / f"run{run}"
            here.mkdir()
            one_run(source, here, times)
        source.close()
    print(f"medians over {args.runs} run(s), {args.years} year(s):")
    for name, values in times.items():
        print(f"  {name:<32} {statistics.median(values):8.2f} s")


if __name__ == "__main__":
    main()
