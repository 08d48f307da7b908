"""Motions and votes in the item panel: making motions by keys, Ctrl+U, voice votes, refusals, undo/redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import BallotOption, MotionDisposition, MotionKind, VoteMethod
from councildesk.services.container import Services
from tests.ui.item_panel_support import lock_meeting, make_panel, new_item, records, voting_members

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a name into an editable member combo, as the clerk does."""
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)


def make_motion_by_keys(qtbot: QtBot, rig, text: str, mover: str, seconder: str) -> None:  # type: ignore[no-untyped-def]
    view = rig.panel.motions
    choose(qtbot, view.mover_combo, mover)
    choose(qtbot, view.seconder_combo, seconder)
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, text)
    qtbot.keyClick(view.text_edit, K.Key_Return)


def test_motion_then_unanimous_with_one_shortcut(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    members = voting_members(services, meeting_id)
    make_motion_by_keys(qtbot, rig, "To adopt the order.", members[2].person_name, members[5].person_name)
    assert rig.errors == []
    (motion,) = services.motions.list_motions(item_id)
    assert (motion.text, motion.mover_id, motion.seconder_id) == (
        "To adopt the order.",
        members[2].person_id,
        members[5].person_id,
    )
    assert rig.panel.motions.tree.hasFocus()  # ready for the vote
    qtbot.keyClick(rig.panel.motions.tree, K.Key_U, CTRL)
    (motion,) = services.motions.list_motions(item_id)
    vote = motion.votes[0]
    assert vote.unanimous and vote.method is VoteMethod.UNANIMOUS_CONSENT
    assert [b.option for b in vote.ballots] == [BallotOption.YES] * 9
    assert motion.disposition is MotionDisposition.ADOPTED
    assert "9–0 (unanimous)" in rig.panel.motions.model.index(0, 4).data()


def test_mover_cannot_second_and_nothing_changes(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    before = records(services)
    name = voting_members(services, meeting_id)[3].person_name
    make_motion_by_keys(qtbot, rig, "To adopt the order.", name, name)
    assert rig.errors == ["The mover cannot also second the motion."]
    assert records(services) == before
    assert rig.stack.count() == 0
    assert rig.panel.motions.text_edit.text() == "To adopt the order."  # the clerk's text is kept


def test_unknown_mover_is_refused_in_one_sentence(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    rig.panel.show_tab(4)
    before = records(services)
    make_motion_by_keys(qtbot, rig, "To adopt.", "Russell P. Sienkiewicz", "")
    assert rig.errors == [
        "Russell P. Sienkiewicz is not a voting member recorded as present and cannot be the mover."
    ]
    assert records(services) == before


def test_undo_redo_of_motion_vote_and_deletions_is_exact(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    members = voting_members(services, meeting_id)
    states = [records(services)]
    make_motion_by_keys(qtbot, rig, "To adopt the order.", members[0].person_name, members[1].person_name)
    states.append(records(services))
    qtbot.keyClick(rig.panel.motions.tree, K.Key_U, CTRL)
    states.append(records(services))
    rig.panel.motions.delete_vote_button.click()
    states.append(records(services))
    qtbot.keyClick(rig.panel.motions.tree, K.Key_Delete)
    states.append(records(services))
    assert services.motions.list_motions(item_id) == []
    assert rig.stack.count() == 4 and rig.errors == []
    for state in reversed(states[:-1]):
        rig.stack.undo()
        assert records(services) == state
    for state in states[1:]:
        rig.stack.redo()
        assert records(services) == state
    assert rig.errors == []


def test_delete_of_the_demo_motion_undoes_with_its_ballots(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = next(i.item.id for i in services.records.load(meeting_id).items if i.matter is not None)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    before = records(services)
    rig.panel.motions.delete_motion_button.click()
    assert services.motions.list_motions(item_id) == []
    rig.stack.undo()
    assert records(services) == before
    assert "9–0" in rig.panel.motions.vote_details.text()


def test_amendment_is_nested_under_its_motion(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    view = rig.panel.motions
    make_motion_by_keys(qtbot, rig, "To adopt the order.", "", "")
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, "To strike the second paragraph.")
    view.amend_button.click()
    main, amendment = services.motions.list_motions(item_id)
    assert amendment.parent_motion_id == main.id and amendment.kind is MotionKind.AMENDMENT
    model = view.model
    assert model.rowCount() == 1
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 1
    assert "To strike" in model.index(0, 0, parent).data()


def test_voice_vote_and_disposition(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    services.motions.make_motion(item_id, "To refer the order to committee.", kind=MotionKind.REFER)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    view = rig.panel.motions
    qtbot.keyClick(view.tree, K.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    voice = view.voice_dialog
    assert voice is not None and voice.isVisible()
    voice.yes_spin.setValue(7)
    voice.no_spin.setValue(2)
    assert "pass" in voice.result_label.text()
    voice.accept()
    (motion,) = services.motions.list_motions(item_id)
    assert (motion.votes[0].method, motion.votes[0].tally.yes, motion.votes[0].tally.no) == (
        VoteMethod.VOICE,
        7,
        2,
    )
    combo = view.disposition_combo
    combo.setCurrentIndex(combo.findData(MotionDisposition.REFERRED))
    combo.activated.emit(combo.currentIndex())
    assert services.motions.list_motions(item_id)[0].disposition is MotionDisposition.REFERRED


def test_locked_meeting_refuses_with_a_message_and_changes_nothing(
    qtbot: QtBot, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    services.motions.make_motion(item_id, "To adopt the order.")
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(4)
    lock_meeting(services, meeting_id)  # approved behind the panel's back: its buttons are still enabled
    before = records(services)
    qtbot.keyClick(rig.panel.motions.tree, K.Key_U, CTRL)
    assert len(rig.errors) == 1 and "approved and locked" in rig.errors[0]
    assert records(services) == before
    assert rig.stack.count() == 0
