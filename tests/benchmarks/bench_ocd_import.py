"""Benchmark: import a generated city's OCD export into an empty database (CPU and wall time)."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.exchange.ocd_read import import_ocd
from councildesk.exchange.ocd_write import export_ocd
from councildesk.sample.generator import generate
from councildesk.services.container import Services
from councildesk.services.record_loader import Loader


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--row-by-row", action="store_true", help="create rows one at a time (the reference)")
    args = parser.parse_args()
    Loader.batched = not args.row_by_row
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as tmp:
        folder = Path(tmp)
        with open_database(folder / "city.db") as source:
            generate(source, years=args.years, seed=1)
            export_ocd(Services(source).exchange, folder / "ocd")
        with open_database(folder / "target.db") as target:
            wall, cpu = time.perf_counter(), time.process_time()
            import_ocd(Services(target).exchange, folder / "ocd")
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        size = (folder / "target.db").stat().st_size / 1e6
        way = "row by row" if args.row_by_row else "batched"
        print(
            f"OCD import ({way}), {args.years} year(s): {wall:.2f} s wall, {cpu:.2f} s CPU, "
            f"file {size:.1f} MB"
        )


if __name__ == "__main__":
    main()
