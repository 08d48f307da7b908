"""Matters matching what the clerk types (number or title), for the matter completer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from councildesk.services.container import Services
from councildesk.services.dto import MatterDTO

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
MATTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 20


def matter_text(matter: MatterDTO) -> str:
    return f"{matter.identifier} — {matter.title}"


class MatterListModel(QAbstractListModel):
    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._rows: list[MatterDTO] = []
        self._query: str | None = None

    def search(self, text: str) -> None:
        # The completer shows "R-11-034 — Title"; search on what precedes the dash.
        text = text.split(" — ")[0].strip()
        if text == self._query:
            return
        self._query = text
        self.beginResetModel()
        self._rows = self.services.matters.find_matters(text, limit=LIMIT)
        self.endResetModel()

    def find(self, text: str) -> MatterDTO | None:
        """The matter the text names: its identifier, or identifier — title as the completer wrote it."""
        self.search(text)
        wanted = text.split(" — ")[0].strip().casefold()
        return next((m for m in self._rows if m.identifier.casefold() == wanted), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        matter = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return matter_text(matter)
        if role == MATTER_ID_ROLE:
            return matter.id
        return None
