"""The sponsors of a matter, primary first, with non-members marked (over services.matters)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from councildesk.services.dto import SponsorDTO
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.list_table_model import Index, ListTableModel

COL_ROLE, COL_NAME, COL_TITLE, COL_MEMBER = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Sponsor"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Council member?"),
)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NON_MEMBER_COLOUR = "#fff4d6"


class SponsorTableModel(ListTableModel):
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SponsorDTO, ...] = ()

    def set_sponsors(self, sponsors: tuple[SponsorDTO, ...]) -> None:
        self.beginResetModel()
        self._rows = sponsors
        self.endResetModel()

    def sponsors(self) -> tuple[SponsorDTO, ...]:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                translate("SponsorTableModel", "Primary sponsor")
                if row.is_primary
                else translate("SponsorTableModel", "Co-sponsor"),
                row.name,
                row.title,
                translate("SponsorTableModel", "Member")
                if row.is_member
                else translate("SponsorTableModel", "Non-member"),
            )[col]
        if role == Qt.ItemDataRole.BackgroundRole and not row.is_member:
            return QBrush(QColor(NON_MEMBER_COLOUR))
        if role == Qt.ItemDataRole.FontRole and col == COL_ROLE and row.is_primary:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not row.is_member:
            return fmt(
                translate(
                    "SponsorTableModel",
                    "{name} is not a member of the council; the minutes name them with their title.",
                ),
                name=row.name,
            )
        if role == PERSON_ID_ROLE:
            return row.person_id
        return None
