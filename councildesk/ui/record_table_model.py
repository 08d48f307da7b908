"""A member's ballots as a lazily fetched table: pages come from SQL as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from councildesk.services.voting_record_dto import RecordFilter, RecordRow, RecordSort
from councildesk.services.voting_record_service import VotingRecordService
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

PAGE = 100
COL_DATE, COL_ITEM, COL_MATTER, COL_MOTION, COL_VOTE, COL_RESULT, COL_SIDE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Item"),
    QT_TRANSLATE_NOOP("Columns", "Matter"),
    QT_TRANSLATE_NOOP("Columns", "Motion"),
    QT_TRANSLATE_NOOP("Columns", "Vote"),
    QT_TRANSLATE_NOOP("Columns", "Result"),
    QT_TRANSLATE_NOOP("Columns", "Majority"),
)
SORT_OF = {
    COL_DATE: RecordSort.DATE,
    COL_ITEM: RecordSort.TITLE,
    COL_MATTER: RecordSort.MATTER,
    COL_VOTE: RecordSort.OPTION,
    COL_RESULT: RecordSort.RESULT,
}
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Holds only the pages fetched so far; `total` is the SQL count of the whole record."""

    def __init__(self, records: VotingRecordService, parent: Any = None) -> None:
        super().__init__(parent)
        self.records = records
        self.person_id: int | None = None
        self.filter = RecordFilter()
        self.sort_key = RecordSort.DATE
        self.descending = True
        self.rows: list[RecordRow] = []
        self.total = 0

    def set_query(self, person_id: int | None, flt: RecordFilter) -> None:
        """Show another member or filter; raises UserError (nothing changes) on a bad request."""
        first = self._page(person_id, flt, 0) if person_id is not None else None
        self.beginResetModel()
        self.person_id, self.filter = person_id, flt
        self.rows = list(first.rows) if first else []
        self.total = first.total if first else 0
        self.endResetModel()

    def _page(self, person_id: int, flt: RecordFilter, offset: int) -> Any:
        return self.records.record_page(
            person_id, flt, sort=self.sort_key, descending=self.descending, offset=offset, limit=PAGE
        )

    def row_at(self, row: int) -> RecordRow:
        return self.rows[row]

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.person_id is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self.person_id is None:
            return
        page = self._page(self.person_id, self.filter, len(self.rows))
        if not page.rows:
            self.total = len(self.rows)  # the record shrank meanwhile; stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.total = page.total
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_VOTE and r.note:
                return r.note
            if col in (COL_ITEM, COL_MOTION):
                return fmt(
                    translate(
                        "RecordTableModel",
                        "{item_title}\n{motion_text}\n{body_name}, meeting {meeting_id} — Enter opens it",
                    ),
                    item_title=r.item_title,
                    motion_text=r.motion_text,
                    body_name=r.body_name,
                    meeting_id=r.meeting_id,
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DATE, COL_RESULT):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(r: RecordRow, col: int) -> str:
        if col == COL_DATE:
            return r.taken_on.isoformat()
        if col == COL_ITEM:
            return f"{r.item_number} {r.item_title}".strip()
        if col == COL_MATTER:
            return r.matter_identifier
        if col == COL_MOTION:
            return r.motion_text
        if col == COL_VOTE:
            return r.option.value + (" *" if r.note else "")
        if col == COL_RESULT:
            return f"{label(r.result).lower()} {r.yes}–{r.no}"
        side = r.with_majority
        return "" if side is None else ("with" if side else "against")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by SQL, so it covers the whole record, not just the rows fetched."""
        key = SORT_OF.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.set_query(self.person_id, self.filter)
