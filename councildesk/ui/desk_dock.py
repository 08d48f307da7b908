"""A side panel docked in the main window that follows the desk: its meeting, its item and its records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDockWidget

from councildesk.ui.ui_context import RecordChange

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow


class FollowsDesk(Protocol):
    """What a docked panel offers so that the desk can keep it current."""

    def show_meeting(self, meeting_id: int | None) -> None: ...
    def show_item(self, item_id: int | None) -> None: ...
    def records_changed(self, change: RecordChange) -> None: ...
    def refresh(self) -> None: ...


def follow_desk(window: MainWindow, panel: FollowsDesk, dock: QDockWidget) -> None:
    """Keep `panel` on the window's meeting and item; a hidden panel is brought up to date when shown."""
    window.meetingChanged.connect(lambda mid: panel.show_meeting(mid or None))
    window.meeting_view.agenda.currentItemChanged.connect(panel.show_item)
    window.context.records.changed.connect(panel.records_changed)
    dock.visibilityChanged.connect(lambda visible: panel.refresh() if visible else None)
    panel.show_meeting(window.current_meeting_id())
