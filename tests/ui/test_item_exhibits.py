"""Exhibits in the item panel: attach through the file dialog (SHA-256 stored), open, remove, undo."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from councildesk.services.container import Services
from councildesk.ui import exhibits_view
from tests.ui.item_panel_support import lock_meeting, make_panel, new_item, records

pytestmark = pytest.mark.gui


class FileUrlCatcher(QObject):
    """Receives file URLs instead of the desktop's viewer (Qt's own hook for URL schemes)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_attach_open_remove_and_undo(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(2)
    view = rig.panel.exhibits
    letter = tmp_path / "letter from the ACLU.pdf"
    letter.write_bytes(b"%PDF-1.4 a letter")
    photo = tmp_path / "bridge.jpg"
    photo.write_bytes(bytes(range(256)) * 10)
    monkeypatch.setattr(exhibits_view, "choose_files", lambda parent: [str(letter), str(photo)])
    before = records(services)
    view.attach_button.click()
    docs = services.documents.list_for_item(item_id)
    assert [(d.file_name, d.sha256, d.media_type) for d in docs] == [
        ("letter from the ACLU.pdf", hashlib.sha256(b"%PDF-1.4 a letter").hexdigest(), "application/pdf"),
        ("bridge.jpg", hashlib.sha256(photo.read_bytes()).hexdigest(), "image/jpeg"),
    ]
    assert view.model.rowCount() == 2 and "Exhibits (2)" in rig.panel.tabs.tabText(2)

    catcher = FileUrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        view.table.selectRow(0)
        opened = view.open_selected()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened is not None and opened.read_bytes() == b"%PDF-1.4 a letter"
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [opened]

    after_attach = records(services)
    view.table.setFocus()
    view.table.selectRow(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [d.file_name for d in services.documents.list_for_item(item_id)] == ["letter from the ACLU.pdf"]
    rig.stack.undo()
    assert records(services) == after_attach  # the photo is back, same id, same bytes
    rig.stack.undo()
    rig.stack.undo()
    assert records(services) == before
    assert rig.errors == []


def test_unreadable_file_and_locked_meeting_are_refused(
    qtbot: QtBot, demo: tuple[Services, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, meeting_id = demo
    rig = make_panel(qtbot, services, new_item(services, meeting_id))
    view = rig.panel.exhibits
    before = records(services)
    missing = tmp_path / "gone.pdf"
    monkeypatch.setattr(exhibits_view, "choose_files", lambda parent: [str(missing)])
    view.attach_button.click()
    assert len(rig.errors) == 1 and rig.errors[0].startswith(f"Could not read {missing}")
    present = tmp_path / "here.pdf"
    present.write_bytes(b"x")
    monkeypatch.setattr(exhibits_view, "choose_files", lambda parent: [str(present)])
    lock_meeting(services, meeting_id)
    before = records(services)
    view.attach_button.click()
    assert "approved and locked" in rig.errors[-1]
    assert records(services) == before


def test_a_linked_document_shows_its_address_opens_it_and_undoes(
    qtbot: QtBot, demo: tuple[Services, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    services, meeting_id = demo
    item_id = new_item(services, meeting_id)
    rig = make_panel(qtbot, services, item_id)
    rig.panel.show_tab(2)
    view = rig.panel.exhibits
    url = "https://example.legistar.com/View.ashx?M=F&ID=7&GUID=A1"  # as Legistar links its files
    monkeypatch.setattr(exhibits_view, "choose_link", lambda parent: (url, "Staff report"))
    before = records(services)
    view.link_button.click()
    [doc] = services.documents.list_for_item(item_id)
    assert (doc.title, doc.url, doc.sha256, doc.size) == ("Staff report", url, "", 0)
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row == ["Staff report", url, "", "link", ""]  # no type to tell, no size, no SHA-256
    catcher = FileUrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        view.table.selectRow(0)
        assert view.open_selected() is None  # nothing written to disk: the browser opens the address
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert [u.toString() for u in catcher.urls] == [url]
    view.resize(900, 300)
    view.grab().save(str(tmp_path / "linked-exhibit.png"))
    rig.stack.undo()
    assert records(services) == before and rig.errors == []
