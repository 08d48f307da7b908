"""A councilor's read-only window: refused changes, disabled editing, "read only" in the title,
and a second copy of a file held for writing offered read only instead of refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from councildesk.db.engine import open_database
from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from tests.builders import small_council
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
