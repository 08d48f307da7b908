"""The window with a meeting typed in afterwards: stamps from its scheduled start, the Times dialog,
time warnings, the History panel, consent pulls and the roll call a remote member forces."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from councildesk.domain.enums import AgendaItemKind, AttendanceStatus
from councildesk.services.container import Services
from tests.builders import DAY, small_council
from tests.ui.conftest import accept_message, refocus

pytestmark = [pytest.mark.gui]
K = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def shot(window: Any, folder: Path, name: str) -> None:
    window.resize(1366, 768)
    QApplication.processEvents()
    window.grab().save(str(folder / f"{name}.png"))


def test_times_typed_corrected_and_warned_about_in_the_window(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Any
) -> None:
    c = small_council(services)
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    view = window.meeting_view
    qtbot.keyClick(window, K.Key_O, CTRL_SHIFT)  # Call to order: the scheduled start, not today's clock
    assert services.meetings.get_meeting(c.meeting_id).called_to_order_at == DAY
    motion = services.motions.make_motion(c.item_id, "To repave", mover_id=c.a, seconder_id=c.b)
    services.votes.record_unanimous(motion.id, taken_at=datetime(2024, 3, 5, 18, 0))
    view.refresh()
    assert view.time_warnings_label.isVisibleTo(window)
    assert "before the call to order at 19:00" in view.time_warnings_label.text()

    qtbot.keyClick(window, K.Key_T, CTRL_SHIFT)
    dialog = view.times_dialog
    qtbot.waitExposed(dialog)
    labels = [row.what for row in dialog.rows]
    vote_edit = dialog.edits[labels.index('Item 1: vote on "To repave"')]
    vote_edit.setText("half past seven")
    seen: list[str] = []
    accept_message(qtbot, seen)
    dialog.accept()
    assert seen and "not a time of day" in seen[0]
    assert dialog.isVisible() and vote_edit.text() == "half past seven"  # the typing is kept
    vote_edit.setText("7:20 pm")
    shot(dialog, tmp_path, "times_dialog")
    dialog.accept()
    assert not dialog.isVisible()
    assert services.motions.get_motion(motion.id).votes[0].taken_at == datetime(2024, 3, 5, 19, 20)
    assert not view.time_warnings_label.isVisibleTo(window)
    window.undo_stack.undo()
    assert services.motions.get_motion(motion.id).votes[0].taken_at == datetime(2024, 3, 5, 18, 0)
    assert view.time_warnings_label.isVisibleTo(window)
    shot(window, tmp_path, "meeting_time_warning")

    refocus(qtbot, view.agenda.tree)  # offscreen, the closed dialog does not hand activation back
    qtbot.keyClick(window, K.Key_H, CTRL_SHIFT)  # View ▸ History
    panel = window.history_panel
    qtbot.waitUntil(lambda: window.history_dock.isVisible())
    texts = [panel.model.index(r, 3).data() for r in range(panel.model.rowCount())]
    assert any("taken at: 2024-03-05 19:20:00 → 2024-03-05 18:00:00" in t for t in texts)
    qtbot.keyClicks(panel.filter_edit, "called_to_order")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.count_label.text() == "1 change"
    shot(window, tmp_path, "history_panel")


def test_a_remote_member_opens_the_roll_call_instead_of_a_unanimous_vote(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    c = small_council(services)
    services.meetings.set_attendance(c.meeting_id, c.c, AttendanceStatus.REMOTE, remote_reason="illness")
    motion = services.motions.make_motion(c.item_id, "To repave", mover_id=c.a, seconder_id=c.b)
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    motions = window.meeting_view.item_panel.motions
    window.meeting_view.agenda.select_item(c.item_id)
    panel = window.meeting_view.item_panel
    panel.tabs.setCurrentWidget(motions)
    qtbot.waitUntil(motions.isVisible)
    motions.select_motion(motion.id)
    motions.tree.setFocus()
    qtbot.keyClick(motions.tree, K.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert services.motions.get_motion(motion.id).votes == ()  # no unanimous vote with a member remote
    assert motions.vote_dialog is not None and motions.vote_dialog.isVisible()
    assert "taking part remotely" in window.statusBar().currentMessage()
    shot(window, tmp_path, "remote_roll_call")
    motions.vote_dialog.reject()


def test_an_item_is_pulled_off_consent_from_the_agenda_and_put_back_by_undo(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    c = small_council(services)
    section = services.agenda.add_item(c.meeting_id, "Consent agenda", kind=AgendaItemKind.SECTION)
    item = services.agenda.add_item(
        c.meeting_id, "Order to buy a sweeper", kind=AgendaItemKind.ORDER, parent_id=section.id, consent=True
    )
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    agenda = window.meeting_view.agenda
    agenda.select_item(item.id)
    agenda.tree.setFocus()
    qtbot.keyClick(agenda.tree, K.Key_K, CTRL_SHIFT)
    pulled = services.agenda.get_item(item.id)
    assert (pulled.consent, pulled.parent_id, pulled.number) == (False, None, "3")
    assert window.undo_stack.undoText() == "Pull “Order to buy a sweeper” off consent"
    window.undo_stack.undo()
    back = services.agenda.get_item(item.id)
    assert (back.consent, back.parent_id, back.number) == (True, section.id, "2.1")


def test_undo_labels_keep_their_ampersand_and_the_item_header_follows_a_move(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    """Before, "&" vanished from the undo label, and the header kept the number from before a move."""
    c = small_council(services)
    second = services.agenda.add_item(c.meeting_id, "Parks & Recreation report", kind=AgendaItemKind.REPORT)
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    agenda = window.meeting_view.agenda
    agenda.select_item(second.id)
    header = window.meeting_view.item_panel.header
    qtbot.waitUntil(lambda: "2 Parks &amp; Recreation" in header.text())
    agenda.tree.setFocus()
    agenda.shift(-1)
    assert services.agenda.get_item(second.id).number == "1"
    assert "1 Parks &amp; Recreation" in header.text()
    undo = window.main_actions.undo_action
    assert undo.text() == "&Undo Move “Parks && Recreation report”"
    window.undo_stack.undo()
    assert "2 Parks &amp; Recreation" in header.text()
    assert window.main_actions.redo_action.text() == "&Redo Move “Parks && Recreation report”"


def test_an_item_without_a_motion_shows_no_disposition(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    """Before, "Adopted" stayed in the disposition box after moving to an item with no motion."""
    c = small_council(services)
    motion = services.motions.make_motion(c.item_id, "To repave", mover_id=c.a, seconder_id=c.b)
    services.votes.record_unanimous(motion.id)
    other = services.agenda.add_item(c.meeting_id, "Communications", kind=AgendaItemKind.COMMUNICATION)
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    motions = window.meeting_view.item_panel.motions
    window.meeting_view.agenda.select_item(c.item_id)
    motions.select_motion(motion.id)
    assert motions.disposition_combo.currentText() == "Adopted"
    window.meeting_view.agenda.select_item(other.id)
    qtbot.waitUntil(lambda: motions.model.motions() == [])
    assert motions.disposition_combo.currentIndex() == -1 and not motions.disposition_combo.isEnabled()


def test_a_refused_agenda_item_brings_its_dialog_back_as_typed(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    """Before, a title the service refused closed the dialog and lost what was typed."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from councildesk.ui.agenda_item_dialog import AgendaItemDialog
    from tests.ui.conftest import when_modal

    c = small_council(services)
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    agenda = window.meeting_view.agenda
    agenda.select_item(c.item_id)
    seen: list[str] = []
    kept: list[str] = []

    def first(form: QWidget) -> None:
        assert isinstance(form, AgendaItemDialog)
        form.title_edit.setText("   ")
        when_modal(message)
        form.accept()

    def message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()
        when_modal(again)

    def again(form: QWidget) -> None:
        assert isinstance(form, AgendaItemDialog)
        kept.append(form.title_edit.text())
        form.reject()

    when_modal(first)
    agenda.edit_item_dialog()
    assert seen and "cannot be empty" in seen[0]
    assert kept == ["   "]
    assert services.agenda.get_item(c.item_id).title == "Order to repave Main Street"
