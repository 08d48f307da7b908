"""A councilor's read-only window: refused changes, disabled editing, "read only" in the title,
and a second copy of a file held for writing offered read only instead of refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from tests.builders import approve_by_sql, small_council
from tests.ui.conftest import accept_message

pytestmark = [pytest.mark.gui]


def test_a_read_only_database_refuses_every_change(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    writer = open_database(path)
    c = small_council(Services(writer))
    reader = open_database(path, write=False)  # beside the writer: no lock needed to read
    try:
        with pytest.raises(UserError, match="open read only"):
            Services(reader).meetings.call_to_order(c.meeting_id)
        assert Services(reader).meetings.get_meeting(c.meeting_id).called_to_order_at is None
    finally:
        reader.close()
        writer.close()


def test_the_read_only_window_says_so_and_disables_editing(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    path = tmp_path / "c.db"
    writer = open_database(path)
    c = small_council(Services(writer))
    writer.close()
    reader = open_database(path, write=False)
    try:
        window = make_window(Services(reader))
        window.show_meeting(c.meeting_id)
        assert window.windowTitle().endswith("(read only)")
        view = window.meeting_view
        assert view.banner.isVisibleTo(window) and "read only" in view.banner.text()
        assert "approved" not in view.item_panel.lock_label.text()
        menus = window.main_actions.menus
        enabled = {
            a.text() for name in ("Meeting", "Agenda", "Edit") for a in menus[name].actions() if a.isEnabled()
        }
        reading = {"&Export PDF…", "Export as &HTML…", "&Print…", "&Verify", "&Letterhead…", ""}
        assert enabled <= reading, enabled
        qtbot.keyClick(
            window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        assert Services(reader).meetings.get_meeting(c.meeting_id).called_to_order_at is None
        window.resize(1366, 768)
        QApplication.processEvents()
        window.grab().save(str(tmp_path / "read_only.png"))
        window.close()
    finally:
        reader.close()


def test_the_minutes_tab_disables_its_editing_buttons_read_only(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    """The tab's own buttons, not only the menus: they stay off after the preview renders again."""
    from PySide6.QtWidgets import QToolButton

    from councildesk.ui.minutes_view import MinutesView

    path = tmp_path / "c.db"
    writer = open_database(path)
    services = Services(writer)
    c = small_council(services)
    draft = services.meetings.create_meeting(c.body_id, datetime(2025, 6, 1, 19))
    approve_by_sql(writer, c.meeting_id)
    writer.close()
    reader = open_database(path, write=False)
    try:
        window = make_window(Services(reader))
        view = window.findChild(MinutesView)
        window.tabs.setCurrentWidget(view)
        for meeting_id in (draft.id, c.meeting_id):
            window.show_meeting(meeting_id)
            view.refresh()
            editing = (view.approve_action, view.correct_action, view.sign_action, view.letterhead_action)
            assert not any(action.isEnabled() for action in editing)
            buttons = {b.defaultAction(): b for b in view.findChildren(QToolButton)}
            assert not any(buttons[action].isEnabled() for action in editing)
            assert "read only" in view.approve_action.toolTip()
            assert view.export_action.isEnabled() and view.print_action.isEnabled()
        window.resize(1366, 768)
        QApplication.processEvents()
        window.grab().save(str(tmp_path / "read_only_minutes.png"))
        window.close()
    finally:
        reader.close()


def test_a_second_copy_is_offered_read_only_instead_of_refused(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    """Before, a second person opening the same file was refused outright."""
    from councildesk.app import AppController

    path = tmp_path / "c.db"
    holder = open_database(path)  # the clerk's copy, writing
    small_council(Services(holder))
    controller = AppController(settings)
    try:
        seen: list[str] = []
        accept_message(qtbot, seen, QMessageBox.StandardButton.Open)
        assert controller.open(path)
        assert seen and "Open it read only?" in seen[0]
        assert controller.window is not None and controller.window.read_only
        assert controller.window.windowTitle().endswith("(read only)")
        controller.window.close()
    finally:
        controller.close()
        holder.close()
