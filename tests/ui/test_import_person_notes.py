"""File ▸ Import… preview shows the person-matching notes the command line prints, as sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from councildesk.services.container import Services
from councildesk.ui.exchange_actions import ImportDialog

pytestmark = pytest.mark.gui


def test_the_preview_lists_a_name_match_as_a_note(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    typed = services.people.create_person("Pamela Schwartz").id
    doc = {
        "organizations": [{"id": "c", "name": "Springfield City Council"}],
        "persons": [{"id": "p1", "name": "Pamela Schwartz"}],
        "memberships": [{"id": "ms", "person_id": "p1", "organization_id": "c", "start_date": "2024"}],
    }
    path = tmp_path / "roster.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window = make_window(services)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("popolo"))
    dialog.source.edit.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    rows = [
        (dialog.changes.topLevelItem(i).text(0), dialog.changes.topLevelItem(i).text(2))
        for i in range(dialog.changes.topLevelItemCount())
    ]
    assert (
        "Note",
        f"would use the existing person Pamela Schwartz (id {typed}) for 'Pamela Schwartz' — "
        "pass --new-person 'Pamela Schwartz' to create a separate one",
    ) in rows
    assert ("Use existing", "Pamela Schwartz") in rows
    dialog.resize(1366, 768)
    dialog.show()
    dialog.grab().save(str(tmp_path / "import-person-note.png"))
