"""Benchmark: import a generated city's OCD export into an empty database (CPU and wall time)."""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from contextlib import closing
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
    parser.add_argument("--sizes", action="store_true", help="where both files' bytes go (dbstat)")
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
        if args.sizes:
            print_sizes(folder / "city.db", folder / "target.db")


def print_sizes(source: Path, target: Path, top: int = 14) -> None:
    """Bytes per table and index, the source (generated) file beside the imported one, largest gain first."""
    sizes = []
    for path in (source, target):
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            sizes.append(dict(conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()))
    names = sorted(set(sizes[0]) | set(sizes[1]), key=lambda n: sizes[0].get(n, 0) - sizes[1].get(n, 0))
    print(f"{'table or index':40} {'source MB':>10} {'imported MB':>12}")
    for name in names[:top]:
        print(f"{name:40} {sizes[0].get(name, 0) / 1e6:10.2f} {sizes[1].get(name, 0) / 1e6:12.2f}")


if __name__ == "__main__":
    main()
