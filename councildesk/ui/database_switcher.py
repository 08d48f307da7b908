"""Choosing another database file (File ▸ New, Open, Open recent) and backing up the open one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu

from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from councildesk.ui.app_settings import RECENT_FILES
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow

MAX_RECENT = 8
DATABASE_FILTER = QT_TRANSLATE_NOOP("database_switcher", "CouncilDesk databases (*.db);;All files (*)")


class DatabaseSwitcher:
    """Asks for a file and hands it to `window.databaseRequested`; the app opens it in a fresh window.

    The window never swaps its own database: one window lives and dies with one `Services`.
    """

    def __init__(self, window: MainWindow, services: Services, settings: QSettings) -> None:
        self.window = window
        self.services = services
        self.settings = settings
        self.recent_menu = QMenu(translate("DatabaseSwitcher", "Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def database_name(self) -> str:
        return self.services.database.name

    def _start_folder(self) -> str:
        path = self.services.database.path
        return str(path.parent) if path else str(Path.home())

    # -- recent files -------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return list(RECENT_FILES.read(self.settings))

    def remember_recent(self, path: str) -> None:
        files = (path, *[f for f in self.recent_files() if f != path])[:MAX_RECENT]
        RECENT_FILES.write(self.settings, files)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.services.database.path or "")
        for path in self.recent_files():
            action = self.recent_menu.addAction(path)
            action.setEnabled(path != current and Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.window.databaseRequested.emit(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("DatabaseSwitcher", "No recent databases")).setEnabled(False)

    # -- new, open, backup --------------------------------------------------------------
    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("DatabaseSwitcher", "New database"),
            str(Path(self._start_folder()) / "council.db"),
            translate("database_switcher", DATABASE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if Path(path).exists():
            self.window.report_error(
                fmt(
                    translate(
                        "DatabaseSwitcher", "{path} already exists; open it with File ▸ Open… instead."
                    ),
                    path=path,
                )
            )
            return
        self.window.databaseRequested.emit(path)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("DatabaseSwitcher", "Open database"),
            self._start_folder(),
            translate("database_switcher", DATABASE_FILTER),
        )
        if path:
            self.window.databaseRequested.emit(path)

    def open_read_only(self) -> None:
        """File ▸ Open read only…: any file, this one too, for reading and printing only."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("DatabaseSwitcher", "Open a CouncilDesk database read only"),
            self._start_folder(),
            translate("database_switcher", DATABASE_FILTER),
        )
        if path:
            self.window.readOnlyRequested.emit(path)

    def backup(self) -> None:
        from councildesk.ui.progress_task import run_with_progress

        source = self.services.exchange.database_path
        # A server's database is dumped with pg_dump (custom format) into a file on this computer.
        folder = source.parent if source is not None else Path.home()
        kinds = (
            translate("DatabaseSwitcher", "CouncilDesk databases (*.db)")
            if source is not None
            else translate("DatabaseSwitcher", "PostgreSQL backups (*.dump)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("DatabaseSwitcher", "Back up the database"),
            str(folder / self.services.backups.copy_name()),
            kinds,
        )
        if not path:
            return
        try:
            run_with_progress(
                self.window,
                translate("DatabaseSwitcher", "Backup"),
                fmt(translate("DatabaseSwitcher", "Backing up to {path}…"), path=path),
                lambda: self.services.backups.copy_to(Path(path)),
            )
        except UserError as error:
            self.window.report_error(error.message)
            return
        self.window.statusBar().showMessage(
            fmt(
                translate("DatabaseSwitcher", "Backed up to {path} at {now}."),
                path=path,
                now=format(datetime.now(), "%H:%M"),
            ),
            10000,
        )
