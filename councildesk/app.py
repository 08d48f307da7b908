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
from typing import TYPE_CHECKING, Any

from councildesk import crash_log
from councildesk.crash_log import PreviousCrash
from councildesk.domain.errors import DatabaseInUseError, UserError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from councildesk.db.engine import Database
    from councildesk.ui.main_window import MainWindow

log = logging.getLogger("councildesk.app")

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

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.db: Database | None = None

    def open(self, target: str | Path, *, demo_if_new: bool = False, read_only: bool = False) -> bool:
        """Open `target` in a new window (closing the old one); on a UserError show it and keep the old.

        A file another copy holds for writing is offered read only instead of refused.
        """
        from PySide6.QtWidgets import QMessageBox

        from councildesk import wiring

        is_new = "://" not in str(target) and not Path(target).expanduser().exists()
        try:
            services = wiring.open_services(target, read_only=read_only, defer_check=True)
        except DatabaseInUseError as error:
            log.warning("%s is in use: %s", target, error)
            answer = QMessageBox.question(
                self.window,
                "CouncilDesk",
                f"{error.message}\n\nOpen it read only? You can read and print everything; "
                "nothing can be changed.",
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Open,
            )
            if answer != QMessageBox.StandardButton.Open:
                return False
            return self.open(target, read_only=True)
        except UserError as error:
            log.warning("could not open %s: %s", target, error)
            QMessageBox.critical(self.window, "CouncilDesk", error.message)
            return False
        db = services.db
        if is_new and demo_if_new:
            from councildesk.sample.demo import load_demo

            try:
                load_demo(services)  # a new user sees a working council at once
            except UserError as error:
                log.warning("demo not loaded: %s", error)
        window = wiring.main_window(services, self.settings)
        window.databaseRequested.connect(self.switch)
        window.readOnlyRequested.connect(self.switch_read_only)
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
        if db.check_due is not None:
            _after_first_paint(window, lambda: self._check_in_background(db))
        return True

    def _check_in_background(self, db: Database) -> None:
        """The file's integrity check, in a thread once the window shows (SQLite runs without the GIL).

        A damaged file is named in one sentence and the application ends, as it would have refused
        the file before the window; a clean result lets the file be marked closed cleanly on close.
        """
        import threading

        from PySide6.QtCore import QObject, Signal

        class Outcome(QObject):
            damaged = Signal(str)

        outcome = Outcome(self.window)  # lives in the main thread: the signal is queued to it
        outcome.damaged.connect(self._damaged)

        def run() -> None:
            try:
                db.run_due_check()
            except UserError as error:
                outcome.damaged.emit(error.message)

        threading.Thread(target=run, name="integrity_check", daemon=True).start()

    def _damaged(self, message: str) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        log.error("integrity check failed: %s", message)
        QMessageBox.critical(self.window, "CouncilDesk", message)
        QApplication.exit(1)

    def switch(self, target: str) -> None:
        if self.db is not None and self.db.path is not None and Path(target).resolve() == self.db.path:
            return
        self.open(target)

    def switch_read_only(self, target: str) -> None:
        """File ▸ Open read only…: the same file too (a clerk handing the laptop to a councilor)."""
        self.open(target, read_only=True)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def install_crash_handler() -> None:
    """Unexpected errors are bugs: log them with the traceback and show it in a box the clerk can copy."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            return
        if isinstance(value, UserError):
            QMessageBox.critical(None, "CouncilDesk", value.message)
            return
        from councildesk.ui.crash_dialog import CrashDialog, after_error

        CrashDialog(after_error(), details, QApplication.activeWindow()).exec()

    sys.excepthook = hook


def offer_previous_crash(crash: PreviousCrash, parent: QWidget | None) -> None:
    """The report of the last run's hard crash, open over the window (which owns it) without blocking."""
    from councildesk.ui.crash_dialog import CrashDialog, after_crash

    log.warning("the previous run crashed; its report is %s", crash.saved_as)
    CrashDialog(after_crash(crash.saved_as), crash.text, parent).open()


def run_app(db_target: str | Path, *, read_only: bool = False) -> int:
    """Start the desktop application on `db_target`; returns the exit status."""
    from councildesk.supported_runtime import refuse_known_bad_pair

    refuse_known_bad_pair()  # before any window: a bad pair would crash mid-meeting
    setup_logging()
    from councildesk import __version__

    kind = "bundle" if getattr(sys, "frozen", False) else "Python install"
    log.info("CouncilDesk %s starting (%s, Python %s)", __version__, kind, sys.version.split()[0])
    from councildesk.platform_check import platform_problem

    problem = platform_problem()  # Qt would abort with a message naming the plugin, not the library
    if problem is not None:
        log.info(problem)  # stderr gets it once, below; the log file keeps it too
        print(problem, file=sys.stderr)
        return 1
    # Before Qt: PySide6's import hook runs on every import after it (SQLAlchemy and the models are
    # some 400 modules; importing them first measured 5 % less CPU for them); they need no Qt.
    from councildesk import wiring  # noqa: F401

    previous_crash = _start_crash_log()
    from PySide6.QtWidgets import QApplication

    from councildesk.ui import app_settings

    settings = open_settings()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName(app_settings.APPLICATION)
    from councildesk.ui import i18n

    language = i18n.install(app_settings.INTERFACE_LANGUAGE.read(settings))  # before any window is built
    log.info("interface language %s", language)
    install_crash_handler()
    first_launch = not app_settings.LAUNCHED.read(settings)
    controller = AppController(settings)
    if not controller.open(db_target, demo_if_new=first_launch and not read_only, read_only=read_only):
        return 1
    app_settings.LAUNCHED.write(settings, True)
    if previous_crash is not None:
        offer_previous_crash(previous_crash, controller.window)
    if os.environ.get(EXIT_AFTER_PAINT) == "1":
        _quit_after_first_paint(app, controller.window)
    try:
        return int(app.exec())
    finally:
        controller.close()


def open_settings() -> QSettings:
    """Name the application once (every QSettings() then opens the same file) and upgrade old keys."""
    from PySide6.QtCore import QCoreApplication

    from councildesk.ui import app_settings

    QCoreApplication.setOrganizationName(app_settings.ORGANISATION)
    QCoreApplication.setApplicationName(app_settings.APPLICATION)
    store = app_settings.open_store()
    applied = app_settings.upgrade(store)
    if applied:
        log.info("settings upgraded: %s", ", ".join(map(str, applied)))
    return store


def _start_crash_log() -> PreviousCrash | None:
    """Set aside what the last run's crash left (returned, to be offered) and watch this run."""
    try:
        folder = crash_log.logs_folder()
    except OSError:
        return None
    previous = crash_log.take_previous_crash(folder)
    crash_log.enable(folder)
    return previous


def seconds_since_process_start() -> float | None:
    """Wall time since the kernel created this process (Linux /proc; None elsewhere), 10 ms resolution."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        started = int(fields[19]) / ticks  # field 22 (starttime) counted from after the command name
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _after_first_paint(window: Any, then: Any) -> None:
    """Call `then()` once `window` has painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    window._check_after_paint = FirstPaint(window)  # kept alive as long as the window
    window.installEventFilter(window._check_after_paint)


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
