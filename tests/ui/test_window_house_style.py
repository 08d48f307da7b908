"""The window writes a meeting's times in its body's house style, as the minutes print them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from councildesk.domain.house_style import ClockStyle, HouseStyle
from councildesk.services.container import Services
from councildesk.ui.minutes_view import MinutesView
from tests.builders import small_council

pytestmark = [pytest.mark.gui]


def test_the_header_and_the_approve_dialogs_votes_follow_the_clock(
    qtbot: Any, make_window: Any, services: Services
) -> None:
    c = small_council(services)  # the default house style: 12-hour
    services.meetings.call_to_order(c.meeting_id, at=datetime(2024, 3, 5, 17, 30))
    motion = services.motions.make_motion(c.item_id, "To repave Main Street", mover_id=c.a, seconder_id=c.b)
    services.votes.record_unanimous(motion.id, taken_at=datetime(2024, 3, 5, 18, 5))
    services.meetings.adjourn(c.meeting_id, at=datetime(2024, 3, 5, 18, 43))
    window = make_window(services)
    window.show_meeting(c.meeting_id)
    clock = window.meeting_view.clock_label.text()
    assert "called to order 5:30 p.m." in clock and "adjourned 6:43 p.m." in clock
    assert "7:00 p.m." in window.meeting_view.details_label.text()  # the scheduled start
    view = window.findChild(MinutesView)
    (vote,) = view._passed_votes(c.meeting_id)
    assert vote[1].endswith("at 6:05 p.m.")
    motions = window.meeting_view.item_panel.motions
    window.meeting_view.agenda.select_item(c.item_id)
    motions.tree.setCurrentIndex(motions.model.index(0, 0))
    assert "at 6:05 p.m.:" in motions.vote_details.text()

    services.bodies.set_house_style(c.body_id, HouseStyle(ClockStyle.TWENTY_FOUR_HOUR))
    window.refresh_all()
    clock = window.meeting_view.clock_label.text()
    assert "called to order 17:30" in clock and "adjourned 18:43" in clock
    (vote,) = view._passed_votes(c.meeting_id)
    assert vote[1].endswith("at 18:05")
    window.meeting_view.item_panel.set_item(c.item_id)  # as choosing the item again does
    motions.tree.setCurrentIndex(motions.model.index(0, 0))
    assert "at 18:05:" in motions.vote_details.text()
