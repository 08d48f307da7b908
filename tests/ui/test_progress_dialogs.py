"""Progress dialogs for slow work: imports, exports and archives keep the window painted and still work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog
from sqlalchemy import func, select

from councildesk.db import models as m
from councildesk.services.container import Services
from councildesk.ui import progress_task
from councildesk.ui.exchange_actions import ImportDialog
from tests.helpers import table_dump
from tests.ui.conftest import accept_message, when_modal

pytestmark = pytest.mark.gui
OAKLAND = "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json"


class ProgressWatcher(QObject):
    """Notes the label of every progress dialog shown anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.shown.append(watched.labelText())
        return False


@pytest.fixture
def progress(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[ProgressWatcher]:
    monkeypatch.setattr(progress_task, "SHOW_AFTER_MS", 0)  # small test files are quick: show at once
    watcher = ProgressWatcher()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    yield watcher
    app.removeEventFilter(watcher)


def no_progress_left() -> bool:
    return not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))


def test_import_shows_progress_and_still_imports(
    qtbot: Any, make_window: Any, services: Services, shared_data: Path, progress: ProgressWatcher
) -> None:
    window = make_window(services)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("legistar"))
    qtbot.keyClicks(dialog.source.edit, str(shared_data / OAKLAND))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert progress.shown == [f"Reading {OAKLAND}…"]
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert progress.shown == [f"Reading {OAKLAND}…"] * 2
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    with services.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Motion)) == 7
    assert no_progress_left()


def test_a_failed_import_still_says_one_sentence(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path, progress: ProgressWatcher
) -> None:
    window = make_window(services)
    bad = tmp_path / "broken.json"
    bad.write_text('{"persons": [')
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("popolo"))
    dialog.source.edit.setText(str(bad))
    seen: list[str] = []
    accept_message(qtbot, seen)
    before = table_dump(services.db)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert progress.shown == ["Reading broken.json…"]
    assert seen == ["broken.json is not valid JSON (line 1, column 14: Expecting value)."]
    assert table_dump(services.db) == before and no_progress_left()


def test_archive_shows_progress_and_writes_the_zip(
    qtbot: Any,
    make_window: Any,
    demo: Any,
    tmp_path: Path,
    progress: ProgressWatcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, _seed = demo
    window = make_window(services)
    target = tmp_path / "council-archive.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.exchange_actions.archive_action.trigger()
    assert progress.shown == [f"Archiving to {target}…"]
    assert target.stat().st_size > 0
    assert window.statusBar().currentMessage() == f"Archived to {target}."
    assert no_progress_left()


def test_minutes_for_a_year_from_the_file_menu(
    qtbot: Any,
    make_window: Any,
    demo: Any,
    tmp_path: Path,
    progress: ProgressWatcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    action = window.minutes_volume_action
    texts = [a.text() for a in window.menu("File").actions()]
    assert texts.index(action.text()) == texts.index("&Export…") + 1
    target = tmp_path / "council-2011.pdf"
    offered: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    chosen: list[str] = []

    def choose(dialog: Any) -> None:
        chosen.append(f"{dialog.body_combo.currentText()} / {dialog.year_combo.currentText()}")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save PDF… is the default button

    when_modal(choose)
    action.trigger()
    assert chosen == ["Northampton City Council / 2011 (3 meetings)"]  # the meeting on show decides
    assert offered and offered[0].endswith("northampton-city-council-minutes-2011.pdf")
    assert progress.shown == ["Binding the 2011 minutes of the Northampton City Council…"]
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Secure Communities" in text and "4 August 2011" in text and "1 September 2011" in text
    assert window.statusBar().currentMessage() == f"Wrote the 2011 minutes (3 meetings) to {target}."
    assert no_progress_left()


def test_minutes_for_a_year_into_a_missing_folder_says_so(
    qtbot: Any, make_window: Any, demo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    target = tmp_path / "nowhere" / "volume.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []

    def choose_then_answer(dialog: Any) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        accept_message(qtbot, seen)

    when_modal(choose_then_answer)
    before = table_dump(services.db)
    window.minutes_volume_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen) == 1 and "nowhere" in seen[0] and seen[0].endswith("."), seen
    assert not target.exists() and table_dump(services.db) == before
