"""The one way a database becomes services and a window: used by app.py and by the offscreen screenshot."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.db.engine import Database, open_database
from councildesk.services.container import Services

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from councildesk.ui.main_window import MainWindow


def open_services(target: str | Path, *, read_only: bool = False, defer_check: bool = False) -> Services:
    """Open (and migrate) the database at `target` and build every service over it.

    Read only, no lock is taken and nothing is migrated: another copy may be writing the file.
    With `defer_check` the file's integrity check, when due, is left to `services.db.run_due_check()`.
    """
    db: Database = open_database(target, write=not read_only, defer_check=defer_check)
    return Services(db)


def main_window(services: Services, settings: QSettings) -> MainWindow:
    """The main window over `services`, remembering layout and recent files in `settings`."""
    from councildesk.ui.main_window import MainWindow

    return MainWindow(services, settings)


def close_services(services: Services) -> None:
    services.db.close()
