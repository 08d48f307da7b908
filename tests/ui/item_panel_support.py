"""Helpers for the item panel's GUI tests: a panel over real services, record dumps, key counting."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.container import Services
from councildesk.ui.item_panel import ItemPanel
from councildesk.ui.ui_context import UiContext
from tests.helpers import CHANGE_LOG_TABLES, table_dump


@dataclass
class PanelRig:
    services: Services
    panel: ItemPanel
    stack: QUndoStack
    errors: list[str] = field(default_factory=list)
    keystrokes: int = 0

    def key(
        self, qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """Press one key (with its modifiers) and count it as one keystroke."""
        qtbot.keyClick(widget, key, modifier)
        self.keystrokes += 1


def make_panel(qtbot: QtBot, services: Services, item_id: int | None = None) -> PanelRig:
    stack = QUndoStack()
    errors: list[str] = []
    panel = ItemPanel(UiContext(services, stack, errors.append))
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.set_item(item_id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(panel.isActiveWindow)
    return PanelRig(services, panel, stack, errors)


def records(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every record table, less the change log (undo is logged) and full-text index pages."""
    dump = table_dump(services.db, frozenset({"row_version"}))  # an undo is a new version of a row
    return {k: v for k, v in dump.items() if k not in CHANGE_LOG_TABLES and "_fts" not in k}


def seed_item(services: Services, meeting_id: int) -> int:
    """The Secure Communities resolution of the demo's seed meeting."""
    return next(i.item.id for i in services.records.load(meeting_id).items if i.matter is not None)


def new_item(
    services: Services, meeting_id: int, title: str = "Order to repair the Main Street bridge"
) -> int:
    return services.agenda.add_item(meeting_id, title, kind=AgendaItemKind.ORDER).id


def lock_meeting(services: Services, meeting_id: int) -> None:
    """Approve the minutes behind the panel's back, with plain SQL."""
    with services.db.transaction() as s:
        s.execute(text("UPDATE meeting SET minutes_status = 'approved' WHERE id = :id"), {"id": meeting_id})


def voting_members(services: Services, meeting_id: int) -> list[Any]:
    return [m for m in services.meetings.attendance(meeting_id) if m.voting]
