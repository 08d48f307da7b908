"""A bare PySide6 window, painted once: the floor for CouncilDesk's cold start.

    .venv/bin/python tests/benchmarks/bare_window.py

A QMainWindow with a menu bar, a tool bar and a table, the size of CouncilDesk's window; prints
"painted cpu SECONDS" after its first paint, as the app does under COUNCILDESK_EXIT_AFTER_PAINT.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.menuBar().addMenu("&File").addAction("&Quit", app.quit)
    window.addToolBar("Main").addAction("New")
    window.setCentralWidget(QTableWidget(20, 5))
    window.resize(1366, 768)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        print(f"painted cpu {time.process_time():.3f}", flush=True)
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
