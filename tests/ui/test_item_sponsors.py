"""Matter and sponsors in the item panel: link or create a matter, co-sponsors and non-members, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import MatterKind
from councildesk.services.container import Services
from tests.ui.item_panel_support import make_panel, new_item, records

pytestmark = pytest.mark.gui
K = Qt.Key


def test_create_matter_then_sponsors_including_a_non_member(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(1)
    ed = rig.panel.sponsors
    assert not ed.sponsor_box.isEnabled()  # sponsors belong to a matter
    qtbot.keyClicks(ed.new_identifier, "O-11-040")
    qtbot.keyClicks(ed.new_title, "Order to repair the Main Street bridge")
    ed.new_kind.setCurrentIndex(ed.new_kind.findData(MatterKind.ORDER))
    qtbot.keyClick(ed.new_title, K.Key_Return)
    matter_id = services.agenda.get_item(item_id).matter_id
    assert matter_id is not None
    assert services.matters.get_matter(matter_id).kind is MatterKind.ORDER
    assert "O-11-040" in ed.matter_label.text() and ed.sponsor_box.isEnabled()

    states = [records(services)]
    ed.primary_check.setChecked(True)
    qtbot.keyClicks(ed.sponsor_name, "Pamela Schwartz")
    qtbot.keyClick(ed.sponsor_name, K.Key_Return)
    states.append(records(services))
    qtbot.keyClicks(ed.sponsor_name, "Maria Lopez")
    qtbot.keyClicks(ed.sponsor_title, "Director of Public Works")
    qtbot.keyClick(ed.sponsor_title, K.Key_Return)
    states.append(records(services))
    assert rig.errors == []
    sponsors = services.matters.get_matter(matter_id).sponsors
    assert [(s.name, s.title, s.is_primary, s.is_member) for s in sponsors] == [
        ("Pamela Schwartz", "Ward 4 Councilor", True, True),
        ("Maria Lopez", "Director of Public Works", False, False),
    ]
    model = ed.sponsor_model
    assert model.index(1, 3).data() == "Non-member"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # visibly marked

    ed.table.selectRow(1)
    ed.make_primary_button.click()
    states.append(records(services))
    assert services.matters.get_matter(matter_id).sponsors[0].name == "Maria Lopez"
    ed.table.setFocus()
    ed.table.selectRow(1)
    qtbot.keyClick(ed.table, K.Key_Delete)
    states.append(records(services))
    assert len(services.matters.get_matter(matter_id).sponsors) == 1

    for state in reversed(states[:-1]):
        rig.stack.undo()
        assert records(services) == state
    for state in states[1:]:
        rig.stack.redo()
        assert records(services) == state
    # Undoing everything, the matter creation included, leaves no trace of the new matter.
    while rig.stack.canUndo():
        rig.stack.undo()
    assert services.agenda.get_item(item_id).matter_id is None
    assert services.matters.find_matters("O-11-040") == []
    while rig.stack.canRedo():  # and redoing everything brings it back under the same id
        rig.stack.redo()
    assert services.agenda.get_item(item_id).matter_id == matter_id
    assert records(services) == states[-1]
    assert rig.errors == []


def test_non_member_without_title_is_refused(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    matter = services.matters.create_matter("R-11-050", "A resolution")
    item_id = services.agenda.add_item(meeting_id, "A resolution", matter_id=matter.id).id
    rig = make_panel(qtbot, services, item_id)
    ed = rig.panel.sponsors
    before = records(services)
    qtbot.keyClicks(ed.sponsor_name, "Someone Unknown")
    qtbot.keyClick(ed.sponsor_name, K.Key_Return)
    assert rig.errors == ["The title of Someone Unknown (e.g. Police Chief) cannot be empty."]
    assert records(services) == before
    assert ed.sponsor_name.text() == "Someone Unknown"


def test_link_existing_matter_with_the_completer_text(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    ed = rig.panel.sponsors
    qtbot.keyClicks(ed.find_edit, "r-11-034")
    qtbot.keyClick(ed.find_edit, K.Key_Return)
    matter = services.matters.find_matters("R-11-034")[0]
    assert services.agenda.get_item(item_id).matter_id == matter.id
    assert [s.name for s in ed.sponsor_model.sponsors()] == [
        "David J. Narkewicz",
        "Pamela Schwartz",
        "Russell P. Sienkiewicz",
    ]
    qtbot.keyClicks(ed.find_edit, "X-99")
    qtbot.keyClick(ed.find_edit, K.Key_Return)
    assert rig.errors == ["No matter is numbered X-99; create it below."]
    rig.stack.undo()
    assert services.agenda.get_item(item_id).matter_id is None
