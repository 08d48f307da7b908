"""The roll being called: one row per voting member in roll order with the option entered so far."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from councildesk.domain.enums import AttendanceStatus, BallotOption
from councildesk.services.dto import AttendanceDTO
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from councildesk.ui.list_table_model import Index, ListTableModel

COL_SEAT, COL_MEMBER, COL_ATTENDANCE, COL_VOTE, COL_NOTE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Seat"),
    QT_TRANSLATE_NOOP("Columns", "Member"),
    QT_TRANSLATE_NOOP("Columns", "Attendance"),
    QT_TRANSLATE_NOOP("Columns", "Vote"),
    QT_TRANSLATE_NOOP("Columns", "Note"),
)
NOT_THERE = (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
OPTION_COLOURS = {
    BallotOption.YES: "#dff3dc",
    BallotOption.NO: "#f7dcdc",
    BallotOption.ABSTAIN: "#f3ecd6",
    BallotOption.RECUSED: "#e6e0f3",
    BallotOption.PRESENT: "#e2ecf6",
    BallotOption.ABSENT: "#ececec",
    BallotOption.EXCUSED: "#ececec",
    BallotOption.OTHER: "#f6e7da",
}
Choice = tuple[BallotOption, str]


class BallotTableModel(ListTableModel):
    HEADERS = HEADERS

    def __init__(self, members: list[AttendanceDTO], parent: Any = None) -> None:
        super().__init__(parent)
        self._members = list(members)
        # Members recorded absent or excused cannot vote: their ballot is filled in already.
        self._choices: dict[int, Choice] = {
            m.person_id: (
                BallotOption.EXCUSED if m.status is AttendanceStatus.EXCUSED else BallotOption.ABSENT,
                "",
            )
            for m in members
            if m.status in NOT_THERE
        }

    def member(self, row: int) -> AttendanceDTO:
        return self._members[row]

    def is_away(self, row: int) -> bool:
        return self._members[row].status in NOT_THERE

    def choice(self, row: int) -> Choice | None:
        return self._choices.get(self._members[row].person_id)

    def set_choice(self, row: int, option: BallotOption, note: str = "") -> None:
        self._choices[self._members[row].person_id] = (option, note)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def ballots(self) -> dict[int, Choice]:
        return dict(self._choices)

    def missing(self) -> list[str]:
        return [m.person_name for m in self._members if m.person_id not in self._choices]

    def _row_list(self) -> list[AttendanceDTO]:
        return self._members

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        choice = self._choices.get(member.person_id)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_SEAT:
                return member.post_label
            if col == COL_MEMBER:
                return member.person_name
            if col == COL_ATTENDANCE:
                return (
                    label(member.status) if member.status else translate("BallotTableModel", "not recorded")
                )
            if col == COL_VOTE:
                return label(choice[0]) if choice else "—"
            if col == COL_NOTE:
                return choice[1] if choice else ""
        if role == Qt.ItemDataRole.BackgroundRole and choice is not None:
            return QBrush(QColor(OPTION_COLOURS[choice[0]]))
        return None
