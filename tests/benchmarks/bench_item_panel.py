"""Benchmark: how quickly the item panel responds during a live meeting.

    .venv/bin/python -m tests.benchmarks.bench_item_panel [--runs N]

Prints medians for: showing an item (the demo's resolution, and a busy item with 40 speakers and
15 motions each with a roll call), one roll-call keystroke (which recomputes the live tally), and
one undoable change with its undo (add a speaker; record a unanimous vote). The goal for
anything done per keystroke or per click is well under 100 ms on a 2-core machine.
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

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from councildesk.db.engine import open_database
from councildesk.domain.enums import AgendaItemKind, BallotOption
from councildesk.sample.demo import load_demo
from councildesk.services.container import Services
from councildesk.ui.item_panel import ItemPanel
from councildesk.ui.ui_context import UiContext

GOAL_MS = 100.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def busy_item(services: Services, meeting_id: int) -> int:
    item_id = services.agenda.add_item(meeting_id, "Budget hearing", kind=AgendaItemKind.ORDER).id
    members = [m for m in services.meetings.attendance(meeting_id) if m.voting]
    for n in range(40):
        services.speakers.add_speaker(item_id, f"Resident {n}", residence="Florence", summary="Spoke. " * 20)
    for n in range(15):
        motion = services.motions.make_motion(item_id, f"To amend line {n} of the budget.")
        options = [BallotOption.YES, BallotOption.NO, BallotOption.YES]
        services.votes.record_roll_call(
            motion.id, {m.person_id: options[i % 3] for i, m in enumerate(members)}
        )
    return item_id


def main(app: QApplication) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="councildesk-bench-") as folder:
        database = open_database(Path(folder) / "bench.db")
        services = Services(database)
        meeting_id = load_demo(services)
        seed = next(i.item.id for i in services.records.load(meeting_id).items if i.matter is not None)
        busy = busy_item(services, meeting_id)
        stack = QUndoStack()
        panel = ItemPanel(UiContext(services, stack, print))
        panel.resize(1000, 640)
        panel.show()
        app.processEvents()
        figures = {
            "show the demo resolution": median_ms(lambda: panel.set_item(seed), runs),
            "show a busy item (40 speakers, 15 roll calls)": median_ms(lambda: panel.set_item(busy), runs),
        }
        panel.set_item(seed)
        motion = services.motions.make_motion(seed, "To send a copy to the delegation.")
        panel.refresh()
        panel.motions.select_motion(motion.id)
        dialog = panel.motions.open_roll_call()
        assert dialog is not None
        table = dialog.view.table

        def keystroke() -> None:
            table.selectRow(0)
            QTest.keyClick(table, Qt.Key.Key_Y)

        figures["one roll-call keystroke (live tally)"] = median_ms(keystroke, runs)
        dialog.reject()

        def speaker_and_undo() -> None:
            panel.ops.add_speaker(seed, "Bench Speaker")
            stack.undo()

        figures["add a speaker + undo (busy-free item)"] = median_ms(speaker_and_undo, runs)

        def unanimous_and_undo() -> None:
            panel.ops.record_unanimous(services.motions.get_motion(motion.id))
            stack.undo()

        figures["unanimous vote + undo"] = median_ms(unanimous_and_undo, runs)
        stack.clear()
        database.close()
    for name, value in figures.items():
        flag = "" if value < GOAL_MS else f"  (over the {GOAL_MS:.0f} ms goal)"
        print(f"{name:<48} median {value:7.1f} ms{flag}")


if __name__ == "__main__":
    # The application object outlives everything main() creates (PySide6 can crash otherwise).
    APP = QApplication([])
    main(APP)
