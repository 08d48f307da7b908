"""Speakers of an agenda item in speaking order (over services.speakers); summaries edit in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from councildesk.services.dto import SpeakerDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.list_table_model import Index, ListTableModel

COL_ORDER, COL_NAME, COL_KIND, COL_STANCE, COL_STARTED, COL_SUMMARY = range(6)
HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Columns", "Speaker"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Stance"),
    QT_TRANSLATE_NOOP("Columns", "Started"),
    QT_TRANSLATE_NOOP("Columns", "Summary"),
)
# Asked to change a speaker's field: (speaker, field, value) -> accepted?
EditHandler = Callable[[SpeakerDTO, str, Any], bool]


class SpeakerTableModel(ListTableModel):
    HEADERS = HEADERS

    def __init__(self, edit: EditHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._rows: list[SpeakerDTO] = []
        self.read_only = False

    def set_speakers(self, speakers: list[SpeakerDTO]) -> None:
        self.beginResetModel()
        self._rows = list(speakers)
        self.endResetModel()

    def speaker(self, row: int) -> SpeakerDTO:
        return self._rows[row]

    def row_of_id(self, speaker_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == speaker_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_SUMMARY and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sp = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                str(index.row() + 1),
                sp.described,
                label(sp.kind),
                label(sp.stance) if sp.stance else "",
                f"{sp.started_at:%H:%M}" if sp.started_at else "",
                sp.summary,
            )[col]
        if role == Qt.ItemDataRole.EditRole and col == COL_SUMMARY:
            return sp.summary
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STARTED and sp.started_at:
            return fmt(
                translate("SpeakerTableModel", "Started speaking at {started_at}"),
                started_at=format(sp.started_at, "%H:%M:%S"),
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_SUMMARY:
            return False
        speaker = self._rows[index.row()]
        if str(value) == speaker.summary:
            return False
        # The handler stores the change and refreshes the model (one undoable step).
        return self._edit(speaker, "summary", str(value))
