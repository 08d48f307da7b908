"""Benchmark: `migrate-to` of a generated city (every meeting approved) into a throwaway PostgreSQL server.

    .venv/bin/python tests/benchmarks/bench_migrate_to.py [--years 30] [--keep PATH]

Builds the city (tests/benchmarks/city_db.py's generator), approves each meeting at its body's next
meeting (so that there are fingerprints to verify), starts a PostgreSQL cluster as the tests do
(tests/pg_server.py) and times the move: the copy, the per-table counts, the file's verification
and the copy's, all in one transaction. `--keep PATH` keeps the approved city file for another run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from councildesk.db.engine import open_database  # noqa: E402
from councildesk.sample.generator import generate  # noqa: E402
from councildesk.services.container import Services  # noqa: E402
from councildesk.services.database_move import migrate_to  # noqa: E402
from tests.approved_city import approve_in_turn  # noqa: E402
from tests.pg_server import _started_cluster, missing_requirement, postgres_bin  # noqa: E402


def approved_city(path: Path, years: int) -> None:
    with open_database(path) as db:
        started = time.perf_counter()
        generate(db, years=years, seed=1)
        built = time.perf_counter() - started
        approved = approve_in_turn(Services(db))
        print(
            f"city of {years} years built in {built:.1f} s; {approved} meetings approved in "
            f"{time.perf_counter() - started - built:.1f} s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="an approved city file to reuse (built there if absent)")
    args = parser.parse_args()
    bin_dir = postgres_bin()
    reason = missing_requirement(bin_dir)
    if reason is not None or bin_dir is None:
        sys.exit(f"cannot run: {reason}")
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as tmp:
        city = Path(tmp) / "city.db"
        if args.keep is not None and args.keep.exists():
            shutil.copyfile(args.keep, city)
        else:
            approved_city(city, args.years)
            if args.keep is not None:
                shutil.copyfile(city, args.keep)
        size = city.stat().st_size / 1e6
        cluster = _started_cluster(bin_dir)
        try:
            admin = create_engine(cluster.admin_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("CREATE DATABASE council ENCODING 'UTF8' TEMPLATE template0"))
            admin.dispose()
            url = cluster.admin_url.rsplit("/", 1)[0] + "/council"
            with open_database(city) as source:
                wall, cpu = time.perf_counter(), time.process_time()
                result = migrate_to(
                    source,
                    url,
                    lambda line: print(f"{time.perf_counter() - wall:7.1f} s  {line}", flush=True),
                )
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            cluster.stop()
    print(
        f"migrate-to, {args.years}-year city ({size:.0f} MB file, {result.rows:,} rows, "
        f"{result.approvals_ok} approved meetings verified OK, chain of {result.chain.length:,} links): "
        f"{wall:.1f} s wall, {cpu:.1f} s CPU in this process"
    )


if __name__ == "__main__":
    main()
