"""A completer for people's names that asks the database as the clerk types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from councildesk.services.container import Services
from councildesk.services.dto import PersonDTO
from councildesk.ui.person_list_model import PersonListModel


class PersonCompleter(QCompleter):
    """Attach to a QLineEdit; `person_for(text)` tells whether the text names a known person."""

    def __init__(self, services: Services, line_edit: QLineEdit, parent: Any = None) -> None:
        self.people = PersonListModel(services)
        super().__init__(self.people, parent or line_edit)
        self.people.setParent(self)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line_edit.setCompleter(self)
        line_edit.textEdited.connect(self.people.search)

    def person_for(self, text: str) -> PersonDTO | None:
        self.people.search(text.strip())
        return self.people.find(text)
