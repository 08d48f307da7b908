"""Benchmark: what a publish's PDF worker spends on each meeting of the approved 30-year city, by kind.

    .venv/bin/python -m tests.benchmarks.bench_meeting_files [--meetings 40] [--runs 3]

Reads the worker payloads (record, house style, minutes inputs) of approved meetings spread over the
city's 30 years, as publish sends them, and draws them in this one process as the worker does
(publish/meeting_files.py: agenda PDF, minutes document, web edition, minutes PDF). A worker draws
each meeting once, its caches (paragraph memo, font subsets) warmed by the meetings before: so a
first set of meetings warms them and each run draws `--meetings` other meetings, never drawn before
(drawing the same meetings again would find all their paragraphs in the memo: 40 meetings drawn
twice cost half of what they cost once). Prints the median over the runs of each kind's median
and mean CPU per meeting.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from councildesk.domain.enums import MinutesStatus
from councildesk.publish.meeting_files import MeetingDrawing, meeting_files
from councildesk.wiring import open_services
from tests.benchmarks.city_db import fresh_copy


def payloads(count: int, sets: int) -> list[list[MeetingDrawing]]:
    """The worker payloads of `sets` sets of `count` approved meetings each, no meeting in two sets,
    each set spread evenly from the first meeting to the last."""
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-files-") as temp:
        services = open_services(fresh_copy(Path(temp), approved=True))
        approved = [
            m
            for m in services.meetings.list_meetings(newest_first=False)
            if m.minutes_status is MinutesStatus.APPROVED
        ]
        step = max(1, len(approved) // count)
        if step < sets:
            raise SystemExit(f"{len(approved)} approved meetings: too few for {sets} sets of {count}")
        groups = [[m.id for m in approved[offset::step]][:count] for offset in range(sets)]
        ids = [i for group in groups for i in group]
        records = services.records.load_many(ids)
        inputs = services.minutes.inputs(records, breaks=services.minutes.chain_breaks())
        styles = {r.meeting.body_id: services.bodies.house_style(r.meeting.body_id) for r in records.values()}
        made = [
            [MeetingDrawing(records[i], styles[records[i].meeting.body_id], inputs[i]) for i in g]
            for g in groups
        ]
        services.db.close()
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    warm, *timed = payloads(args.meetings, args.runs + 1)
    for drawing in warm:  # fonts, imports, the paragraph memo and subsets as a worker has them
        meeting_files(drawing)
    medians: dict[str, list[float]] = {}
    means: dict[str, list[float]] = {}
    for drawings in timed:
        per_kind: dict[str, list[float]] = {}
        for drawing in drawings:
            for kind, seconds in meeting_files(drawing)[1].items():
                per_kind.setdefault(kind, []).append(1000 * seconds)
        for kind, values in per_kind.items():
            medians.setdefault(kind, []).append(statistics.median(values))
            means.setdefault(kind, []).append(statistics.fmean(values))
    print(f"{args.meetings} meetings a run, {args.runs} runs, after {len(warm)} others; CPU per meeting:")
    for kind in medians:
        print(
            f"  {kind:22} median {statistics.median(medians[kind]):7.1f} ms   "
            f"mean {statistics.median(means[kind]):7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
