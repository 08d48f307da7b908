"""Benchmark: voting records, search, agreement and the Records view on a 30-year synthetic city.

    .venv/bin/python -m tests.benchmarks.bench_records [--runs N] [--years 30]

Prints medians in milliseconds beside the goals (record < 50 ms, search < 50 ms, Records view
first paint < 200 ms, ten-year agreement matrix < 1 s, process memory < 300 MB).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from councildesk.db.engine import open_database
from councildesk.db.models import Ballot, Meeting
from councildesk.services.container import Services
from councildesk.services.voting_record_service import VotingRecordService
from tests.benchmarks.city_db import city_database

QUERIES = (
    "budget",
    "parking ordinance",
    '"public hearing"',
    "zon*",
    "water",
    "'; DROP TABLE x",
    "tree planting",
)


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm caches (pages, statements) once, as a user's second look would
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report(name: str, ms: float, goal_ms: float | None) -> None:
    verdict = "" if goal_ms is None else ("ok" if ms <= goal_ms else "OVER GOAL")
    goal = "" if goal_ms is None else f"(goal {goal_ms:.0f} ms)"
    print(f"{name:<46} {ms:9.1f} ms  {goal:<16} {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--years", type=int, default=30)
    args = parser.parse_args()
    path = city_database(years=args.years)
    db = open_database(path, write=False)
    services = Services(db)
    records = services.voting_records
    with db.reading() as s:
        # The member with the most ballots is the worst case.
        busiest = s.execute(
            select(Ballot.person_id, func.count())
            .group_by(Ballot.person_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        last = s.scalar(select(func.max(Meeting.scheduled_start)))
        ballots = s.scalar(select(func.count(Ballot.id)))
    person, count = busiest
    print(f"{path.name}: {ballots} ballots; busiest member {person} has {count}; runs={args.runs}")
    report(
        "record: first page (100 rows) + count", median_ms(lambda: records.record_page(person), args.runs), 50
    )
    report("record: summary", median_ms(lambda: records.summary(person), args.runs), 50)
    report(
        "record: first page + summary (what the view shows)",
        median_ms(lambda: (records.record_page(person), records.summary(person)), args.runs),
        50,
    )
    report("record: every ballot (export)", median_ms(lambda: records.full_record(person), args.runs), None)
    report(
        "record: page sorted by title",
        median_ms(lambda: records.record_page(person, sort="title"), args.runs),
        50,
    )  # type: ignore[arg-type]
    per_query = [median_ms(lambda q=q: records.search(q), args.runs) for q in QUERIES]  # type: ignore[misc]
    report("search (FTS5), median over queries", statistics.median(per_query), 50)
    report("search (FTS5), slowest query", max(per_query), 50)
    like = VotingRecordService(db, force_like_search=True)
    report(
        "search (LIKE fallback), median",
        statistics.median(median_ms(lambda q=q: like.search(q), 3) for q in QUERIES[:3]),
        None,
    )  # type: ignore[misc]
    ten_years_ago = date(last.year - 9, 1, 1)
    report(
        "agreement matrix, ten years",
        median_ms(lambda: records.agreement(date_from=ten_years_ago), max(3, args.runs // 3)),
        1000,
    )
    report("agreement matrix, all years", median_ms(lambda: records.agreement(), 3), None)
    report("attendance history", median_ms(lambda: records.attendance_history(person), args.runs), None)
    _view_first_paint(services, person, args.runs)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if rss_mb < 300 else "OVER GOAL"
    print(f"{'peak memory of this process (RSS)':<46} {rss_mb:9.1f} MB  (goal 300 MB)     {verdict}")
    db.close()


def _view_first_paint(services: Services, person: int, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from councildesk.ui.records_view import RecordsView
    from councildesk.ui.ui_context import UiContext

    app = QApplication.instance() or QApplication([])

    def first_paint(with_member: bool, until_summary: bool = False) -> float:
        """Milliseconds from constructing the view to its first full paint (or to a filled summary)."""
        started = time.perf_counter()
        view = RecordsView(UiContext(services, QUndoStack(), lambda _m: None))
        view.resize(1200, 700)
        if with_member:
            view.show_member(person)
        view.show()
        view.grab()  # forces layout and a full paint
        if until_summary:
            done: list[bool] = []
            view.summaryReady.connect(lambda: done.append(True))
            while not done:
                app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        view.close()
        view.deleteLater()
        app.processEvents()
        return elapsed

    def median_of(fn: Callable[[], float]) -> float:
        fn()
        return statistics.median(fn() for _ in range(runs))

    report("Records view: first paint (empty)", median_of(lambda: first_paint(False)), 200)
    report("Records view: first paint with a member", median_of(lambda: first_paint(True)), 200)
    report(
        "Records view: ... and its summary panel filled",
        median_of(lambda: first_paint(True, True)),
        None,
    )


if __name__ == "__main__":
    main()
