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
from tests.ui.conftest import accept_message

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
