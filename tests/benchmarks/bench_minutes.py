"""Benchmark: minutes of a 40-item meeting, CouncilDesk's renderer against a plain reportlab script.

    .venv/bin/python -m tests.benchmarks.bench_minutes [--runs N] [--items N]

Builds the meeting through the services in a temporary database, then times, alternating runs:
the database read (services.minutes.minutes), CouncilDesk's `minutes_pdf`, and a minimal Platypus
story with the same text and roll-call tables written without our abstractions (no letterhead,
outline, watermark, page totals). Prints medians and the ratio (goal: at most 1.3×).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from pathlib import Path

from councildesk.db.engine import open_database
from councildesk.reports.minutes import minutes_pdf
from councildesk.services.container import Services
from councildesk.services.minutes_document import MinutesDocument
from tests.benchmarks.plain_minutes import page_count, plain_reportlab
from tests.minutes_helpers import build_big_meeting

GOAL_RATIO = 1.3


def timed(fn, *args) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU seconds of one call; CPU time is steadier on a shared, busy machine."""
    gc.collect()  # so that one side does not pay for the other's garbage
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as folder:
        db = open_database(Path(folder) / "bench.db")
        try:
            services = Services(db)
            build_started = time.perf_counter()
            meeting_id = build_big_meeting(services, items=args.items, members=9, roll_call_every=2)
            built = time.perf_counter() - build_started
            print(f"built a {args.items}-item meeting via services in {built:.1f} s")
            reads: list[float] = []
            ours: list[tuple[float, float]] = []
            plain: list[tuple[float, float]] = []
            pages = (0, 0)
            for _ in range(args.runs):
                t_read, _cpu, doc = timed(services.minutes.minutes, meeting_id)
                assert isinstance(doc, MinutesDocument)
                wall_ours, cpu_ours, pdf = timed(minutes_pdf, doc)
                wall_plain, cpu_plain, plain_pdf = timed(plain_reportlab, doc.record, doc.approval)
                reads.append(t_read)
                ours.append((wall_ours, cpu_ours))
                plain.append((wall_plain, cpu_plain))
                assert isinstance(pdf, bytes) and isinstance(plain_pdf, bytes)
                pages = (page_count(pdf), page_count(plain_pdf))
        finally:
            db.close()
    med = statistics.median
    wall_ours, wall_plain = med(w for w, _ in ours), med(w for w, _ in plain)
    cpu_ours, cpu_plain = med(c for _, c in ours), med(c for _, c in plain)
    print(f"runs: {args.runs}; pages: CouncilDesk {pages[0]}, plain script {pages[1]}")
    print(f"read from database (median wall):  {med(reads) * 1000:8.1f} ms")
    print(
        f"CouncilDesk minutes_pdf (median):  {wall_ours * 1000:8.1f} ms wall, {cpu_ours * 1000:8.1f} ms CPU"
    )
    print(
        f"plain reportlab script (median):   {wall_plain * 1000:8.1f} ms wall, {cpu_plain * 1000:8.1f} ms CPU"
    )
    for name, ratio in (("wall", wall_ours / wall_plain), ("CPU", cpu_ours / cpu_plain)):
        verdict = "OK" if ratio <= GOAL_RATIO else "OVER GOAL"
        print(f"ratio render/plain ({name}): {ratio:.2f}×  (goal ≤ {GOAL_RATIO}×) {verdict}")
    print(f"ratio (read + render)/plain (wall): {(med(reads) + wall_ours) / wall_plain:.2f}×")


if __name__ == "__main__":
    main()
