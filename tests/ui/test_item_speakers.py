"""Speakers in the item panel: one-line entry, known people, reordering, time stamps, undo/redo."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import SpeakerKind, Stance
from councildesk.domain.meeting_times import TimeKind
from councildesk.services.container import Services
from tests.ui.item_panel_support import lock_meeting, make_panel, new_item, records, seed_item

pytestmark = pytest.mark.gui
K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def test_add_a_public_speaker_in_one_line(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(3)
    view = rig.panel.speakers
    assert view.name_edit.hasFocus()
    qtbot.keyClicks(view.name_edit, "Jane Q. Public")
    qtbot.keyClick(view.name_edit, K.Key_Tab)
    qtbot.keyClick(view.affiliation_edit, K.Key_Tab)
    qtbot.keyClicks(view.residence_edit, "Florence")
    view.stance_combo.setCurrentIndex(view.stance_combo.findData(Stance.AGAINST))
    view.summary_edit.setFocus()
    qtbot.keyClicks(view.summary_edit, "Asked the council to wait.")
    qtbot.keyClick(view.summary_edit, K.Key_Return)
    assert rig.errors == []
    (speaker,) = services.speakers.list_speakers(item_id)
    assert (speaker.name, speaker.residence, speaker.person_id, speaker.stance, speaker.summary) == (
        "Jane Q. Public",
        "Florence",
        None,
        Stance.AGAINST,
        "Asked the council to wait.",
    )
    assert speaker.kind is SpeakerKind.PUBLIC_COMMENT
    assert view.name_edit.text() == "" and view.name_edit.hasFocus()  # ready for the next one
    assert view.model.index(0, 1).data() == "Jane Q. Public of Florence"


def test_known_person_is_linked_by_id(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    view = rig.panel.speakers
    rig.panel.show_tab(3)
    qtbot.keyClicks(view.name_edit, "amy bookbinder")
    qtbot.keyClick(view.name_edit, K.Key_Return)
    (speaker,) = services.speakers.list_speakers(item_id)
    amy = services.people.find_by_name("Amy Bookbinder")
    assert amy is not None
    assert speaker.person_id == amy.id and speaker.residence == "Leeds"


def test_empty_name_is_refused_plainly(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    before = records(services)
    rig.panel.speakers.add_button.click()
    assert rig.errors == ["Type the speaker's name first."]
    assert records(services) == before


def test_reorder_time_stamp_delete_and_exact_undo_redo(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(3)
    view = rig.panel.speakers
    names = [s.name for s in services.speakers.list_speakers(item_id)]
    states = [records(services)]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, K.Key_Down, ALT)
    assert [s.name for s in services.speakers.list_speakers(item_id)] == [names[1], names[0], names[2]]
    assert view.selected() is not None and view.selected().name == names[0]  # the selection follows
    states.append(records(services))
    # The demo meeting is typed in afterwards (not on its own day): the stamp is a minute after
    # the latest time of its business so far (not the adjournment, not arrivals or departures),
    # on the meeting's date, not the computer's clock.
    not_business = (TimeKind.ADJOURNMENT, TimeKind.ARRIVAL, TimeKind.DEPARTURE)
    record_times = [
        row.at
        for row in services.times.timeline(meeting_id)
        if row.at is not None and row.kind not in not_business
    ]
    view.started_button.click()
    started = services.speakers.list_speakers(item_id)[1].started_at
    assert started is not None and started.date() != datetime.now().date()
    assert started == (max(record_times) + timedelta(minutes=1)).replace(second=0, microsecond=0)
    states.append(records(services))
    qtbot.keyClick(view.table, K.Key_Delete)
    assert len(services.speakers.list_speakers(item_id)) == 2
    states.append(records(services))
    index = view.model.index(0, 5)
    assert view.model.setData(index, "Spoke against the program.")
    assert services.speakers.list_speakers(item_id)[0].summary == "Spoke against the program."
    states.append(records(services))
    for state in reversed(states[:-1]):
        rig.stack.undo()
        assert records(services) == state
    for state in states[1:]:
        rig.stack.redo()
        assert records(services) == state
    assert rig.errors == []


def test_locked_meeting_refuses_a_speaker(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    lock_meeting(services, meeting_id)
    before = records(services)
    qtbot.keyClicks(rig.panel.speakers.name_edit, "Late Comer")
    qtbot.keyClick(rig.panel.speakers.name_edit, K.Key_Return)
    assert len(rig.errors) == 1 and "approved and locked" in rig.errors[0]
    assert records(services) == before
    assert rig.panel.speakers.name_edit.text() == "Late Comer"  # nothing the clerk typed is lost
