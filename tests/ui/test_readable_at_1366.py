"""Readable at 1366×768: labels that are not cut short, mnemonics that are not shown as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from councildesk.services.container import Services
from councildesk.ui.attendance_table_model import HEADERS
from councildesk.ui.letterhead_dialog import LetterheadDialog
from councildesk.ui.window_fit import FRAME
from tests.builders import small_council


def test_the_letterhead_seal_label_has_a_mnemonic_not_a_literal_ampersand(
    qtbot: Any, settings: QSettings
) -> None:
    dialog = LetterheadDialog(settings)
    qtbot.addWidget(dialog)
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    seal = labels["&Seal or logo image:"]
    assert seal.buddy() is dialog.logo_edit  # Alt+S reaches the field; "&" is not drawn


def test_long_names_wrap_and_fields_have_room(qtbot: Any, make_window: Any, services: Services) -> None:
    council = small_council(services)
    services.bodies.update_body(council.body_id, name="Regional Transportation District Board of Directors")
    window = make_window(services, resize=False)
    window.resize(1350, 728)
    window.show_meeting(council.meeting_id)
    window.meeting_view.agenda.select_item(council.item_id)
    qtbot.wait(10)
    # Room for a meetings list 240 px wide beside the workspace, however long the body's name.
    assert window.tabs.minimumSizeHint().width() <= 1366 - FRAME.width() - 240
    speakers = window.meeting_view.item_panel.speakers
    panel = window.meeting_view.item_panel
    panel.tabs.setCurrentWidget(speakers)
    qtbot.wait(10)
    for edit in (speakers.name_edit, speakers.summary_edit):
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    table = window.meeting_view.attendance.table
    header = table.horizontalHeader()
    assert header.sectionSize(len(HEADERS) - 1) >= header.fontMetrics().horizontalAdvance(HEADERS[-1])
    assert table.rowHeight(0) * 9 <= table.viewport().height(), "nine members of the roll in view"


def test_the_motion_column_has_the_room_at_1366(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    """The motion's words, not its mover or vote summary, get the width ("To ado…" was all that showed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from councildesk.ui.motion_tree_model import COL_MOTION, COL_VOTE

    council = small_council(services)
    text = "To approve the minutes of the meeting of 4 August 2011 as read, with the corrections noted"
    motion = services.motions.make_motion(council.item_id, text, mover_id=council.a, seconder_id=council.b)
    services.votes.record_unanimous(motion.id)
    window = make_window(services, resize=False)
    window.resize(1366, 768)
    window.show_meeting(council.meeting_id)
    window.meeting_view.agenda.select_item(council.item_id)
    panel = window.meeting_view.item_panel
    panel.tabs.setCurrentWidget(panel.motions)
    qtbot.wait(20)
    QApplication.processEvents()
    tree = panel.motions.tree
    header = tree.header()
    width = tree.viewport().width()
    assert header.sectionSize(COL_MOTION) >= 0.4 * width, (header.sectionSize(COL_MOTION), width)
    assert all(header.sectionSize(COL_MOTION) > header.sectionSize(c) for c in range(1, header.count()))
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    top = panel.motions.model.index(0, COL_MOTION)
    assert panel.motions.model.data(top, Qt.ItemDataRole.ToolTipRole) == text
    vote = panel.motions.model.index(0, COL_VOTE)
    assert panel.motions.model.data(vote, Qt.ItemDataRole.ToolTipRole) == panel.motions.model.data(vote)
    panel.grab().save(str(tmp_path / "motions_panel.png"))
