"""Cancel in the import's progress dialog: the phases show in the dialog, and Cancel while the records
are being written rolls the one transaction back, so the database is as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from councildesk.services.container import Services
from councildesk.ui import progress_task
from councildesk.ui.exchange_actions import ImportDialog
from tests.helpers import table_dump

pytestmark = pytest.mark.gui


def test_cancel_while_writing_leaves_the_database_unchanged(
    qtbot: Any, make_window: Any, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _ = demo
    monkeypatch.setattr(progress_task, "SHOW_AFTER_MS", 0)
    source = tmp_path / "people.json"
    people = ",".join(f'{{"id": "p{i}", "name": "Person {i}"}}' for i in range(3000))
    source.write_text(f'{{"persons": [{people}]}}')
    window = make_window(services)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("popolo"))
    dialog.source.edit.setText(str(source))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()

    labels: list[str] = []

    def click_cancel_once_writing() -> None:
        # Runs on the UI thread inside the dialog's event loop, as the clerk's click would.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                labels.append(widget.labelText())
                if widget.labelText().startswith("Writing") or widget.labelText().startswith("Wrote"):
                    [cancel] = widget.findChildren(QPushButton)
                    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
                    timer.stop()

    timer = QTimer()
    timer.timeout.connect(click_cancel_once_writing)
    timer.start(5)
    before = table_dump(services.db)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert any(text.startswith(("Writing", "Wrote")) for text in labels), labels
    assert dialog.summary.text() == "The import was cancelled; nothing was changed."
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    assert table_dump(services.db) == before
