"""Base for table models over an in-memory list of rows with fixed column headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from councildesk.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


class ListTableModel(QAbstractTableModel):
    """Rows are `self._rows` (or what `_row_list()` returns); columns are `HEADERS`."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    _rows: Sequence[Any]

    def _row_list(self) -> Sequence[Any]:
        return self._rows

    def row_at(self, index: Index) -> Any:
        """The row behind a valid index of this model, else None."""
        rows = self._row_list()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        return rows[index.row()]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._row_list())

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Columns", self.HEADERS[section])
        return None
