"""The chamber display speaks the council's language (its minutes language), not the clerk's window's."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.services.container import Services
from councildesk.ui.chamber_scene import Show
from councildesk.ui.screenshot import first_substantive_item
from tests.ui.test_chamber_display import on_screen, open_display

pytestmark = pytest.mark.gui


def minutes_language(services: Services, body_id: int, language: str) -> None:
    style = services.bodies.house_style(body_id)
    services.bodies.set_house_style(body_id, dataclasses.replace(style, language=MinutesLanguage(language)))


@pytest.mark.parametrize(
    ("language", "moved", "carries"),
    [
        ("fr", "Proposée par", "Adoptée"),
        ("es", "Presentada por", "Aprobada"),
        ("fr+en", "Proposée par", "Adoptée"),
    ],
)
def test_an_english_desk_shows_the_room_the_councils_language(
    qtbot: QtBot, make_window: Any, demo: Any, language: str, moved: str, carries: str
) -> None:
    services, meeting_id = demo
    body_id = services.meetings.get_meeting(meeting_id).body_id
    minutes_language(services, body_id, language)
    item_id = first_substantive_item(services, meeting_id)
    assert item_id is not None
    window, display = open_display(qtbot, make_window, services, meeting_id, item_id)
    assert window.main_actions.menus["File"].title() == "&File"  # the clerk's window stays English

    window.chamber_desk.choose(Show.VOTE)
    shown = on_screen(display)
    assert moved in shown and carries in shown, shown
    assert "Moved by" not in shown and "Carries" not in shown
    assert window.chamber_desk.show_combo.currentText() == "Roll call and result"  # the desk's own words

    minutes_language(services, body_id, "en")  # the council changes its language: the room follows
    window.chamber_desk.show_meeting(meeting_id)
    window.chamber_desk.show_item(item_id)
    assert "Moved by" in on_screen(display)
