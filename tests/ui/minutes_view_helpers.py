"""A Minutes tab shown at 1366x768 over the given services, its reported errors collected in a list."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from councildesk.services.container import Services
from councildesk.ui.minutes_view import MinutesView
from councildesk.ui.ui_context import UiContext


def shown_minutes_view(qtbot: QtBot, services: Services, errors: list[str]) -> MinutesView:
    widget = MinutesView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_meeting(qtbot: QtBot, widget: MinutesView, meeting_id: int) -> None:
    """Choose the meeting and wait until its preview is loaded."""
    widget.set_meeting(meeting_id)
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
