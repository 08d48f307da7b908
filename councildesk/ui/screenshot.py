"""`councildesk screenshot OUT.png`: render the main window offscreen to a PNG and exit."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from councildesk.domain.errors import UserError


def save_screenshot(db_target: str | Path, out_path: Path, meeting_id: int | None = None) -> Path:
    """Open the database read-only-safe, show the window offscreen (a meeting selected) and save it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from councildesk.db.engine import open_database
    from councildesk.services.container import Services
    from councildesk.ui.main_window import MainWindow

    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(f"The folder {out_path.parent} does not exist.")
    app = QApplication.instance() or QApplication([])
    db = open_database(db_target)
    try:
        services = Services(db)
        with tempfile.TemporaryDirectory() as tmp:
            # Never touch the user's own window layout or recent files.
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(services, settings)
            if meeting_id is None:
                latest = services.meetings.list_meetings(limit=1)
                meeting_id = latest[0].id if latest else None
            window.resize(1440, 860)
            window.show()
            window.show_meeting(meeting_id)
            app.processEvents()
            if not window.grab().save(str(out_path), "PNG"):
                raise UserError(f"Could not write the screenshot {out_path}.")
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        db.close()
    return out_path
