"""Exhibits of an agenda item: attach files (stored with their SHA-256) or links, open, remove."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.services.container import Services
from councildesk.ui.document_table_model import COL_TITLE, DocumentTableModel
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.item_actions import ItemActions
from councildesk.ui.row_view import row_view

log = logging.getLogger("councildesk.ui.exhibits")


def choose_files(parent: QWidget) -> list[str]:
    """Ask for files to attach (the one system edge tests replace)."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, translate("exhibits_view", "Attach exhibits"), "", translate("exhibits_view", "All files (*)")
    )
    return list(paths)


def choose_link(parent: QWidget) -> tuple[str, str] | None:
    """Ask for a linked document's address and title (the system edge tests replace)."""
    url, ok = QInputDialog.getText(
        parent, translate("exhibits_view", "Link a document"), translate("exhibits_view", "Web address:")
    )
    if not ok or not url.strip():
        return None
    title, ok = QInputDialog.getText(
        parent, translate("exhibits_view", "Link a document"), translate("exhibits_view", "Title:")
    )
    return (url.strip(), title.strip()) if ok else None


class ExhibitsView(QWidget):
    def __init__(self, services: Services, ops: ItemActions, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._item_id: int | None = None
        self._opened: list[Path] = []  # temporary copies handed to viewers this session

        self.model = DocumentTableModel(self)
        self.table = row_view(QTableView(), self.model, translate("ExhibitsView", "Exhibits"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)

        self.attach_button = QPushButton(translate("ExhibitsView", "&Attach files…"))
        self.attach_button.setAccessibleName(translate("ExhibitsView", "Attach files"))
        self.attach_button.clicked.connect(self.attach)
        self.link_button = QPushButton(translate("ExhibitsView", "Add &link…"))
        self.link_button.setAccessibleName(translate("ExhibitsView", "Link a document by its web address"))
        self.link_button.clicked.connect(self.attach_link)
        self.open_button = QPushButton(translate("ExhibitsView", "O&pen"))
        self.open_button.setAccessibleName(translate("ExhibitsView", "Open selected exhibit"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(translate("ExhibitsView", "&Remove"))
        self.remove_button.setAccessibleName(translate("ExhibitsView", "Remove selected exhibit"))
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.read_only = False

    def show_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self.model.set_documents(self.services.documents.list_for_item(item_id) if item_id else [])

    def set_read_only(self, read_only: bool, why: str) -> None:
        self.read_only = read_only
        for button in (self.attach_button, self.link_button, self.remove_button):
            button.setEnabled(not read_only)
            button.setToolTip(why if read_only else "")

    def attach(self) -> None:
        if self._item_id is None or self.read_only:
            return
        for name in choose_files(self):
            # One exhibit per step: a refused file does not undo the ones before it.
            if self.ops.attach_file(self._item_id, Path(name)) is None:
                break

    def attach_link(self) -> None:
        if self._item_id is None or self.read_only:
            return
        chosen = choose_link(self)
        if chosen is not None:
            self.ops.attach_link(self._item_id, *chosen)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None or self._item_id is None or self.read_only:
            return
        self.ops.remove_document(self._item_id, self.model.document(row))

    def open_selected(self) -> Path | None:
        """Write the stored bytes to a temporary file and hand it to the desktop's viewer."""
        row = self._selected_row()
        if row is None:
            return None
        doc = self.model.document(row)
        if doc.url:
            # A linked document (a Legistar attachment) lives at its address: the browser opens it.
            if not QDesktopServices.openUrl(QUrl(doc.url)):
                self.ops.report(
                    fmt(translate("ExhibitsView", "No web browser could open {url}."), url=doc.url)
                )
            return None
        try:
            content = self.services.documents.content(doc.id)
        except UserError as error:
            self.ops.report(error.message)
            return None
        folder = Path(tempfile.mkdtemp(prefix="councildesk-exhibit-"))
        path = folder / doc.file_name
        path.write_bytes(content)
        self._opened.append(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.ops.report(
                fmt(
                    translate(
                        "ExhibitsView", "No program is set up to open {file_name}; a copy is at {path}."
                    ),
                    file_name=doc.file_name,
                    path=path,
                )
            )
        log.info("opened exhibit %s as %s", doc.id, path)
        return path
