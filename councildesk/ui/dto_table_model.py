"""A read-only table model over a list of service DTOs, with one function per column (dialog lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Column = tuple[str, Callable[[Any], Any]]


class DtoTableModel(QAbstractTableModel):
    """Rows come from `load()` (a service query); `refresh()` runs it again."""

    def __init__(
        self, columns: Sequence[Column], load: Callable[[], Sequence[Any]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._load = load
        self._rows: list[Any] = []
        self.refresh()

    def set_loader(self, load: Callable[[], Sequence[Any]]) -> None:
        self._load = load
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self._load())
        self.endResetModel()

    def row(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, id_: int) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == id_), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self._columns[index.column()][1](item)
            return "" if value is None else str(value)
        if role == ROW_ID_ROLE:
            return getattr(item, "id", None)
        return None
