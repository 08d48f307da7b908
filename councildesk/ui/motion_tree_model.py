"""Motions of an agenda item as a tree, amendments under the motion they amend (over services.motions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from councildesk.domain.enums import MotionDisposition, MotionKind
from councildesk.services.dto import MotionDTO, VoteDTO
from councildesk.ui.enum_labels import describe_tally, label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
COL_MOTION, COL_MOVER, COL_SECONDER, COL_DISPOSITION, COL_VOTE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Motion"),
    QT_TRANSLATE_NOOP("Columns", "Mover"),
    QT_TRANSLATE_NOOP("Columns", "Seconder"),
    QT_TRANSLATE_NOOP("Columns", "Disposition"),
    QT_TRANSLATE_NOOP("Columns", "Vote"),
)
MOTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = "#b45309"


def vote_summary(vote: VoteDTO) -> str:
    method = translate("MotionTreeModel", "unanimous") if vote.unanimous else label(vote.method).lower()
    text = f"{describe_tally(vote.tally)} ({method}) — {label(vote.result).lower()}"
    return text + (" ⚠" if vote.warning else "")


class MotionTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._motions: dict[int, MotionDTO] = {}
        self._children: dict[int, list[int]] = {0: []}  # 0: the invisible root

    def set_motions(self, motions: list[MotionDTO]) -> None:
        self.beginResetModel()
        self._motions = {m.id: m for m in motions}
        self._children = {0: []}
        for m in motions:  # the service lists parents before their amendments
            parent = m.parent_motion_id if m.parent_motion_id in self._motions else 0
            self._children.setdefault(parent or 0, []).append(m.id)
            self._children.setdefault(m.id, [])
        self.endResetModel()

    def motion(self, index: Index) -> MotionDTO | None:
        return self._motions.get(index.internalId()) if index.isValid() else None

    def motions(self) -> list[MotionDTO]:
        return list(self._motions.values())

    def index_of(self, motion_id: int) -> QModelIndex:
        motion = self._motions.get(motion_id)
        if motion is None:
            return QModelIndex()
        parent = motion.parent_motion_id if motion.parent_motion_id in self._motions else 0
        return self.createIndex(self._children[parent or 0].index(motion_id), 0, motion_id)

    # -- the model ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else 0
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(parent_id, [])
        if not (0 <= row < len(children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]  # the stubs merge QObject.parent() into this overload
        if not index.isValid():
            return QModelIndex()
        motion = self._motions.get(index.internalId())
        if motion is None or motion.parent_motion_id not in self._motions:
            return QModelIndex()
        return self.index_of(motion.parent_motion_id or 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else 0, []))

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Columns", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        motion = self.motion(index)
        if motion is None:
            return None
        col = index.column()
        vote = motion.votes[-1] if motion.votes else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_MOTION:
                kind = "" if motion.kind is MotionKind.MAIN else f"[{label(motion.kind)}] "
                return kind + motion.text
            if col == COL_MOVER:
                return motion.mover_name
            if col == COL_SECONDER:
                return motion.seconder_name or (
                    translate("MotionTreeModel", "no second")
                    if motion.disposition is MotionDisposition.NO_SECOND
                    else ""
                )
            if col == COL_DISPOSITION:
                return label(motion.disposition)
            if col == COL_VOTE:
                return vote_summary(vote) if vote else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_VOTE and vote is not None and vote.warning:
                return vote.warning
            if col == COL_MOTION:
                return motion.text
            # A column narrowed to fit 1366 px elides its text; the tooltip holds it whole.
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_VOTE and vote is not None and vote.warning:
            return QBrush(QColor(WARNING_COLOUR))
        if role == MOTION_ID_ROLE:
            return motion.id
        return None
