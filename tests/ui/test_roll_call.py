"""Roll calls entered with one key per member: counts, recusals, absences, declared results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import AttendanceStatus, BallotOption, MotionDisposition, VoteMethod, VoteResult
from councildesk.services.container import Services
from tests.ui.item_panel_support import make_panel, new_item, records, voting_members

pytestmark = pytest.mark.gui
K = Qt.Key


def open_roll_call(qtbot: QtBot, rig, motion_text: str = "To adopt the order."):  # type: ignore[no-untyped-def]
    services = rig.services
    item_id = rig.panel.item_id()
    services.motions.make_motion(item_id, motion_text)
    rig.panel.refresh()
    rig.panel.show_tab(4)
    qtbot.keyClick(rig.panel.motions.tree, K.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = rig.panel.motions.vote_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.view.table.hasFocus())
    return dialog


def test_split_6_2_1_roll_call_takes_ten_keystrokes(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    dialog = open_roll_call(qtbot, rig)
    table = dialog.view.table
    for key in (K.Key_Y, K.Key_Y, K.Key_N, K.Key_Y, K.Key_A, K.Key_Y, K.Key_N, K.Key_Y, K.Key_Y):
        rig.key(qtbot, table, key)
    assert "6–2, 1 abstaining" in dialog.view.tally_label.text()
    assert "PASS" in dialog.view.tally_label.text()
    rig.key(qtbot, table, K.Key_Return)
    assert rig.keystrokes == 10
    assert not dialog.isVisible()
    assert rig.errors == []

    motion = services.motions.list_motions(rig.panel.item_id())[0]
    vote = motion.votes[0]
    members = voting_members(services, meeting_id)
    expected = ["yes", "yes", "no", "yes", "abstain", "yes", "no", "yes", "yes"]
    assert [(b.person_id, b.option.value) for b in vote.ballots] == [
        (m.person_id, option) for m, option in zip(members, expected, strict=True)
    ]
    assert vote.method is VoteMethod.ROLL_CALL
    assert (vote.tally.yes, vote.tally.no, vote.tally.abstain) == (6, 2, 1)
    assert vote.result is VoteResult.PASS and vote.warning is None
    assert motion.disposition is MotionDisposition.ADOPTED
    assert "6–2, 1 abstaining" in rig.panel.motions.vote_details.text()


def test_absent_members_are_prefilled_and_skipped(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    members = voting_members(services, meeting_id)
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    # Attendance changes while the item is on screen (the attendance view is another panel).
    services.meetings.set_attendance(meeting_id, members[1].person_id, AttendanceStatus.ABSENT)
    services.meetings.set_attendance(meeting_id, members[4].person_id, AttendanceStatus.EXCUSED)
    dialog = open_roll_call(qtbot, rig)
    for key in [K.Key_Y] * 5 + [K.Key_N, K.Key_N, K.Key_Return]:
        rig.key(qtbot, dialog.view.table, key)
    assert rig.keystrokes == 8
    vote = services.motions.list_motions(rig.panel.item_id())[0].votes[0]
    options = {b.person_id: b.option for b in vote.ballots}
    assert options[members[1].person_id] is BallotOption.ABSENT
    assert options[members[4].person_id] is BallotOption.EXCUSED
    assert (vote.tally.yes, vote.tally.no, vote.tally.absent, vote.tally.excused) == (5, 2, 1, 1)


def test_recusal_asks_for_a_reason(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    dialog = open_roll_call(qtbot, rig)
    table = dialog.view.table
    qtbot.keyClick(table, K.Key_Y)
    qtbot.keyClick(table, K.Key_R)  # the second member is recused
    reason = dialog.view.reason_dialog
    assert reason is not None and reason.isVisible()
    assert "Why is" in reason.labelText()
    assert dialog.view.model.choice(1) is None  # nothing recorded until a reason is given
    field = reason.findChild(QLineEdit)
    qtbot.keyClicks(field, "Owns property on the block")
    qtbot.keyClick(field, K.Key_Return)
    assert dialog.view.model.choice(1) == (BallotOption.RECUSED, "Owns property on the block")
    assert dialog.view.current_row() == 2  # the cursor moved on
    for _ in range(7):
        qtbot.keyClick(table, K.Key_Y)
    qtbot.keyClick(table, K.Key_Return)
    vote = services.motions.list_motions(rig.panel.item_id())[0].votes[0]
    recused = [b for b in vote.ballots if b.option is BallotOption.RECUSED]
    assert [b.note for b in recused] == ["Owns property on the block"]


def test_cancelled_recusal_records_nothing(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    dialog = open_roll_call(qtbot, rig)
    qtbot.keyClick(dialog.view.table, K.Key_R)
    reason = dialog.view.reason_dialog
    assert reason is not None
    qtbot.keyClick(reason, K.Key_Escape)
    assert dialog.view.model.choice(0) is None
    assert dialog.view.current_row() == 0


def test_incomplete_roll_call_is_refused_and_stays_open(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    dialog = open_roll_call(qtbot, rig)
    before = records(services)
    qtbot.keyClick(dialog.view.table, K.Key_Y)
    qtbot.keyClick(dialog.view.table, K.Key_Return)
    assert dialog.isVisible()
    assert "has no vote for" in dialog.view.warning_label.text()
    assert records(services) == before


def test_declared_result_that_disagrees_is_kept_with_a_warning(
    qtbot: QtBot, demo: tuple[Services, int]
) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    dialog = open_roll_call(qtbot, rig)
    picker = dialog.view.picker
    assert (
        picker.threshold()
        == services.bodies.get_body(services.meetings.get_meeting(meeting_id).body_id).default_threshold
    )
    # Two-thirds of votes cast: 5–4 fails, but the chair declared it passed.
    picker.fraction_combo.setCurrentIndex(picker.fraction_combo.findText("Two thirds"))
    picker.declared_combo.setCurrentIndex(picker.declared_combo.findData(VoteResult.PASS))
    for key in [K.Key_Y] * 5 + [K.Key_N] * 4:
        qtbot.keyClick(dialog.view.table, key)
    assert "disagrees" in dialog.view.warning_label.text()
    assert "FAIL" in dialog.view.tally_label.text()
    qtbot.keyClick(dialog.view.table, K.Key_Return)
    vote = services.motions.list_motions(rig.panel.item_id())[0].votes[0]
    assert vote.result is VoteResult.PASS and vote.computed_result is VoteResult.FAIL
    assert vote.warning is not None
    assert "disagrees" in rig.panel.motions.vote_details.text()
