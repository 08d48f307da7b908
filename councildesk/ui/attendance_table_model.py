"""Attendance grid model: one row per member seated on the meeting date, over services.meetings.attendance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QBrush, QColor

from councildesk.domain.enums import AttendanceStatus, MembershipRole
from councildesk.services.container import Services
from councildesk.services.dto import AttendanceDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from councildesk.ui.list_table_model import Index, ListTableModel

# Asked to change one row: (person_id, field, value) -> accepted?
EditHandler = Callable[[int, str, Any], bool]

COL_SEAT, COL_NAME, COL_STATUS, COL_ARRIVED, COL_LEFT, COL_REASON = range(6)
# "Reason" (why a member takes part remotely): the last column is the one squeezed at 1366×768,
# where "Remote because" was cut to "ote bec"; the full reason is the cell's tip.
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Seat"),
    QT_TRANSLATE_NOOP("Columns", "Member"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Arrived"),
    QT_TRANSLATE_NOOP("Columns", "Left"),
    QT_TRANSLATE_NOOP("Columns", "Reason"),
)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {
    AttendanceStatus.PRESENT: "#e3f4e1",
    AttendanceStatus.REMOTE: "#e1ecf7",
    AttendanceStatus.ABSENT: "#f8e1e1",
    AttendanceStatus.EXCUSED: "#f5efd9",
}


def status_text(status: AttendanceStatus | None) -> str:
    return label(status) if status is not None else "—"


class AttendanceTableModel(ListTableModel):
    HEADERS = HEADERS

    def __init__(self, services: Services, edit: EditHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._edit = edit
        self._meeting_id: int | None = None
        self._rows: list[AttendanceDTO] = []
        self.read_only = False

    def set_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.services.meetings.attendance(self._meeting_id) if self._meeting_id else []
        self.endResetModel()

    def row_of(self, index: Index) -> AttendanceDTO:
        return self._rows[index.row()]

    def rows(self) -> list[AttendanceDTO]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_SEAT:
                return row.post_label
            if col == COL_NAME:
                extra = "" if row.role is MembershipRole.MEMBER else f" ({label(row.role)})"
                return row.person_name + extra
            if col == COL_STATUS:
                return status_text(row.status)
            if col == COL_ARRIVED:
                return f"{row.arrived_at:%H:%M}" if row.arrived_at else ""
            if col == COL_LEFT:
                return f"{row.left_at:%H:%M}" if row.left_at else ""
            if col == COL_REASON:
                return row.remote_reason
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_STATUS:
                return row.status.value if row.status else ""
            if col in (COL_ARRIVED, COL_LEFT):
                at = row.arrived_at if col == COL_ARRIVED else row.left_at
                return QTime(at.hour, at.minute) if at else QTime(19, 0)
            if col == COL_REASON:
                return row.remote_reason
            return self.data(index)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS and row.status is not None:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [row.person_name + (f", {row.post_label}" if row.post_label else "")]
            if row.remote_reason:
                tips.append(
                    fmt(
                        translate("AttendanceTableModel", "Remote because: {remote_reason}"),
                        remote_reason=row.remote_reason,
                    )
                )
            if not row.voting:
                tips.append(translate("AttendanceTableModel", "Does not vote on this body."))
            return "\n".join(tips)
        if role == PERSON_ID_ROLE:
            return row.person_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (COL_ARRIVED, COL_LEFT, COL_REASON):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row = self._rows[index.row()]
        col = index.column()
        if col in (COL_ARRIVED, COL_LEFT):
            at: datetime | None = None
            if isinstance(value, QTime) and value.isValid():
                day = self.meeting_day()
                at = datetime(day.year, day.month, day.day, value.hour(), value.minute())
            field = "arrived_at" if col == COL_ARRIVED else "left_at"
            return self._edit(row.person_id, field, at)
        if col == COL_REASON:
            return self._edit(row.person_id, "remote_reason", str(value))
        return False

    def meeting_day(self) -> datetime:
        assert self._meeting_id is not None
        return self.services.meetings.get_meeting(self._meeting_id).scheduled_start
