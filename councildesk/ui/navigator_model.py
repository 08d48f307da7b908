"""The navigator's lazy tree model: bodies → years → meetings, fetched from the services on demand.

Nothing is loaded until a node is expanded: a body's years come from `meeting_years`, a year's
meetings from `list_meetings(body_id=, year=)` in pages of `PAGE`, so a 30-year history opens
as fast as a new one. With a filter text the tree becomes a flat, paged list of matches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from councildesk.domain.enums import MinutesStatus
from councildesk.services.container import Services
from councildesk.services.dto import MeetingSummary
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.local_dates import short_date

PAGE = 100
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


class NodeKind(Enum):
    ROOT = "root"
    BODY = "body"
    YEAR = "year"
    MEETING = "meeting"


@dataclass(eq=False)
class Node:
    kind: NodeKind
    parent: Node | None
    text: str = ""
    body_id: int = 0
    year: int = 0
    total: int = 0  # how many children exist in the database (years: their meetings)
    meeting: MeetingSummary | None = None
    fetched: bool = False
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def meeting_text(m: MeetingSummary, with_body: bool = False) -> str:
    """'Thu 18 Aug · Regular' under its year; with the year and body in a flat list of matches."""
    kind = label(m.kind)
    when = short_date(m.scheduled_start, weekday=True, with_year=with_body)
    text = f"{when} · {kind}"
    if m.title:
        text += f": {m.title}"
    return f"{m.body_name}, {text}" if with_body else text


class NavigatorModel(QAbstractItemModel):
    """Bodies at the top; years and meetings fetched only when the view asks for them."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._filter = ""
        self._root = Node(NodeKind.ROOT, None)
        self._load_root()

    # -- loading ----------------------------------------------------------------------
    def _load_root(self) -> None:
        self._root = Node(NodeKind.ROOT, None)
        if self._filter:
            # The first page of matches comes with the reset (views show them at once);
            # further pages are fetched as the list is scrolled.
            self._root.children = self._match_nodes(0)
            self._root.fetched = len(self._root.children) < PAGE
            return
        names = {b.id: b.name for b in self.services.bodies.list_bodies()}
        for body in self.services.meetings.meeting_bodies():  # parties and groups hold no meetings
            text = body.name
            if body.parent_id is not None and body.parent_id in names:
                text = f"{body.name} ({names[body.parent_id]})"
            self._root.children.append(Node(NodeKind.BODY, self._root, text=text, body_id=body.id))
        self._root.fetched = True

    def reload(self) -> None:
        self.beginResetModel()
        self._load_root()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        text = text.strip()
        if text == self._filter:
            return
        self._filter = text
        self.reload()

    def filter_text(self) -> str:
        return self._filter

    def _node(self, index: Index) -> Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, Node)
            return node
        return self._root

    def _more_to_fetch(self, node: Node) -> bool:
        if node.kind is NodeKind.ROOT:
            return bool(self._filter) and not node.fetched
        if node.kind is NodeKind.BODY:
            return not node.fetched
        if node.kind is NodeKind.YEAR:
            return len(node.children) < node.total
        return False

    def canFetchMore(self, parent: Index) -> bool:
        return self._more_to_fetch(self._node(parent))

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if not self._more_to_fetch(node):
            return
        if node.kind is NodeKind.BODY:
            years = self.services.meetings.meeting_years(node.body_id)
            node.fetched = True
            if years:
                self.beginInsertRows(parent, 0, len(years) - 1)
                node.children = [
                    Node(NodeKind.YEAR, node, text=f"{y} ({n})", body_id=node.body_id, year=y, total=n)
                    for y, n in years
                ]
                self.endInsertRows()
            return
        if node.kind is NodeKind.YEAR:
            rows = self.services.meetings.list_meetings(
                body_id=node.body_id,
                year=node.year,
                limit=PAGE,
                offset=len(node.children),
                newest_first=False,
            )
            if not rows:  # the count was stale (a meeting was deleted elsewhere)
                node.total = len(node.children)
                return
            first = len(node.children)
            self.beginInsertRows(parent, first, first + len(rows) - 1)
            node.children.extend(
                Node(NodeKind.MEETING, node, text=meeting_text(m), body_id=m.body_id, meeting=m) for m in rows
            )
            self.endInsertRows()
            return
        # filtered root: matches across every body, newest first
        matches = self._match_nodes(len(node.children))
        node.fetched = len(matches) < PAGE
        if matches:
            self.beginInsertRows(parent, len(node.children), len(node.children) + len(matches) - 1)
            node.children.extend(matches)
            self.endInsertRows()

    def _match_nodes(self, offset: int) -> list[Node]:
        rows = self.services.meetings.list_meetings(text=self._filter, limit=PAGE, offset=offset)
        return [
            Node(NodeKind.MEETING, self._root, text=meeting_text(m, True), body_id=m.body_id, meeting=m)
            for m in rows
        ]

    # -- the model interface ----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]  # the stubs merge QObject.parent() into this overload
        if not child.isValid():
            return QModelIndex()
        node = self._node(child).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = ROOT) -> bool:
        node = self._node(parent)
        if node.kind is NodeKind.MEETING:
            return False
        if node.kind is NodeKind.YEAR:
            return node.total > 0
        if node.kind is NodeKind.BODY and not node.fetched:
            return True  # we learn whether it has meetings when it is expanded
        return bool(node.children) or self._more_to_fetch(node)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole and node.meeting is not None:
            m = node.meeting
            state = (
                translate("NavigatorModel", "minutes approved")
                if m.minutes_status is MinutesStatus.APPROVED
                else translate("NavigatorModel", "minutes draft")
            )
            where = (
                fmt(translate("NavigatorModel", " at {location}"), location=m.location) if m.location else ""
            )
            return f"{meeting_text(m, True)}, {m.scheduled_start:%H:%M}{where} ({state})"
        if role == Qt.ItemDataRole.ToolTipRole and node.kind is NodeKind.BODY:
            return node.text  # a long body name is cut short in a narrow list; the tip shows it whole
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.BODY:
            font = QFont()
            font.setBold(True)
            return font
        if role == MEETING_ID_ROLE:
            return node.meeting.id if node.meeting else None
        if role == NODE_KIND_ROLE:
            return node.kind.value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return translate("NavigatorModel", "Meetings")
        return None

    # -- finding a meeting ------------------------------------------------------------
    def index_of_meeting(self, meeting_id: int) -> QModelIndex:
        """Fetch just the body and year that hold `meeting_id` and return its index (or invalid)."""
        if self._filter:
            parent = QModelIndex()
            while True:
                for row, child in enumerate(self._root.children):
                    if child.meeting and child.meeting.id == meeting_id:
                        return self.index(row, 0, parent)
                if not self.canFetchMore(parent):
                    return QModelIndex()
                self.fetchMore(parent)
        meeting = self.services.meetings.get_meeting(meeting_id)
        for body_row, body in enumerate(self._root.children):
            if body.body_id != meeting.body_id:
                continue
            body_index = self.index(body_row, 0)
            self.fetchMore(body_index)
            for year_row, year in enumerate(body.children):
                if year.year != meeting.scheduled_start.year:
                    continue
                year_index = self.index(year_row, 0, body_index)
                while True:
                    for row, child in enumerate(year.children):
                        if child.meeting and child.meeting.id == meeting_id:
                            return self.index(row, 0, year_index)
                    if not self.canFetchMore(year_index):
                        return QModelIndex()
                    self.fetchMore(year_index)
        return QModelIndex()
