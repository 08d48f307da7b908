"""Benchmark: the agreement heat map's paint at 200 members, from a synthetic matrix (no database).

    .venv/bin/python -m tests.benchmarks.bench_heatmap [--members 200] [--runs 7]

The map sits in a scroll area the size of a 1366x768 window, as in the Records view; a paint is
the visible part after a scroll, and the two cells an arrow key changes. Goal: < 16 ms a paint.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from councildesk.services.voting_record_dto import AgreementMatrix


def synthetic_matrix(members: int, seed: int = 1) -> AgreementMatrix:
    """A symmetric matrix of `members` people, some pairs never together (grey cells)."""
    rng = random.Random(seed)
    agree = [[0] * members for _ in range(members)]
    together = [[0] * members for _ in range(members)]
    for i in range(members):
        for j in range(i + 1, members):
            n = 0 if rng.random() < 0.2 else rng.randint(1, 400)
            a = rng.randint(0, n)
            together[i][j] = together[j][i] = n
            agree[i][j] = agree[j][i] = a
    names = tuple(f"Member {k:03d} of the council" for k in range(members))
    return AgreementMatrix(
        person_ids=tuple(range(1, members + 1)),
        names=names,
        agree=tuple(map(tuple, agree)),
        together=tuple(map(tuple, together)),
        split_votes=400,
    )


def paint_times(members: int, runs: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """(scroll paint ms, its CPU ms, arrow-key paint ms, its CPU ms), one per run.

    The clock runs inside paintEvent, so the figure is the paint itself, whenever Qt delivers it.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea

    from councildesk.ui.agreement_heatmap import AgreementHeatmap

    spent: list[tuple[float, float]] = []

    class Timed(AgreementHeatmap):
        def paintEvent(self, event: QPaintEvent) -> None:
            started, cpu = time.perf_counter(), time.process_time()
            super().paintEvent(event)
            spent.append(((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000))

    def settle() -> tuple[float, float]:
        spent.clear()
        QTest.qWait(30)  # Qt delivers the paint on its next frame
        return sum(w for w, _ in spent), sum(c for _, c in spent)

    app = QApplication.instance() or QApplication([])
    heatmap = Timed()
    heatmap.set_matrix(synthetic_matrix(members))
    scroll = QScrollArea()
    scroll.setWidget(heatmap)
    scroll.resize(1366, 768)
    scroll.show()
    heatmap.setFocus()
    settle()
    bar = scroll.verticalScrollBar()
    walls, cpus, key_walls, key_cpus = [], [], [], []
    for run in range(runs + 1):
        bar.setValue((run * 997) % max(1, bar.maximum()))  # a different part of the map each run
        heatmap.update()
        wall_ms, cpu_ms = settle()
        QTest.keyClick(heatmap, Qt.Key.Key_Down)
        key_wall, key_cpu = settle()
        if run:  # the first paint builds Qt's glyph caches
            walls.append(wall_ms)
            cpus.append(cpu_ms)
            key_walls.append(key_wall)
            key_cpus.append(key_cpu)
    scroll.close()
    app.processEvents()
    return walls, cpus, key_walls, key_cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    walls, cpus, key_walls, key_cpus = paint_times(args.members, args.runs)
    print(
        f"heat map, {args.members} members: scroll paint {statistics.median(walls):.1f} ms "
        f"(CPU {statistics.median(cpus):.1f} ms), arrow key {statistics.median(key_walls):.2f} ms "
        f"(CPU {statistics.median(key_cpus):.2f} ms); goal < 16 ms"
    )


if __name__ == "__main__":
    main()
