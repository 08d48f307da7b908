"""File ▸ Import…'s preview in French: what it would create, by the records' French names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from councildesk.services.container import Services
from councildesk.ui import i18n
from councildesk.ui.exchange_actions import ImportDialog
from tests.ui.english_finder import ALLOWED, EnglishFinder, plain, visible_texts

pytestmark = pytest.mark.gui
OAKLAND = "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def file_texts(path: Path) -> set[str]:
    """Every text value of the Legistar file: what it says is the city's, not the window's."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)
        elif isinstance(value, str) and len(value.strip()) >= 3:
            found.add(value.strip())

    walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def test_the_import_preview_speaks_french(
    french: None, qtbot: Any, make_window: Any, services: Services, shared_data: Path
) -> None:
    window = make_window(services)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("legistar"))
    dialog.source.edit.setText(str(shared_data / OAKLAND))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    dialog.show()
    tables = {dialog.changes.topLevelItem(i).text(1) for i in range(dialog.changes.topLevelItemCount())}
    assert "point de l'ordre du jour" in tables and "agenda item" not in tables

    # The third column is what the file says (its titles, cut short), except on the reader's warnings.
    rows = [dialog.changes.topLevelItem(i) for i in range(dialog.changes.topLevelItemCount())]
    warnings = [row.text(2) for row in rows if row.text(0) == "Avertissement"]
    said = {row.text(2) for row in rows if row.text(0) != "Avertissement"}
    assert any("d’après le nom du fichier" in w for w in warnings), warnings
    made = {OAKLAND, "Imported from Legistar"}  # the body the import makes is named so (a record)
    finder = EnglishFinder("fr", file_texts(shared_data / OAKLAND) | made, ALLOWED)
    english = [
        f"{kind} {plain(text)[:120]!r}: {why}"
        for kind, text in visible_texts(dialog)
        if text not in said and (why := finder.english_in(text)) is not None
    ]
    assert not english, "\n".join(english)


def test_a_roll_call_sheets_preview_says_what_it_read_in_french(
    french: None, qtbot: Any, make_window: Any, services: Services, tmp_path: Path
) -> None:
    sheet = tmp_path / "votes.csv"
    sheet.write_text(
        "Date,Body,Item,Matter,Motion,Result,Tally,Ann Lee,Bo Diaz\n"
        "2011-10-06,Parks Board,1,R-9,To adopt,Pass,2-0,Y,Y\n",
        encoding="utf-8",
    )
    window = make_window(services)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("wide-csv"))
    dialog.source.edit.setText(str(sheet))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    first = dialog.changes.topLevelItem(0)
    assert (first.text(0), first.text(1)) == ("Lu", "vote par appel nominal")
    assert first.text(2).startswith("votes.csv contient 1 vote en 1 séance"), first.text(2)
