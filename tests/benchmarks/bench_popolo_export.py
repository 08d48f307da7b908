"""Benchmark: the Popolo export of a cached synthetic city, as one process (CPU and peak memory).

    .venv/bin/python -m tests.benchmarks.bench_popolo_export [--years 30]

Prints "done cpu S peak_mb M size_mb Z"; peak is the process's VmHWM (resident high-water mark).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from tests.benchmarks.city_db import city_database


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=30)
    args = parser.parse_args()
    source = city_database(args.years, seed=1)
    from councildesk.db.engine import open_database
    from councildesk.exchange.popolo_write import export_popolo
    from councildesk.services.container import Services

    with tempfile.TemporaryDirectory(prefix="councildesk-popolo-") as folder:
        db_path = Path(folder) / "city.db"
        shutil.copyfile(source, db_path)
        db = open_database(db_path, write=False)
        before_mb = peak_mb()
        started = time.process_time()
        path = export_popolo(Services(db).exchange, Path(folder) / "out")
        cpu = time.process_time() - started
        db.close()
        size = path.stat().st_size / 1e6
        print(f"done cpu {cpu:.2f} peak_mb {peak_mb():.0f} before_mb {before_mb:.0f} size_mb {size:.0f}")


if __name__ == "__main__":
    main()
