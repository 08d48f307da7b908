"""Benchmark: the desktop window on a generated 30-year city — start, expand the navigator, open a meeting.

    .venv/bin/python -m tests.benchmarks.bench_main_window [--years N] [--runs N] [--db PATH]

Prints the median (min–max) wall time of each step, offscreen, with events processed so that
what is timed is what the clerk waits for.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from councildesk.db.engine import open_database
from councildesk.services.container import Services
from councildesk.ui.main_window import MainWindow


def timed(app: QApplication, step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    app.processEvents()
    return time.perf_counter() - started


def report(name: str, samples: list[float]) -> None:
    ms = [s * 1000 for s in samples]
    print(f"{name:<44} median {statistics.median(ms):8.1f} ms  ({min(ms):.1f}–{max(ms):.1f}, n={len(ms)})")


def one_run(
    app: QApplication, services: Services, settings: QSettings, newest: int, results: dict[str, list[float]]
) -> None:
    def add(name: str, step: Callable[[], object]) -> None:
        results.setdefault(name, []).append(timed(app, step))

    holder: list[MainWindow] = []
    add(
        "start: build and show the main window",
        lambda: (holder.append(MainWindow(services, settings)), holder[0].show()),
    )
    window = holder[0]
    model, view = window.navigator_model, window.navigator
    body = model.index(0, 0)
    add("navigator: expand a body (30 years)", lambda: view.expand(body))
    year = model.index(model.rowCount(body) - 1, 0, body)
    add("navigator: expand a year (its meetings)", lambda: view.expand(year))
    first = model.index(0, 0, year)
    add("open a meeting (click in the navigator)", lambda: view.setCurrentIndex(first))
    add("open the newest meeting by id (find + select)", lambda: window.show_meeting(newest))
    add("navigator: filter text across 30 years", lambda: model.set_filter("budget"))
    model.set_filter("")
    window.undo_stack.clear()
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="an existing generated database (else the cached city)")
    args = parser.parse_args()
    if args.db is None:
        from tests.benchmarks.city_db import city_database

        args.db = city_database(years=args.years)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    db = open_database(args.db)
    services = Services(db)
    bodies = services.bodies.list_bodies()
    meetings = services.meetings.list_meetings(limit=1)
    newest = meetings[0].id
    total = len(services.meetings.list_meetings(limit=100000))
    print(f"{args.db}: {len(bodies)} bodies, {total} meetings")
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            settings = QSettings(str(Path(tmp) / f"s{run}.ini"), QSettings.Format.IniFormat)
            one_run(app, services, settings, newest, results)
    for name, samples in results.items():
        report(name, samples)
    db.close()


if __name__ == "__main__":
    main()
