"""View ▸ Chair's script follows the item in view: the next line marked, names filled as recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.container import Services
from councildesk.ui.ui_context import RecordChange, RecordKind
from tests.ui.item_panel_support import voting_members

pytestmark = pytest.mark.gui


def test_the_panel_reads_the_motion_and_marks_the_next_line(
    qtbot: QtBot, make_window: Any, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, meeting_id = demo
    members = voting_members(services, meeting_id)
    item = services.agenda.add_item(
        meeting_id, "Order to repair the Main Street bridge", kind=AgendaItemKind.ORDER
    )
    window = make_window(services)
    window.show_meeting(meeting_id)
    window.meeting_view.agenda.select_item(item.id)
    window.chair_script_dock.show()
    panel = window.chair_script_panel
    qtbot.waitUntil(lambda: "Is there a motion?" in panel.script_text())
    assert "<b>▶ We now take up item" in panel.script_text()  # the item is not stamped yet

    services.motions.make_motion(
        item.id, "To adopt the order.", mover_id=members[0].person_id, seconder_id=members[1].person_id
    )
    window.context.records.changed.emit(RecordChange(meeting_id, frozenset({RecordKind.MOTIONS})))
    text = panel.script_text()
    assert f"It has been moved by {members[0].person_name} and seconded by {members[1].person_name}." in text
    assert "<b>▶ Is there any discussion?</b>" in text  # moved and seconded: discussion comes next

    panel.save_agenda(str(tmp_path / "chair.pdf"))
    pages = PdfReader(tmp_path / "chair.pdf").pages
    printed = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    assert f"seconded by {members[1].person_name}." in printed
    window.grab().save(str(tmp_path / "window.png"))
