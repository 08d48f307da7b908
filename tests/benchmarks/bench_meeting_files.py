"""Benchmark: what a publish's PDF worker spends on each meeting of the approved 30-year city, by kind.

    .venv/bin/python -m tests.benchmarks.bench_meeting_files [--meetings 40] [--runs 3]

Reads the worker payloads (record, house style, minutes inputs) of approved meetings spread over the
city's 30 years, as publish sends them, then draws them in this one process as the worker does
(publish/meeting_files.py: agenda PDF, minutes document, web edition, minutes PDF), `--runs` times
after a warm-up pass; prints the median over the runs of each kind's median and mean CPU per meeting.
One process alone: in a publish the workers share the cores with the publishing process, and each
drawing costs more there (bench_publish prints that).
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


def payloads(count: int) -> list[MeetingDrawing]:
    """The worker payloads of `count` approved meetings, evenly spread from the first to the last."""
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-files-") as temp:
        services = open_services(fresh_copy(Path(temp), approved=True))
        approved = [
            m
            for m in services.meetings.list_meetings(newest_first=False)
            if m.minutes_status is MinutesStatus.APPROVED
        ]
        ids = [m.id for m in approved[:: max(1, len(approved) // count)]][:count]
        records = services.records.load_many(ids)
        inputs = services.minutes.inputs(records, breaks=services.minutes.chain_breaks())
        made = [
            MeetingDrawing(records[i], services.bodies.house_style(records[i].meeting.body_id), inputs[i])
            for i in ids
        ]
        services.db.close()
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    drawings = payloads(args.meetings)
    for drawing in drawings:  # warm: fonts, imports, the paragraph memo as a worker has it
        meeting_files(drawing)
    medians: dict[str, list[float]] = {}
    means: dict[str, list[float]] = {}
    for _ in range(args.runs):
        per_kind: dict[str, list[float]] = {}
        for drawing in drawings:
            for kind, seconds in meeting_files(drawing)[1].items():
                per_kind.setdefault(kind, []).append(1000 * seconds)
        for kind, values in per_kind.items():
            medians.setdefault(kind, []).append(statistics.median(values))
            means.setdefault(kind, []).append(statistics.fmean(values))
    print(f"{len(drawings)} approved meetings of the 30-year city, {args.runs} runs, CPU per meeting:")
    for kind in medians:
        print(
            f"  {kind:22} median {statistics.median(medians[kind]):7.1f} ms   "
            f"mean {statistics.median(means[kind]):7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
