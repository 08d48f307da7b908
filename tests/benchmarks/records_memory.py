"""Child process for the memory figure: open a database in the desk, show the Records view, print the peak.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/records_memory.py DB

Wired like `councildesk.app.run_app` (AppController, the real MainWindow), then the Records tab is
shown with the record of the member who cast the most ballots, a search and the agreement page.
Prints "peak_kb <VmHWM>" (the resident-set high-water mark from /proc) and exits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def peak_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return -1


def main(db_path: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from councildesk.app import AppController
    from councildesk.db.models import Ballot
    from councildesk.ui.records_view import RecordsView

    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(db_path).with_suffix(".ini")), QSettings.Format.IniFormat)
    controller = AppController(settings)
    if not controller.open(db_path):
        return 1
    window = controller.window
    view = window.findChild(RecordsView)
    window.tabs.setCurrentWidget(view)
    app.processEvents()
    with controller.db.reading() as s:
        busiest = s.scalar(
            select(Ballot.person_id).group_by(Ballot.person_id).order_by(func.count().desc()).limit(1)
        )
    view.show_member(int(busiest))
    view.search_edit.setText("budget")
    view.run_search()
    view.pages.setCurrentIndex(view.pages.count() - 1)  # the agreement page computes on show
    for _ in range(5):
        app.processEvents()
    window.grab()  # paint everything once, as a screen would
    print(f"peak_kb {peak_kb()}", flush=True)
    controller.close()
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1])
    # Skip interpreter teardown: PySide6 can abort while collecting widgets at exit, which would
    # turn a finished measurement into a failed child process.
    sys.stdout.flush()
    os._exit(status)
