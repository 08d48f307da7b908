"""An item another clerk renamed meanwhile: the window refuses to overwrite it, then reloads or re-applies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from councildesk.db.file_lock import os_user
from councildesk.services.container import Services
from tests.ui.conftest import when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def meeting(demo: tuple[Services, int]) -> tuple[Services, int, int]:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    meeting_id = services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0)).id
    return services, meeting_id, services.agenda.add_item(meeting_id, "Public coment").id


def rename_in_window(qtbot: Any, window: Any, title: str, answer: str, seen: list[str]) -> None:
    """Rename the first item inline (F2) and answer the offer that follows with `answer`."""

    def choose(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = box.findChild(QPushButton, answer)
        assert button is not None
        button.click()

    tree = window.meeting_view.agenda.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.focusWidget()
    assert editor is not tree
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, title)
    when_modal(choose)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))


def shown_title(window: Any, item_id: int) -> str:
    return str(window.meeting_view.agenda.model.item_by_id(item_id).title)


def test_reload_shows_the_other_clerks_title_and_keeps_it(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int, int]
) -> None:
    services, meeting_id, item_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    assert shown_title(window, item_id) == "Public coment"
    # Another clerk, in a session of their own on the same file, fixes the title first.
    changed_at = datetime.now()
    services.agenda.update_item(item_id, title="Public comment period")
    seen: list[str] = []
    rename_in_window(qtbot, window, "Public comment", "reload", seen)
    minutes = {f"{t:%H:%M}" for t in (changed_at, datetime.now())}  # the minute may turn meanwhile
    assert seen in [
        [f"{os_user()} changed this agenda item's title at {m}; your change was not saved."] for m in minutes
    ]
    qtbot.waitUntil(lambda: shown_title(window, item_id) == "Public comment period")
    assert services.agenda.get_item(item_id).title == "Public comment period"
    assert not window.undo_stack.canUndo()  # nothing of the refused change stays behind


def test_reapply_saves_my_title_over_theirs_as_one_undoable_step(
    qtbot: Any, make_window: Any, meeting: tuple[Services, int, int]
) -> None:
    services, meeting_id, item_id = meeting
    window = make_window(services)
    window.show_meeting(meeting_id)
    services.agenda.update_item(item_id, title="Public comment period")
    seen: list[str] = []
    rename_in_window(qtbot, window, "Public comment", "reapply", seen)
    assert "your change was not saved" in seen[0]
    qtbot.waitUntil(lambda: services.agenda.get_item(item_id).title == "Public comment")
    qtbot.waitUntil(lambda: shown_title(window, item_id) == "Public comment")
    # The re-applied change is one undoable step like any other.
    assert window.undo_stack.count() == 1
