"""Desktop polish: action states by meeting status, the window on a 1366×768 laptop, progress dialogs."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from councildesk.domain.enums import MeetingStatus
from councildesk.services.container import Services
from tests.ui.conftest import refocus

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _states(window: Any) -> tuple[bool, bool]:
    view = window.meeting_view
    assert view.call_button.isEnabled() == view.call_action.isEnabled()
    assert view.adjourn_button.isEnabled() == view.adjourn_action.isEnabled()
    return view.call_action.isEnabled(), view.adjourn_action.isEnabled()


def test_call_to_order_and_adjourn_follow_the_meeting_state(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    meeting = services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0))
    window = make_window(services)
    window.show_meeting(meeting.id)
    assert _states(window) == (True, False)  # scheduled: only Call to order

    refocus(qtbot, window.navigator)
    qtbot.keyClick(window.navigator, Qt.Key.Key_O, CTRL_SHIFT)
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.IN_PROGRESS
    assert _states(window) == (False, True)  # in progress: only Adjourn

    qtbot.keyClick(window.navigator, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.keyClick(window.meeting_view.adjourn_question, Qt.Key.Key_Return)  # Adjourn asks first
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.ADJOURNED
    assert _states(window) == (False, False)  # adjourned: neither
    qtbot.keyClick(window.navigator, Qt.Key.Key_J, CTRL_SHIFT)  # a second Adjourn does nothing
    assert window.undo_stack.count() == 2

    window.undo_stack.undo()
    assert _states(window) == (False, True)
    window.undo_stack.undo()
    assert _states(window) == (True, False)

    services.meetings.update_meeting(meeting.id, status=MeetingStatus.CANCELLED)
    window.show_meeting(meeting.id)
    assert _states(window) == (False, False)  # cancelled: neither


def test_approved_meeting_disables_every_editing_action(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    approved = services.meetings.list_meetings(newest_first=False)[0]
    assert services.meetings.get_meeting(approved.id).locked
    window = make_window(services)
    view = window.meeting_view
    delete_meeting = window.main_actions.delete_meeting_action
    editing = [*view.meeting_actions(), *view.agenda.actions_for_menu(), delete_meeting]
    window.show_meeting(seed)
    assert view.edit_header_action.isEnabled() and view.agenda.add_action.isEnabled()
    window.show_meeting(approved.id)
    enabled = [a.text() for a in editing if a.isEnabled()]
    assert enabled == []
    assert _states(window) == (False, False)
    assert not view.edit_button.isEnabled()


def _backups(services: Any) -> list[Path]:
    folder = services.backups.folder
    return sorted(folder.glob("*.db")) if folder.is_dir() else []


def test_closing_without_a_change_makes_no_backup(qtbot: Any, make_window: Any, demo: Any) -> None:
    loaded, seed = demo
    services = Services(loaded.db)  # as at the next start: the file opened with its records as they are
    window = make_window(services)
    window.show_meeting(seed)
    window.close()
    assert _backups(services) == []


def test_closing_after_a_change_makes_one_backup_then_none(qtbot: Any, make_window: Any, demo: Any) -> None:
    loaded, seed = demo
    services = Services(loaded.db)
    window = make_window(services)
    window.show_meeting(seed)
    services.meetings.update_meeting(seed, location="City Hall, Room 18")  # a change
    window.close()
    made = _backups(services)
    assert len(made) == 1 and "on-close" in made[0].name
    copy = sqlite3.connect(made[0])
    try:
        place = copy.execute("SELECT location FROM meeting WHERE id = ?", (seed,)).fetchone()[0]
    finally:
        copy.close()
    assert place == "City Hall, Room 18"  # the copy holds the change
    assert services.backups.backup_on_close() is None  # nothing new since that backup
    assert _backups(services) == made


def test_the_window_fits_a_1366_by_768_laptop(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    item = next(i for i in services.agenda.list_items(seed) if i.matter_id is not None)
    window.meeting_view.agenda.select_item(item.id)
    for tab in range(window.meeting_view.item_panel.tabs.count()):  # every item tab, widest included
        window.meeting_view.item_panel.show_tab(tab)
        for workspace in range(window.tabs.count()):
            window.tabs.setCurrentIndex(workspace)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 720, (tab, workspace, hint)
    window.tabs.setCurrentIndex(0)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    panel = window.meeting_view.item_panel
    panel.show_tab(4)  # Motions & votes, the widest
    assert window.meeting_view.attendance.isVisible() and panel.motions.unanimous_button.isVisible()
    # Nothing essential is cut off: the vote buttons lie inside the item panel, fully shown.
    for button in (panel.motions.unanimous_button, panel.motions.delete_motion_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner)
