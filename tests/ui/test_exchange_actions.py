"""File ▸ Import… (preview then apply), Export…, Backups… and Restore… driven through the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select, text

from councildesk.db import models as m
from councildesk.exchange.archive import write_archive
from councildesk.services.container import Services
from councildesk.ui.exchange_actions import BackupsDialog, ExportDialog, ImportDialog, restore
from tests.helpers import table_dump
from tests.ui.conftest import accept_message, when_modal

pytestmark = pytest.mark.gui
OAKLAND = "oakland_legistar-api_eventitems_event-8172_public-safety_2019-04-23.json"


def file_menu_texts(window: Any) -> list[str]:
    return [a.text() for a in window.menu("File").actions()]


def test_file_menu_has_the_exchange_actions_before_quit(make_window: Any, services: Services) -> None:
    window = make_window(services)
    texts = file_menu_texts(window)
    for name in ("&Import…", "&Export…", "&Archive…", "&Restore…", "Bac&kups…"):
        assert name in texts
    assert texts.index("Bac&kups…") < texts.index("&Quit")


def test_import_previews_then_applies(
    qtbot: Any, make_window: Any, services: Services, shared_data: Path
) -> None:
    window = make_window(services)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("legistar"))
    qtbot.keyClicks(dialog.source.edit, str(shared_data / OAKLAND))
    before = table_dump(services.db)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert table_dump(services.db) == before  # the preview writes nothing
    assert dialog.import_button.isEnabled()
    rows = [dialog.changes.topLevelItem(i).text(2) for i in range(dialog.changes.topLevelItemCount())]
    assert "Rebecca Kaplan" in rows and any("from the file name" in r for r in rows)
    dialog.show()
    dialog.grab().save(str(Path(window.services.db.path).parent / "import-preview.png"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    with services.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Motion)) == 7
    assert "create" in window.statusBar().currentMessage()


def test_import_of_a_bad_file_reports_one_sentence_and_changes_nothing(
    qtbot: Any, make_window: Any, services: Services, tmp_path: Path
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
    assert seen == ["broken.json is not valid JSON (line 1, column 14: Expecting value)."]
    assert not dialog.import_button.isEnabled()
    assert table_dump(services.db) == before


def test_export_dialog_writes_the_chosen_format(
    qtbot: Any, make_window: Any, demo: Any, tmp_path: Path
) -> None:
    services, _ = demo
    window = make_window(services)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("ics"))
    qtbot.keyClicks(dialog.folder.edit, str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "meetings.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_backups_dialog_backs_up_and_restores_while_the_window_holds_the_database(
    qtbot: Any, make_window: Any, demo: Any
) -> None:
    services, seed = demo
    window = make_window(services)
    window.show_meeting(seed)
    before = table_dump(services.db)
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "manual"
    dialog.show()
    dialog.grab().save(str(Path(services.db.path).parent / "backups-dialog.png"))
    with services.db.transaction() as s:
        s.execute(text("UPDATE person SET title = 'changed'"))
    seen: list[str] = []
    accept_message(qtbot, seen, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert seen and "Replace every record" in seen[0]
    assert table_dump(services.db) == before
    assert "Restored from" in window.statusBar().currentMessage()
    window.refresh_all()  # the window keeps working on the restored records


def test_restore_from_archive_can_be_cancelled(
    qtbot: Any, make_window: Any, demo: Any, tmp_path: Path
) -> None:
    services, _ = demo
    window = make_window(services)
    archive = write_archive(services.exchange, tmp_path / "a.zip")
    with services.db.transaction() as s:
        s.execute(text("UPDATE person SET title = 'changed'"))
    changed = table_dump(services.db)
    seen: list[str] = []
    accept_message(qtbot, seen, QMessageBox.StandardButton.Cancel)
    assert restore(window, archive) is False
    assert table_dump(services.db) == changed


def test_closing_the_window_makes_an_automatic_backup(qtbot: Any, make_window: Any, demo: Any) -> None:
    services, seed = demo
    window = make_window(services)
    # A change since the file was opened: only then is a backup on close worth taking.
    services.meetings.update_meeting(seed, location="City Hall, Room 18")
    window.close()
    QApplication.processEvents()
    assert [b.reason for b in services.backups.list_backups()] == ["on-close"]


def test_import_shortcut_opens_the_dialog(qtbot: Any, make_window: Any, services: Services) -> None:
    window = make_window(services)

    def close(widget: Any) -> None:
        assert isinstance(widget, ImportDialog)
        widget.reject()

    when_modal(close)
    qtbot.keyClick(
        window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
