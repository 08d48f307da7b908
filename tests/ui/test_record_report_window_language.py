"""The Records tab's voting-record PDF prints in the body's language while the window stays English."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from councildesk.domain.minutes_language import MinutesLanguage
from councildesk.services.container import Services
from councildesk.ui.records_view import RecordsView
from councildesk.ui.ui_context import UiContext
from tests.minutes_helpers import pdf_text
from tests.records_fixture import build_council
from tests.ui.test_records_view import POPUP_NOISE, type_member

pytestmark = pytest.mark.gui


@POPUP_NOISE
def test_the_record_pdf_is_in_the_body_language(
    qtbot: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    council = build_council(services)
    style = services.bodies.house_style(council.body_id)
    services.bodies.set_house_style(council.body_id, replace(style, language=MinutesLanguage.ES_EN))
    errors: list[str] = []
    records = RecordsView(UiContext(services, QUndoStack(), errors.append))
    qtbot.addWidget(records)
    records.resize(1200, 700)
    records.show()
    qtbot.waitExposed(records)
    with qtbot.waitSignal(records.summaryReady):
        type_member(qtbot, records, "Cy Cedar")
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(records.record_pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target.read_bytes())
    assert "Historial de votaciones de Cy Cedar" in text and "Votos disidentes (1)" in text
    assert "Voting record" not in text and "Page 1 of" not in text
    assert records.record_pdf_button.text() == "Export &PDF…"  # the window itself is still English
    assert not errors
