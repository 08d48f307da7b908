"""The Minutes tab after a rename in People: minutes read as approved, and Verify says what was renamed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from councildesk.services.container import Services
from councildesk.ui.minutes_view import INFO_STYLE, MinutesView
from councildesk.ui.ui_context import UiContext
from tests.minutes_helpers import pdf_text

pytestmark = pytest.mark.gui
FOUR_AUGUST = 1


def test_verify_reports_a_rename_since_approval_and_the_preview_keeps_the_approved_name(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, _ = demo
    errors: list[str] = []
    widget = MinutesView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_meeting(FOUR_AUGUST)
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    schwartz = services.people.find_by_name("Pamela Schwartz")
    assert schwartz is not None
    services.people.update_person(schwartz.id, display_name="Pamela Schwartz-Renamed")
    widget.refresh()
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    assert widget.status_label.text().startswith("Approved on 18 August 2011")  # no warning on the page
    assert "Pamela Schwartz (Ward 4)" in pdf_text(widget.pdf_bytes) and "Renamed" not in pdf_text(
        widget.pdf_bytes
    )
    widget.verify_action.trigger()
    text = widget.status_label.text()
    assert text.startswith(
        "Approved text unchanged; 1 shared record renamed since approval: "
        "person 'Pamela Schwartz' → 'Pamela Schwartz-Renamed'."
    )
    assert "TAMPERED" not in text and widget.status_label.styleSheet() == INFO_STYLE
    assert errors == []
    qtbot.wait(50)  # let the layout give the longer sentence its lines before the picture
    widget.grab().save(str(tmp_path / "minutes_verify_renamed.png"))
