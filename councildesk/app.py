"""The desktop application's wiring: paths → logging → settings → database → services → Qt → main window.

This is the only module that puts the pieces together; everything else receives what it needs.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from councildesk.domain.errors import UserError

log = logging.getLogger("councildesk.app")

ORGANISATION = "CouncilDesk"
APPLICATION = "CouncilDesk"
# Hidden, for benchmarks (tests/benchmarks/run.py): quit right after the main window's first paint
# and print "painted <seconds since the process started> cpu <CPU seconds used>" on stdout.
EXIT_AFTER_PAINT = "COUNCILDESK_EXIT_AFTER_PAINT"


def setup_logging() -> Path | None:
    """Log to a rotating file in the user's data folder (the console keeps warnings)."""
    from councildesk.paths import user_data_dir

    try:
        folder = user_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    path = folder / "councildesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("councildesk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class AppController:
    """Owns the open database and its window; File ▸ New/Open swaps both at once."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self.window: Any = None
        self.db: Any = None

    def open(self, target: str | Path, *, demo_if_new: bool = False) -> bool:
        """Open `target` in a new window (closing the old one); on a UserError show it and keep the old."""
        from PySide6.QtWidgets import QMessageBox

        from councildesk.db.engine import open_database
        from councildesk.services.container import Services
        from councildesk.ui.main_window import MainWindow

        is_new = "://" not in str(target) and not Path(target).expanduser().exists()
        try:
            db = open_database(target)
        except UserError as error:
            log.warning("could not open %s: %s", target, error)
            QMessageBox.critical(self.window, "CouncilDesk", error.message)
            return False
        services = Services(db)
        if is_new and demo_if_new:
            from councildesk.sample.demo import load_demo

            try:
                load_demo(services)  # a new user sees a working council at once
            except UserError as error:
                log.warning("demo not loaded: %s", error)
        window = MainWindow(services, self.settings)
        window.databaseRequested.connect(self.switch)
        old_window, old_db = self.window, self.db
        self.window, self.db = window, db
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            old_db.close()
        window.show()
        remembered = window.remembered_meeting()
        if remembered is None:
            latest = services.meetings.list_meetings(limit=1)
            remembered = latest[0].id if latest else None
        if remembered is not None:
            window.show_meeting(remembered)
        log.info("opened %s", db.url)
        return True

    def switch(self, target: str) -> None:
        if self.db is not None and self.db.path is not None and Path(target).resolve() == self.db.path:
            return
        self.open(target)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def install_crash_handler() -> None:
    """Unexpected errors are bugs: log them with the traceback and tell the user plainly."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if isinstance(value, UserError):
            message = value.message
        else:
            message = (
                f"CouncilDesk hit an unexpected problem ({kind.__name__}: {value}). "
                "Everything saved before it is safe in the database. Details are in the log file."
            )
        if QApplication.instance() is not None:
            QMessageBox.critical(None, "CouncilDesk", message)

    sys.excepthook = hook


def run_app(db_target: str | Path) -> int:
    """Start the desktop application on `db_target`; returns the exit status."""
    from councildesk.supported_runtime import refuse_known_bad_pair

    refuse_known_bad_pair()  # before any window: a bad pair would crash mid-meeting
    from councildesk.db.file_check import start_quick_check

    start_quick_check(db_target)  # runs while Qt and SQLAlchemy load (see db/file_check.py)
    setup_logging()
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    settings = QSettings(ORGANISATION, APPLICATION)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APPLICATION)
    install_crash_handler()
    first_launch = not bool(settings.value("app/launched", False, type=bool))
    controller = AppController(settings)
    if not controller.open(db_target, demo_if_new=first_launch):
        return 1
    settings.setValue("app/launched", True)
    if os.environ.get(EXIT_AFTER_PAINT) == "1":
        _quit_after_first_paint(app, controller.window)
    try:
        return int(app.exec())
    finally:
        controller.close()


def seconds_since_process_start() -> float | None:
    """Wall time since the kernel created this process (Linux /proc; None elsewhere), 10 ms resolution."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        started = int(fields[19]) / ticks  # field 22 (starttime) counted from after the command name
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _quit_after_first_paint(app: Any, window: Any) -> None:
    """Quit once `window` has painted for the first time (the whole window paints in one pass)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                QTimer.singleShot(0, report)  # after the children of this paint pass
            return False

    def report() -> None:
        elapsed = seconds_since_process_start()
        since = f" {elapsed:.3f}" if elapsed is not None else ""
        print(f"painted{since} cpu {time.process_time():.3f}", flush=True)
        app.quit()

    window._first_paint_filter = FirstPaint(window)  # kept alive as long as the window
    window.installEventFilter(window._first_paint_filter)
