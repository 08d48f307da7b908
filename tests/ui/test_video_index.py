"""File ▸ Video chapters…: the offset set once, the chapters saved, the address kept with the meeting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from councildesk.services.container import Services
from tests.test_video_chapters import parse_webvtt

pytestmark = pytest.mark.gui


def test_chapters_saved_from_the_file_menu(
    qtbot: QtBot, make_window: Any, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, meeting_id = demo
    window = make_window(services)
    window.show_meeting(meeting_id)
    window.video_index_action.trigger()
    dialog = window.video_index_dialog
    qtbot.waitExposed(dialog)
    dialog.url_edit.setText("https://video.example.org/council/2011-08-18")
    dialog.offset_edit.setTime(QTime(0, 4, 12))
    assert "00:04:12.000 --> " in dialog.preview.toPlainText()
    dialog.save(str(tmp_path / "chapters.vtt"))
    cues = parse_webvtt((tmp_path / "chapters.vtt").read_text(encoding="utf-8"))
    assert cues[1][0] == timedelta(minutes=4, seconds=12) and cues[1][2] == "Call to order"
    video = services.meetings.video(meeting_id)
    assert (video.url, video.offset_seconds) == ("https://video.example.org/council/2011-08-18", 252)
    # The next time, the offset is already there.
    window.video_index_action.trigger()
    assert window.video_index_dialog.offset_edit.time() == QTime(0, 4, 12)
    window.video_index_dialog.close()
