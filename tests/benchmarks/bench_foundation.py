"""Foundation speed: what one clerk keystroke costs in the services, on a real WAL + synchronous=FULL file.

    .venv/bin/python tests/benchmarks/bench_foundation.py [--runs N]

Each figure is the median (min–max) wall time of one public service call — one transaction, fsync
included — on the demo database in a temporary folder, plus opening an existing file (lock, quick
check, schema check) and an online backup. Target for live-meeting actions: under 50 ms. Prints a
table; asserts nothing; not collected by pytest.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from councildesk.db.backup import backup_sqlite_file  # noqa: E402
from councildesk.db.engine import open_database  # noqa: E402
from councildesk.domain.enums import AttendanceStatus  # noqa: E402
from councildesk.sample.demo import load_demo  # noqa: E402
from councildesk.services.container import Services  # noqa: E402

LIVE_TARGET_MS = 50.0


def measure(call: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="councildesk-bench-"))
    path = folder / "council.db"
    db = open_database(path)
    services = Services(db)
    started = time.perf_counter()
    seed = load_demo(services)
    demo_ms = (time.perf_counter() - started) * 1000

    meeting = services.meetings.create_meeting(services.bodies.list_bodies()[0].id, datetime(2011, 10, 6, 19))
    present = services.meetings.mark_all_present(meeting.id)
    voters = [a.person_id for a in present if a.voting]
    item = services.agenda.add_item(meeting.id, "Orders")
    motions: list[int] = []

    def make_motion() -> None:
        motions.append(
            services.motions.make_motion(item.id, "To adopt.", mover_id=voters[0], seconder_id=voters[1]).id
        )

    figures: list[tuple[str, list[float], bool]] = []
    figures.append(
        ("add agenda item", measure(lambda: services.agenda.add_item(meeting.id, "Item"), runs), True)
    )
    figures.append(("make motion", measure(make_motion, runs * 2), True))
    pending = iter(motions)
    figures.append(
        ("record unanimous vote", measure(lambda: services.votes.record_unanimous(next(pending)), runs), True)
    )
    ballots = {pid: ("yes" if i % 3 else "no") for i, pid in enumerate(voters)}
    figures.append(
        (
            "record roll call (9)",
            measure(lambda: services.votes.record_roll_call(next(pending), ballots), runs),
            True,
        )
    )
    toggle = iter([AttendanceStatus.ABSENT, AttendanceStatus.PRESENT] * runs)
    figures.append(
        (
            "set attendance",
            measure(lambda: services.meetings.set_attendance(meeting.id, voters[2], next(toggle)), runs),
            True,
        )
    )
    figures.append(("load seed meeting record", measure(lambda: services.records.load(seed), runs), True))
    db.close()

    def reopen() -> None:
        open_database(path).close()

    figures.append(("open existing file", measure(reopen, max(5, runs // 3)), False))
    holder = open_database(path)
    figures.append(
        (
            "online backup (held open)",
            measure(lambda: backup_sqlite_file(path, folder / "copy.db"), max(5, runs // 3)),
            False,
        )
    )
    holder.close()

    print(f"CouncilDesk foundation benchmark — {runs} runs, file {path.stat().st_size // 1024} KiB")
    print(f"{'load demo (once)':32} {demo_ms:8.1f} ms")
    for name, times, live in figures:
        median = statistics.median(times)
        verdict = ("ok" if median < LIVE_TARGET_MS else "MISS") if live else ""
        print(f"{name:32} {median:8.1f} ms   ({min(times):.1f}–{max(times):.1f})  {verdict}")


if __name__ == "__main__":
    main()
