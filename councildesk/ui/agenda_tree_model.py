"""Agenda tree model: sections and nested items over services.agenda.list_items, with drag and drop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from councildesk.domain.enums import AgendaItemKind
from councildesk.services.container import Services
from councildesk.services.dto import AgendaItemDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
EditHandler = Callable[[int, dict[str, Any]], bool]  # (item_id, changes) -> accepted?
MoveHandler = Callable[[int, int | None, int], None]  # (item_id, new parent id, position)

COL_NUMBER, COL_TITLE, COL_KIND, COL_STARTED = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "No."),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Started"),
)
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-councildesk-agenda-item"


class AgendaTreeModel(QAbstractItemModel):
    """The agenda as a tree; internal ids are agenda item ids (0 is the invisible root)."""

    def __init__(self, services: Services, edit: EditHandler, move: MoveHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._edit = edit
        self._move = move
        self.meeting_id: int | None = None
        self.read_only = False
        self._items: dict[int, AgendaItemDTO] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self.current_item_id: int | None = None

    # -- loading ----------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        items = self.services.agenda.list_items(self.meeting_id) if self.meeting_id else []
        self._items = {i.id: i for i in items}
        self._children = {None: []}
        for item in items:  # list_items is in outline order, so siblings arrive in position order
            self._children.setdefault(item.parent_id, []).append(item.id)
        started = [i for i in items if i.started_at is not None]
        self.current_item_id = max(started, key=lambda i: (i.started_at, i.id)).id if started else None
        self.endResetModel()

    def item(self, index: Index) -> AgendaItemDTO | None:
        return self._items.get(index.internalId()) if index.isValid() else None

    def item_by_id(self, item_id: int) -> AgendaItemDTO | None:
        return self._items.get(item_id)

    def items(self) -> list[AgendaItemDTO]:
        return list(self._items.values())

    def children_of(self, item_id: int | None) -> list[int]:
        return list(self._children.get(item_id, []))

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        item = self._items.get(item_id)
        if item is None:
            return QModelIndex()
        row = self._children[item.parent_id].index(item_id)
        return self.createIndex(row, column, item_id)

    # -- the model interface ----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        parent_item = self.item(parent)
        parent_id = parent_item.id if parent_item is not None else None
        siblings = self._children.get(parent_id, [])
        if not (0 <= row < len(siblings) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]  # the stubs merge QObject.parent() into this overload
        item = self.item(child)
        if item is None or item.parent_id is None:
            return QModelIndex()
        return self.index_of(item.parent_id)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._children[None])
        return len(self._children.get(parent.internalId(), []))

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Columns", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_NUMBER:
                return item.number
            if col == COL_TITLE:
                return item.title + (translate("AgendaTreeModel", " (consent)") if item.consent else "")
            if col == COL_KIND:
                return label(item.kind)
            if col == COL_STARTED:
                return f"{item.started_at:%H:%M}" if item.started_at else ""
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_TITLE:
                return item.title
            if col == COL_KIND:
                return item.kind.value
            return self.data(index)
        if role == Qt.ItemDataRole.FontRole and (
            item.kind is AgendaItemKind.SECTION or item.id == self.current_item_id
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.id == self.current_item_id:
            return QBrush(QColor("#fff2b3"))  # the item now under discussion
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{item.number} {item.title}"
            return tip + (
                translate("AgendaTreeModel", " — now under discussion")
                if item.id == self.current_item_id
                else ""
            )
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in (COL_TITLE, COL_KIND):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        if index.column() == COL_TITLE:
            if str(value) == item.title:
                return False
            return self._edit(item.id, {"title": str(value)})
        if index.column() == COL_KIND:
            try:
                kind = AgendaItemKind(str(value))
            except ValueError:
                return False
            return kind is not item.kind and self._edit(item.id, {"kind": kind})
        return False

    # -- drag and drop ----------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        mime = QMimeData()
        items = [self.item(i) for i in indexes if i.column() == 0]
        ids = [item.id for item in items if item is not None]
        if ids:
            mime.setData(MIME_TYPE, QByteArray(str(ids[0]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.read_only or not data.hasFormat(MIME_TYPE):
            return False
        dragged = int(bytes(data.data(MIME_TYPE).data()).decode() or 0)
        target = self.item(parent)
        while target is not None:  # not into itself or its own sub-items
            if target.id == dragged:
                return False
            target = self._items.get(target.parent_id) if target.parent_id else None
        return True

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = int(bytes(data.data(MIME_TYPE).data()).decode())
        parent_item = self.item(parent)
        parent_id = parent_item.id if parent_item else None
        siblings = self._children.get(parent_id, [])
        position = len(siblings) if row < 0 else row
        if dragged in siblings and siblings.index(dragged) < position:
            position -= 1  # the item leaves its old place first
        # The service moves it; the view must not remove rows itself, so report "not dropped".
        self._move(dragged, parent_id, position)
        return False
