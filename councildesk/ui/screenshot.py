"""`councildesk screenshot OUT.png`: render the main window offscreen to a PNG and exit."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from councildesk.domain.errors import UserError
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

WORKSPACE_TABS = ("meeting", "minutes", "records")
TAB_TITLES = {
    "meeting": ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Meeting")),
    "minutes": ("minutes_view", QT_TRANSLATE_NOOP("minutes_view", "Minutes")),
    "records": ("records_view", QT_TRANSLATE_NOOP("records_view", "Records")),
}
ITEM_TABS = ("details", "sponsors", "exhibits", "speakers", "motions")


def first_substantive_item(services: Any, meeting_id: int) -> int | None:
    """The first agenda item with a matter or a motion (a section shows little), else the first one."""
    record = services.records.load(meeting_id)
    for entry in record.items:
        if entry.matter is not None or entry.motions:
            return int(entry.item.id)
    return int(record.items[0].item.id) if record.items else None


def save_screenshot(
    db_target: str | Path,
    out_path: Path,
    meeting_id: int | None = None,
    *,
    tab: str = "meeting",
    item_tab: str = "details",
    size: tuple[int, int] = (1366, 768),
    language: str | None = None,
) -> Path:
    """Show the window offscreen (a meeting and its first real item selected) and save it as a PNG."""
    if tab not in WORKSPACE_TABS:
        raise UserError(
            fmt(
                translate("screenshot", "--tab must be one of {join}, not {tab}."),
                join=", ".join(WORKSPACE_TABS),
                tab=repr(tab),
            )
        )
    if item_tab not in ITEM_TABS:
        raise UserError(
            fmt(
                translate("screenshot", "The item tab must be one of {join}, not {item_tab}."),
                join=", ".join(ITEM_TABS),
                item_tab=repr(item_tab),
            )
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from councildesk import wiring

    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(
            fmt(translate("screenshot", "The folder {parent} does not exist."), parent=out_path.parent)
        )
    app = QApplication.instance() or QApplication([])
    if language is not None:  # the window in Spanish or French (catalogues as the app installs them)
        from councildesk.ui import i18n

        i18n.install(language)
    services = wiring.open_services(db_target)  # the same wiring as the desktop app
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # Never touch the user's own window layout or recent files.
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            window = wiring.main_window(services, settings)
            if meeting_id is None:
                latest = services.meetings.list_meetings(limit=1)
                meeting_id = latest[0].id if latest else None
            window.resize(*size)  # the common clerk's laptop unless asked otherwise
            # The offscreen screen is small, so the navigator was laid out narrow: widen it as on a laptop.
            window.resizeDocks([window.navigator_dock], [240], Qt.Orientation.Horizontal)
            window.show()
            window.show_meeting(meeting_id)
            if meeting_id is not None:
                item_id = first_substantive_item(services, meeting_id)
                if item_id is not None:
                    window.meeting_view.agenda.select_item(item_id)
                    window.meeting_view.item_panel.show_tab(ITEM_TABS.index(item_tab))
            # The tabs are found by their title in the language on show (as the views name them).
            context, english = TAB_TITLES[tab]
            titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
            if translate(context, english) not in titles:
                raise UserError(
                    fmt(translate("screenshot", "This window has no {tab} tab."), tab=tab.title())
                )
            window.tabs.setCurrentIndex(titles.index(translate(context, english)))
            app.processEvents()
            if tab == "minutes":  # the PDF view renders its pages in the background
                settle = QEventLoop()
                QTimer.singleShot(500, settle.quit)
                settle.exec()
            if not window.grab().save(str(out_path), "PNG"):
                raise UserError(
                    fmt(
                        translate("screenshot", "Could not write the screenshot {out_path}."),
                        out_path=out_path,
                    )
                )
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        wiring.close_services(services)
    return out_path
