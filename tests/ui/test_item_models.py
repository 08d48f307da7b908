"""Every Qt model of the item panel passes Qt's model tester, filled from the demo's records."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import AttendanceStatus, BallotOption, MotionKind
from councildesk.services.container import Services
from councildesk.ui.ballot_table_model import BallotTableModel
from councildesk.ui.document_table_model import DocumentTableModel
from councildesk.ui.matter_list_model import MatterListModel
from councildesk.ui.motion_tree_model import MotionTreeModel
from councildesk.ui.person_list_model import PERSON_ID_ROLE, PersonListModel
from councildesk.ui.speaker_table_model import SpeakerTableModel
from councildesk.ui.sponsor_table_model import SponsorTableModel
from tests.ui.item_panel_support import seed_item, voting_members

pytestmark = pytest.mark.gui


def test_speaker_sponsor_document_models(qtmodeltester: Any, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    speakers = SpeakerTableModel(lambda speaker, field, value: True)
    speakers.set_speakers(services.speakers.list_speakers(item_id))
    qtmodeltester.check(speakers)
    assert speakers.index(1, 1).data() == "Amy Bookbinder of Leeds"
    sponsors = SponsorTableModel()
    matter_id = services.agenda.get_item(item_id).matter_id
    assert matter_id is not None
    sponsors.set_sponsors(services.matters.get_matter(matter_id).sponsors)
    qtmodeltester.check(sponsors)
    assert [sponsors.index(r, 3).data() for r in range(3)] == ["Member", "Member", "Non-member"]
    services.documents.attach(b"exhibit", "exhibit.txt", agenda_item_id=item_id)
    documents = DocumentTableModel()
    documents.set_documents(services.documents.list_for_item(item_id))
    qtmodeltester.check(documents)
    assert documents.index(0, 3).data() == "7 bytes"


def test_motion_tree_model_with_amendments(qtmodeltester: Any, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    item_id = seed_item(services, meeting_id)
    main = services.motions.list_motions(item_id)[0]
    first = services.motions.make_motion(item_id, "To amend by adding a clause.", parent_motion_id=main.id)
    services.motions.make_motion(item_id, "To amend the amendment.", parent_motion_id=first.id)
    services.motions.make_motion(item_id, "To table.", kind=MotionKind.TABLE)
    model = MotionTreeModel()
    model.set_motions(services.motions.list_motions(item_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    amendment = model.index(0, 0, model.index(0, 0))
    assert model.rowCount(amendment) == 1
    assert model.parent(model.index(0, 0, amendment)) == amendment
    assert model.index(0, 4).data() == "9–0 (unanimous) — pass"


def test_ballot_model_prefills_absences(qtmodeltester: Any, demo: tuple[Services, int]) -> None:
    services, meeting_id = demo
    members = voting_members(services, meeting_id)
    services.meetings.set_attendance(meeting_id, members[0].person_id, AttendanceStatus.EXCUSED)
    model = BallotTableModel(voting_members(services, meeting_id))
    qtmodeltester.check(model)
    assert model.choice(0) == (BallotOption.EXCUSED, "")
    model.set_choice(1, BallotOption.RECUSED, "Conflict")
    assert model.index(1, 3).data() == "Recused" and model.index(1, 4).data() == "Conflict"
    qtmodeltester.check(model)


def test_completer_models(qtmodeltester: Any, qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, _meeting_id = demo
    people = PersonListModel(services)
    people.search("sienk")
    qtmodeltester.check(people)
    assert people.index(0, 0).data() == "Russell P. Sienkiewicz"
    assert people.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Police Chief")
    assert people.index(0, 0).data(PERSON_ID_ROLE) == people.find("russell p. sienkiewicz").id  # type: ignore[union-attr]
    matters = MatterListModel(services)
    matters.search("secure")
    qtmodeltester.check(matters)
    assert matters.index(0, 0).data().startswith("R-11-034 — ")
    assert matters.find("R-11-034 — anything") is not None
