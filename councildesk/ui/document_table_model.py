"""Exhibits attached to an agenda item: title, file, type, size and SHA-256 (over services.documents)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from councildesk.services.dto import DocumentDTO
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.list_table_model import Index, ListTableModel

COL_TITLE, COL_FILE, COL_TYPE, COL_SIZE, COL_SHA = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "File"),
    QT_TRANSLATE_NOOP("Columns", "Type"),
    QT_TRANSLATE_NOOP("Columns", "Size"),
    QT_TRANSLATE_NOOP("Columns", "SHA-256"),
)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", translate("document_table_model", "KB"), translate("document_table_model", "MB")):
        if value < 1024 or unit == "MB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


class DocumentTableModel(ListTableModel):
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentDTO] = []

    def set_documents(self, documents: list[DocumentDTO]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    def document(self, row: int) -> DocumentDTO:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if doc.url:
                # A linked document has no bytes here: its address in place of a file, size and hash.
                return (doc.title, doc.url, doc.media_type, translate("DocumentTableModel", "link"), "")[col]
            return (doc.title, doc.file_name, doc.media_type, human_size(doc.size), doc.sha256[:16] + "…")[
                col
            ]
        if role == Qt.ItemDataRole.ToolTipRole and doc.url:
            return fmt(translate("DocumentTableModel", "Opens {url} in the web browser"), url=doc.url)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SHA:
            return fmt(
                translate(
                    "DocumentTableModel",
                    "SHA-256 {sha256}: the fingerprint printed in the minutes' list of exhibits",
                ),
                sha256=doc.sha256,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
