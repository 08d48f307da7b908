"""The Minutes tab says what is true: the approving vote the clerk picks, and a missing adopted text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from councildesk.services.container import Services
from councildesk.ui.approve_minutes_dialog import ApproveMinutesDialog
from councildesk.ui.minutes_view import MinutesView
from councildesk.ui.ui_context import UiContext
from tests.minutes_helpers import pdf_text

pytestmark = pytest.mark.gui


def _shown(qtbot: QtBot, services: Services, meeting_id: int) -> tuple[MinutesView, list[str]]:
    errors: list[str] = []
    widget = MinutesView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_meeting(meeting_id)
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    return widget, errors


def test_the_clerk_picks_the_approving_vote_or_none(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, seed = demo
    widget, errors = _shown(qtbot, services, seed)
    widget.approve_action.trigger()
    dialog = widget.last_dialog
    assert isinstance(dialog, ApproveMinutesDialog)
    qtbot.waitExposed(dialog)
    texts = [dialog.vote_combo.itemText(n) for n in range(dialog.vote_combo.count())]
    assert texts[0].startswith("No vote recorded")
    assert len(texts) > 1 and all(" at " in t for t in texts[1:])  # each vote with its time
    dialog.grab().save(str(tmp_path / "approve_dialog.png"))
    dialog.vote_combo.setCurrentIndex(0)  # approved, but the vote was never recorded
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert errors == []
    approval = services.approvals.approval(seed)
    assert approval is not None and approval.approving_vote_id is None
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    text = pdf_text(widget.pdf_bytes)
    assert "by vote of" not in text and "by vote of" not in widget.status_label.text()
    assert "Approved on 1 September 2011 by the Northampton City Council at its meeting of" in text


def test_a_chosen_vote_is_linked_and_printed(qtbot: QtBot, demo: tuple[Services, int]) -> None:
    services, seed = demo
    widget, errors = _shown(qtbot, services, seed)
    widget.approve_action.trigger()
    dialog = widget.last_dialog
    assert isinstance(dialog, ApproveMinutesDialog)
    dialog.vote_combo.setCurrentIndex(dialog.vote_combo.count() - 1)
    chosen = dialog.approving_vote_id()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert errors == []
    approval = services.approvals.approval(seed)
    assert approval is not None and chosen is not None and approval.approving_vote_id == chosen
    assert "by vote of the Northampton City Council" in widget.status_label.text()


def test_the_tab_warns_when_an_adopted_resolution_has_no_text(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path
) -> None:
    services, seed = demo
    matter = next(e.matter for e in services.records.load(seed).items if e.matter)
    services.matters.update_matter(matter.id, full_text="")
    widget, errors = _shown(qtbot, services, seed)
    status = widget.status_label.text()
    assert status.startswith("DRAFT — not ready to sign.")
    assert f"resolution {matter.identifier} was adopted but its text has not been entered" in status
    qtbot.wait(300)  # let the layout give the wrapped warning its height
    widget.grab().save(str(tmp_path / "minutes_missing_text.png"))
    assert errors == []


def test_export_as_html_writes_the_web_edition(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, seed = demo
    widget, errors = _shown(qtbot, services, seed)
    target = tmp_path / "minutes"  # no suffix: the view adds .html
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Web pages (*.html)"))
    assert widget.export_html_action.isEnabled()
    widget.export_html_action.trigger()
    page = (tmp_path / "minutes.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Minutes of the Regular Meeting" in page
    assert errors == [] and str(tmp_path / "minutes.html") in widget.status_label.text()
