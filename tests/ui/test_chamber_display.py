"""The chamber display follows the desk: the roll call count key by key, the result, the speaker's clock."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import MeetingStatus, SpeakerKind, VoteResult
from councildesk.domain.speaking_time import TimePhase
from councildesk.services.container import Services
from councildesk.ui.chamber_scene import Show
from tests.ui.item_panel_support import new_item, voting_members

pytestmark = pytest.mark.gui
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def tonight(services: Services, meeting_id: int) -> None:
    """The seed meeting as if under way now (the demo's is long adjourned)."""
    services.meetings.update_meeting(meeting_id, status=MeetingStatus.IN_PROGRESS, adjourned_at=None)


def on_screen(display: Any) -> str:
    """Every text the display's window shows, from its labels (not from the scene it was handed)."""
    texts = (label.text() for label in display.findChildren(QLabel) if label.isVisible())
    return "\n".join(html.unescape(re.sub("<[^>]+>", "", t)).replace("\xa0", " ") for t in texts)


def open_display(qtbot: QtBot, make_window: Any, services: Services, meeting_id: int, item_id: int) -> Any:
    window = make_window(services)
    window.show_meeting(meeting_id)
    window.meeting_view.agenda.select_item(item_id)
    window.chamber_action.trigger()
    display = window.chamber_desk.display
    assert display is not None
    qtbot.waitExposed(display)
    return window, display


def shoot(qtbot: QtBot, window: Any, display: Any, folder: Path, name: str) -> None:
    """Grab the display at a projector's two usual sizes (to look at: run with --basetemp)."""
    focus = QApplication.focusWidget()
    for width, height in ((1280, 720), (1920, 1080)):
        display.resize(width, height)
        QApplication.processEvents()
        display.grab().save(str(folder / f"{name}-{width}x{height}.png"))
    # The offscreen platform activates a resized window (a real one keeps it inactive): the desk back.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if focus is not None:
        focus.setFocus()


def test_roll_call_shows_on_the_display_key_by_key_and_never_a_warning(
    qtbot: QtBot, make_window: Any, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, meeting_id = demo
    tonight(services, meeting_id)
    members = voting_members(services, meeting_id)
    item_id = new_item(services, meeting_id)
    services.motions.make_motion(
        item_id, "To adopt the order.", mover_id=members[0].person_id, seconder_id=members[1].person_id
    )
    window, display = open_display(qtbot, make_window, services, meeting_id, item_id)
    desk = window.chamber_desk
    # Following the desk, the display names the motion on the floor, its mover and its seconder.
    text = on_screen(display)
    assert "To adopt the order." in text
    assert f"Moved by {members[0].person_name}, seconded by {members[1].person_name}" in text
    desk.choose(Show.RECESS)  # what the clerk chooses, and nothing else
    assert "In recess" in on_screen(display) and "To adopt" not in on_screen(display)
    desk.choose(Show.AUTO)
    panel = window.meeting_view.item_panel
    panel.show_tab(4)
    qtbot.keyClick(panel.motions.tree, K.Key_R, CTRL)
    dialog = panel.motions.vote_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view.table.hasFocus())
    table = dialog.view.table

    # A clerk-only warning (the declared result disagrees with the count) stays on the desk.
    picker = dialog.view.picker
    picker.declared_combo.setCurrentIndex(picker.declared_combo.findData(VoteResult.FAIL))
    keys = [K.Key_Y] * 7 + [K.Key_N] * 2
    yes = no = 0
    for n, key in enumerate(keys, 1):
        qtbot.keyClick(table, key)
        yes, no = (yes + 1, no) if key == K.Key_Y else (yes, no + 1)
        text = on_screen(display)
        assert f"{yes}–{no}" in text, text
        assert f"{len(keys) - n} member" in text if n < len(keys) else "still to answer" not in text
        assert f"{members[n - 1].person_name}  {'Yes' if key == K.Key_Y else 'No'}" in text
        warning = dialog.view.warning_label.text()
        assert warning and warning not in text
        assert "declared" not in text.lower() and "warning" not in text.lower()
        if n == 5:
            shoot(qtbot, window, display, tmp_path, "roll-call")
    picker.declared_combo.setCurrentIndex(0)  # as computed: the chair announced what the count says

    qtbot.keyClick(table, K.Key_Return)
    assert not dialog.isVisible()
    text = on_screen(display)
    assert "Carries 7–2" in text
    for m, option in zip(members, ["Yes"] * 7 + ["No"] * 2, strict=True):
        assert f"{m.person_name}  {option}" in text
    shoot(qtbot, window, display, tmp_path, "result")
    window.chamber_desk.close_display()


def test_speaker_countdown_warns_at_one_minute_and_zero_and_records_the_time(
    qtbot: QtBot, make_window: Any, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, meeting_id = demo
    tonight(services, meeting_id)
    item_id = new_item(services, meeting_id, "Public comment")
    body_id = services.meetings.get_meeting(meeting_id).body_id
    services.speakers.set_time_limit(body_id, SpeakerKind.PUBLIC_COMMENT, 180)
    amy = services.speakers.add_speaker(item_id, "Amy Bookbinder", residence="Leeds")
    services.speakers.add_speaker(item_id, "Emma Roderick", affiliation="Bill of Rights Defense Committee")
    services.speakers.add_speaker(item_id, "William C. Newman", affiliation="ACLU of Massachusetts")
    window, display = open_display(qtbot, make_window, services, meeting_id, item_id)
    speakers = window.meeting_view.item_panel.speakers
    clock = FakeClock()
    speakers.timer.clock = clock
    window.meeting_view.item_panel.show_tab(3)
    speakers.select_id(amy.id)
    speakers.table.setFocus()
    phases: list[str] = []
    speakers.timer.phaseChanged.connect(phases.append)

    qtbot.keyClick(speakers.table, K.Key_T, CTRL)
    assert speakers.timer.running
    assert "3:00" in on_screen(display) and "Amy Bookbinder of Leeds" in on_screen(display)
    clock.now += 130
    speakers.timer.tick()
    assert phases == [TimePhase.LAST_MINUTE.value]
    assert "0:50" in on_screen(display) and "0:50 left" in speakers.clock_label.text()
    assert "#fde68a" in speakers.clock_label.styleSheet()  # the desk's one-minute warning
    shoot(qtbot, window, display, tmp_path, "speaker")
    clock.now += 55
    speakers.timer.tick()
    assert phases == [TimePhase.LAST_MINUTE.value, TimePhase.OVER.value]
    assert "time is up" in on_screen(display) and "time is up" in speakers.clock_label.text()

    qtbot.keyClick(speakers.table, K.Key_Return, CTRL)  # Next: Amy's time is recorded, Emma starts
    first, second, third = services.speakers.list_speakers(item_id)
    assert first.duration_seconds == 185 and first.started_at is not None
    assert second.started_at is not None and speakers.timer.speaker is not None
    assert speakers.timer.speaker.name == "Emma Roderick"
    # Emma yields her last two minutes to William C. Newman, who then has five.
    clock.now += 60
    qtbot.keyClick(speakers.table, K.Key_Y, CTRL)
    first, second, third = services.speakers.list_speakers(item_id)
    assert second.duration_seconds == 60 and second.yielded_to_id == third.id
    assert speakers.timer.speaker is not None and speakers.timer.speaker.id == third.id
    assert "5:00" in on_screen(display)
    clock.now += 42
    qtbot.keyClick(speakers.table, K.Key_Period, CTRL)
    assert not speakers.timer.running
    assert services.speakers.list_speakers(item_id)[2].duration_seconds == 42
    window.chamber_desk.close_display()
