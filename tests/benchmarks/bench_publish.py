"""Benchmark: publishing the synthetic city's website: first publish, unchanged, after one meeting changes.

    .venv/bin/python -m tests.benchmarks.bench_publish [--years 30] [--runs 3] [--include-drafts]

The generated city approves no minutes, so by default its site has agendas and no votes;
--include-drafts publishes every meeting's minutes (marked DRAFT), the size of a city whose
minutes are all approved. Goals (issue 19): first publish <= 60 s, <= 5 s after one meeting changes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from councildesk.publish.site import PublishOptions, PublishResult, publish
from councildesk.services.container import Services
from councildesk.wiring import open_services
from tests.benchmarks.city_db import fresh_copy


def _timed(services: Services, root: Path, options: PublishOptions) -> tuple[float, float, PublishResult]:
    started, cpu = time.perf_counter(), time.process_time()
    result = publish(services, root, options)
    return time.perf_counter() - started, time.process_time() - cpu, result


def _change_one_meeting(services: Services, n: int) -> int:
    """Retitle an item of a meeting in the middle of the range (a clerk's correction)."""
    meetings = services.meetings.list_meetings(newest_first=False)
    meeting = meetings[len(meetings) // 2]
    item = services.agenda.list_items(meeting.id)[0]
    services.agenda.update_item(item.id, title=f"{item.title.split(' [')[0]} [corrected {n}]")
    return meeting.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3, help="runs of each re-publish (the median is printed)")
    parser.add_argument("--include-drafts", action="store_true")
    args = parser.parse_args(argv)
    options = PublishOptions(include_drafts=args.include_drafts)
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-publish-") as temp:
        services = open_services(fresh_copy(Path(temp), years=args.years))
        root = Path(temp) / "site"
        first, first_cpu, result = _timed(services, root, options)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        kind = " with drafts" if args.include_drafts else ""
        print(
            f"{args.years}-year city{kind}: {result.meetings} meetings, "
            f"{result.pages} pages, {result.files} files, {size / 1e6:.0f} MB"
        )
        print(f"first publish            {first:7.1f} s  (CPU {first_cpu:.1f} s)")
        unchanged, changed, touched = [], [], []
        for _ in range(args.runs):
            wall, _cpu, again = _timed(services, root, options)
            unchanged.append(wall)
            assert again.changed == 0, again.changed_files
        for n in range(args.runs):
            _change_one_meeting(services, n)
            wall, _cpu, again = _timed(services, root, options)
            changed.append(wall)
            touched.append(again.changed)
        print(f"unchanged re-publish     {statistics.median(unchanged):7.1f} s  (median of {args.runs})")
        print(
            f"after one meeting change {statistics.median(changed):7.1f} s  (median of {args.runs}; "
            f"{statistics.median(touched):.0f} files rewritten)"
        )
        services.db.close()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
