"""People matching what the clerk types, as a list model for completers (over services.people.find_people)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from councildesk.services.container import Services
from councildesk.services.dto import PersonDTO

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 20  # a completer popup is for picking, not browsing


class PersonListModel(QAbstractListModel):
    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._rows: list[PersonDTO] = []
        self._query: str | None = None

    def search(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        self.beginResetModel()
        self._rows = self.services.people.find_people(text, limit=LIMIT)
        self.endResetModel()

    def find(self, name: str) -> PersonDTO | None:
        """The person whose name is exactly `name` among the current matches (case-insensitive)."""
        wanted = name.strip().casefold()
        return next((p for p in self._rows if p.display_name.casefold() == wanted), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return person.display_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(x for x in (person.title, person.affiliation, person.residence) if x) or None
        if role == PERSON_ID_ROLE:
            return person.id
        return None
