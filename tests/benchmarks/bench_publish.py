"""Benchmark: publishing the synthetic city's website: first publish, unchanged, after one meeting changes.

    .venv/bin/python -m tests.benchmarks.bench_publish [--years 30] [--runs 3] [--approved] [--include-drafts]

The generated city approves no minutes, so by default its site has agendas and no votes.
--approved publishes the site a real city has: every meeting's minutes but the last few months'
approved through the services (fingerprint, record chain), each with its web edition, tagged PDF
and agenda PDF, and every member's votes; the approving is timed apart from the publish (and cached
beside the city). --include-drafts publishes every meeting's minutes, drafts marked DRAFT.
Goals (issue 19): first publish <= 60 s, <= 5 s after one meeting changes.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from councildesk.domain.enums import MinutesStatus
from councildesk.publish.site import PublishOptions, PublishResult, publish
from councildesk.services.container import Services
from councildesk.wiring import open_services
from tests.benchmarks.city_db import approved_city_database, fresh_copy


def _timed(
    services: Services, root: Path, options: PublishOptions, steps: list[tuple[float, str]] | None = None
) -> tuple[float, float, PublishResult]:
    """Wall and publishing-process CPU of one publish; `steps` gets the CPU at each progress line."""
    started, cpu = time.perf_counter(), time.process_time()
    said = None if steps is None else lambda line: steps.append((time.process_time() - cpu, line))
    result = publish(services, root, options, progress=said)
    return time.perf_counter() - started, time.process_time() - cpu, result


def _where_the_time_goes(steps: list[tuple[float, str]], cpu: float, result: PublishResult) -> None:
    """The publishing process's CPU per step (progress line to the next), then the drawings' CPU per
    kind as measured in the workers."""
    named: dict[str, float] = {}
    marks = [*steps, (cpu, "")]
    for (at, line), (until, _) in itertools.pairwise(marks):
        step = line.split(" (")[0].rstrip("…")  # "Writing meeting pages (20 of 1539)…": one step
        named[step] = named.get(step, 0.0) + until - at
    print("  publishing process, CPU per step:")
    for step, seconds in named.items():
        print(f"    {seconds:7.1f} s  {step}")
    print("  drawings and open data, CPU where made (the workers):")
    for kind, seconds in sorted(result.drawing_cpu.items(), key=lambda kv: -kv[1]):
        n = result.drawing_count[kind]
        print(f"    {seconds:7.1f} s  {kind} ({n}, {1000 * seconds / n:.0f} ms each)")


def _change_one_meeting(services: Services, n: int) -> int:
    """Retitle an item of a meeting in the middle of those still open to edits (a clerk's correction;
    approved minutes are locked)."""
    meetings = services.meetings.list_meetings(newest_first=False)
    meetings = [m for m in meetings if m.minutes_status is not MinutesStatus.APPROVED] or meetings
    meeting = meetings[len(meetings) // 2]
    item = services.agenda.list_items(meeting.id)[0]
    services.agenda.update_item(item.id, title=f"{item.title.split(' [')[0]} [corrected {n}]")
    return meeting.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3, help="runs of each re-publish (the median is printed)")
    parser.add_argument("--approved", action="store_true", help="past minutes approved, as a real city's")
    parser.add_argument("--include-drafts", action="store_true")
    args = parser.parse_args(argv)
    options = PublishOptions(include_drafts=args.include_drafts)
    if args.approved:
        started, cpu = time.perf_counter(), time.process_time()
        approved_city_database(args.years)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        made = f"{wall:.1f} s (CPU {cpu:.1f} s)" if wall > 1 else "cached"
        print(
            f"setup: approving the past minutes through the services and keeping their files {made}, "
            "not in the figures below"
        )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # the setup's own workers are not counted
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-publish-") as temp:
        services = open_services(fresh_copy(Path(temp), years=args.years, approved=args.approved))
        root = Path(temp) / "site"
        steps: list[tuple[float, str]] = []
        first, first_cpu, result = _timed(services, root, options, steps)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        kind = " with drafts" if args.include_drafts else ""
        kind += f", {result.approved} with approved minutes" if args.approved else ""
        print(
            f"{args.years}-year city{kind}: {result.meetings} meetings, "
            f"{result.pages} pages, {result.files} files, {size / 1e6:.0f} MB"
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(
            f"first publish            {first:7.1f} s  (CPU {first_cpu:.1f} s in the publishing process, "
            f"{workers:.1f} s in the workers; load {os.getloadavg()[0]:.1f})"
        )
        _where_the_time_goes(steps, first_cpu, result)
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
