"""A record another clerk changed meanwhile (an item's title, a motion's disposition): the window
refuses to overwrite it, then reloads or re-applies, and undo puts back the other clerk's value."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from councildesk.db.file_lock import os_user
from councildesk.domain.enums import MotionDisposition
from councildesk.services.container import Services
from tests.ui.conftest import when_modal
from tests.ui.item_panel_support import make_panel, new_item, voting_members

pytestmark = pytest.mark.gui


@pytest.fixture
def meeting(demo: tuple[Services, int]) -> tuple[Services, int, int]:
    services, seed = demo
    council = services.meetings.get_meeting(seed).body_id
    meeting_id = services.meetings.create_meeting(council, datetime(2011, 9, 15, 19, 0)).id
    return services, meeting_id, services.agenda.add_item(meeting_id, "Public coment").id


def rename_in_window(qtbot: Any, window: Any, title: str, answer: str, seen: list[str]) -> None:
    """Rename the first item inline (F2) and answer the offer that follows with `answer`."""
    tree = window.meeting_view.agenda.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.focusWidget()
    assert editor is not tree
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, title)
    answer_offer(answer, seen)
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
    # The re-applied change is one undoable step like any other, and its undo puts back the
    # title the other clerk saved (what was there just before it), not the one first shown.
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert services.agenda.get_item(item_id).title == "Public comment period"


def answer_offer(answer: str, seen: list[str]) -> None:
    def choose(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = box.findChild(QPushButton, answer)
        assert button is not None
        button.click()

    when_modal(choose)


@pytest.mark.parametrize("answer", ["reload", "reapply"])
def test_a_motion_disposition_changed_at_another_desk_is_offered(
    qtbot: Any, demo: tuple[Services, int], answer: str
) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    mover, seconder = (m.person_id for m in voting_members(services, meeting_id)[2:4])
    motion = services.motions.make_motion(
        item_id, "To refer to committee.", mover_id=mover, seconder_id=seconder
    )
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    view = rig.panel.motions
    view.select_motion(motion.id)
    # Another clerk, in a session of their own, records the motion withdrawn first.
    services.motions.set_disposition(motion.id, MotionDisposition.WITHDRAWN)
    seen: list[str] = []
    answer_offer(answer, seen)
    tabled = view.disposition_combo.findData(MotionDisposition.TABLED)
    view.disposition_combo.setCurrentIndex(tabled)
    view.disposition_combo.activated.emit(tabled)
    qtbot.waitUntil(lambda: bool(seen))
    sentence = (
        rf"{re.escape(os_user())} changed this motion's disposition at \d\d:\d\d; your change was not saved\."
    )
    assert len(seen) == 1 and re.fullmatch(sentence, seen[0])
    assert rig.errors == []
    shown = services.motions.get_motion(motion.id).disposition
    if answer == "reload":
        assert shown is MotionDisposition.WITHDRAWN and rig.stack.count() == 0
        qtbot.waitUntil(lambda: view.disposition_combo.currentData() == MotionDisposition.WITHDRAWN)
        return
    assert shown is MotionDisposition.TABLED and rig.stack.count() == 1
    rig.stack.undo()
    assert services.motions.get_motion(motion.id).disposition is MotionDisposition.WITHDRAWN
