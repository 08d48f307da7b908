"""Parties and groups are organizations members belong to: no navigator entry, no New meeting
choice and no meeting of their own, unless an import already gave them meetings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from councildesk.domain.enums import BodyClassification
from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from councildesk.ui.meeting_dialog import NewMeetingDialog
from councildesk.ui.navigator_model import NavigatorModel

pytestmark = pytest.mark.gui


def _council_and_parties(services: Services) -> tuple[int, int, int]:
    council = services.bodies.create_body("Springfield City Council", 7)
    party = services.bodies.create_body("Green Party", 1, classification=BodyClassification.PARTY)
    group = services.bodies.create_body("Progressive Caucus", 1, classification=BodyClassification.GROUP)
    services.meetings.create_meeting(council.id, datetime(2011, 8, 4, 19, 0))
    return council.id, party.id, group.id


def test_parties_and_groups_are_no_bodies_to_meet_for(qtbot: Any, services: Services) -> None:
    council, party, group = _council_and_parties(services)
    assert [b.id for b in services.meetings.meeting_bodies()] == [council]
    assert {b.id for b in services.bodies.list_bodies()} == {council, party, group}  # still on file
    model = NavigatorModel(services)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["Springfield City Council"]
    dialog = NewMeetingDialog(services, None)
    qtbot.addWidget(dialog)
    offered = [dialog.body_combo.itemText(i) for i in range(dialog.body_combo.count())]
    assert offered == ["Springfield City Council"]
    with pytest.raises(UserError, match="Green Party is a party, an organization its members belong to"):
        services.meetings.create_meeting(party, datetime(2011, 8, 5, 19, 0))
    assert [m.body_name for m in services.meetings.list_meetings()] == ["Springfield City Council"]
