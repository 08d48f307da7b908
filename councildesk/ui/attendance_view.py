"""Attendance panel: the roll of members with one key per status, late/early times and the quorum light."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import AttendanceStatus
from councildesk.services.dto import AttendanceDTO
from councildesk.ui.attendance_table_model import COL_REASON, COL_STATUS, AttendanceTableModel
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.ui_context import RecordKind, UiContext

STATUS_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_R: AttendanceStatus.REMOTE,
}


class AttendanceTable(QTableView):
    """The roll: P, A, E, R set a status on the current row and move down; Delete clears it."""

    statusKey = Signal(object)  # AttendanceStatus or None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if event.key() in STATUS_KEYS:
                self.statusKey.emit(STATUS_KEYS[Qt.Key(event.key())])
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.statusKey.emit(None)
                return
        super().keyPressEvent(event)


class AttendanceView(QWidget):
    """Who is here: a roll with status keys, 'Mark all present' and a quorum indicator."""

    changed = Signal()

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        services = self.services = context.services
        self.undo_stack = context.undo_stack
        self.report_error = context.report_error
        self.explain_locked = context.explain_locked
        self.meeting_id: int | None = None
        self.read_only = False

        self.model = AttendanceTableModel(services, self._edit_field, self)
        self.table = AttendanceTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("AttendanceView", "Attendance"))
        self.table.setAccessibleDescription(
            translate(
                "AttendanceView",
                "Roll of members. Keys: P present, A absent, E excused, R remote, Delete clears.",
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        # Rows hug the text so that a nine-member roll stays in view at 1366×768 whatever the
        # system's font (Noto Sans lines are a fifth taller than DejaVu's).
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = self.table.horizontalHeader()
        # Names first: the roll is read by name; a long remote reason scrolls (and shows as a tip).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as a keyboard user expects
        self.table.statusKey.connect(self.set_current_status)

        self.quorum_label = QLabel(self)
        self.quorum_label.setAccessibleName(translate("AttendanceView", "Quorum"))
        self.quorum_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quorum_label.setMargin(4)

        self.all_present_button = QPushButton(translate("AttendanceView", "Mark all &present"), self)
        self.all_present_button.setAccessibleName(translate("AttendanceView", "Mark all present"))
        self.all_present_button.clicked.connect(self.mark_all_present)
        buttons = QHBoxLayout()
        self.status_buttons: dict[AttendanceStatus | None, QPushButton] = {}
        for text, status in (
            (translate("AttendanceView", "Present"), AttendanceStatus.PRESENT),
            (translate("AttendanceView", "Absent"), AttendanceStatus.ABSENT),
            (translate("AttendanceView", "Excused"), AttendanceStatus.EXCUSED),
            (translate("AttendanceView", "Remote…"), AttendanceStatus.REMOTE),
            (translate("AttendanceView", "Clear"), None),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(
                fmt(translate("AttendanceView", "Mark selected member {text}"), text=text.rstrip("…").lower())
            )
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, s=status: self.set_current_status(s))
            if status is not None:  # Clear goes on the second row: four fit a narrow pane in French too
                buttons.addWidget(button)
            self.status_buttons[status] = button
        self.late_button = QPushButton(translate("AttendanceView", "Arrived…"), self)
        self.late_button.setAccessibleName(
            translate("AttendanceView", "Record arrival time of selected member")
        )
        self.late_button.clicked.connect(lambda: self.ask_time("arrived_at"))
        self.early_button = QPushButton(translate("AttendanceView", "Left…"), self)
        self.early_button.setAccessibleName(
            translate("AttendanceView", "Record leaving time of selected member")
        )
        self.early_button.clicked.connect(lambda: self.ask_time("left_at"))
        times = QHBoxLayout()
        times.addWidget(self.all_present_button)
        times.addWidget(self.status_buttons[None])
        times.addStretch(1)
        times.addWidget(self.late_button)
        times.addWidget(self.early_button)

        title = QLabel(translate("AttendanceView", "<b>Attendance</b>"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(times)
        self.setTabOrder(self.table, self.all_present_button)
        self.set_meeting(None)

    # -- state ------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, read_only: bool = False) -> None:
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.model.read_only = read_only
        self.model.set_meeting(meeting_id)
        for widget in (
            self.all_present_button,
            self.late_button,
            self.early_button,
            *self.status_buttons.values(),
        ):
            widget.setEnabled(meeting_id is not None and not read_only)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, COL_STATUS))
        self.update_quorum()

    def refresh(self) -> None:
        current = self.table.currentIndex()
        row, col = current.row(), current.column()
        self.model.refresh()
        if row >= 0 and row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, max(col, 0)))
        self.update_quorum()

    def update_quorum(self) -> None:
        if self.meeting_id is None:
            self.quorum_label.setText(translate("AttendanceView", "No meeting selected."))
            self.quorum_label.setStyleSheet("")
            return
        q = self.services.meetings.quorum(self.meeting_id)
        if q.has_quorum:
            text = fmt(
                translate(
                    "AttendanceView",
                    "✔ Quorum present: {present} of {seats_filled} members here ({required} needed)",
                ),
                present=q.present,
                seats_filled=q.seats_filled,
                required=q.required,
            )
            style = "background:#d9f0d3; color:#1d4d17; border-radius:3px;"
        else:
            text = fmt(
                translate("AttendanceView", "✘ No quorum: {present} present, {required} needed"),
                present=q.present,
                required=q.required,
            )
            style = "background:#f6d5d5; color:#6b1010; border-radius:3px;"
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(style)
        self.quorum_label.setAccessibleDescription(text)

    def current_row(self) -> AttendanceDTO | None:
        index = self.table.currentIndex()
        return self.model.row_of(index) if index.isValid() else None

    # -- changes ----------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _apply(self, before: AttendanceDTO, status: AttendanceStatus | None, **changes: Any) -> bool:
        """Record one member's attendance as one undoable step (the old values are its undo)."""
        if self.meeting_id is None:
            return False
        if self.read_only:
            self.explain_locked()
            return False
        meeting_id, person_id = self.meeting_id, before.person_id
        arrived = changes.get("arrived_at", before.arrived_at)
        left = changes.get("left_at", before.left_at)
        reason = changes.get("remote_reason", before.remote_reason)
        if status is not AttendanceStatus.REMOTE:
            reason = ""
        if status is None:
            arrived = left = None

        meetings = self.services.meetings

        def update(version: int | None, values: dict[str, Any]) -> AttendanceDTO:
            return meetings.set_attendance(meeting_id, person_id, expected_version=version, **values)

        fields = ("status", "arrived_at", "left_at", "remote_reason")

        what = status.value if status else translate("AttendanceView", "not recorded")
        text = fmt(
            translate("AttendanceView", "Mark {person_name} {replace}"),
            person_name=before.person_name,
            replace=what.replace("_", " "),
        )
        return (
            # Made from the row as shown: refused if another clerk recorded this member since.
            self.context.push_edit(
                text,
                update,
                dict(zip(fields, (status, arrived, left, reason), strict=True)),
                {key: getattr(before, key) for key in fields},
                self._changed,
                version=before.row_version,
                meeting_id=self.meeting_id,
                kinds=(RecordKind.ATTENDANCE,),
            )
            is not None
        )

    def set_current_status(self, status: AttendanceStatus | None) -> None:
        row = self.current_row()
        if row is None:
            return
        if self.read_only:
            self.explain_locked()
            return
        reason = row.remote_reason
        if status is AttendanceStatus.REMOTE:
            text, ok = QInputDialog.getText(
                self,
                translate("AttendanceView", "Remote participation"),
                fmt(
                    translate(
                        "AttendanceView",
                        "Why does {person_name} take part remotely?\n(The minutes must state the reason.)",
                    ),
                    person_name=row.person_name,
                ),
                QLineEdit.EchoMode.Normal,
                reason,
            )
            if not ok:
                return
            reason = text
        if self._apply(row, status, remote_reason=reason):
            index = self.table.currentIndex()
            if index.row() + 1 < self.model.rowCount():  # roll call: move on to the next member
                self.table.setCurrentIndex(self.model.index(index.row() + 1, index.column()))

    def _edit_field(self, person_id: int, field: str, value: Any) -> bool:
        row = next((r for r in self.model.rows() if r.person_id == person_id), None)
        if row is None:
            return False
        status = row.status
        if (
            field in ("arrived_at", "left_at")
            and value is not None
            and status in (None, AttendanceStatus.ABSENT)
        ):
            status = AttendanceStatus.PRESENT  # a time of arrival means they came
        if field == "remote_reason":
            status = AttendanceStatus.REMOTE if str(value).strip() else status
        return self._apply(row, status, **{field: value})

    def ask_time(self, field: str) -> None:
        row = self.current_row()
        if row is None or self.meeting_id is None:
            return
        if self.read_only:
            self.explain_locked()
            return
        start = self.services.meetings.get_meeting(self.meeting_id).scheduled_start
        current: datetime | None = getattr(row, field)
        shown = current or datetime.now().replace(year=start.year, month=start.month, day=start.day)
        verb = "arrive" if field == "arrived_at" else "leave"
        text, ok = QInputDialog.getText(
            self,
            translate("AttendanceView", "Arrived late")
            if field == "arrived_at"
            else translate("AttendanceView", "Left early"),
            fmt(
                translate("AttendanceView", "When did {person_name} {verb}? (HH:MM, empty to clear)"),
                person_name=row.person_name,
                verb=verb,
            ),
            QLineEdit.EchoMode.Normal,
            f"{shown:%H:%M}",
        )
        if not ok:
            return
        text = text.strip()
        at: datetime | None = None
        if text:
            try:
                parsed = datetime.strptime(text, "%H:%M")
            except ValueError:
                self.report_error(
                    fmt(
                        translate(
                            "AttendanceView", "“{text}” is not a time; type it as HH:MM, for example 19:25."
                        ),
                        text=text,
                    )
                )
                return
            at = start.replace(hour=parsed.hour, minute=parsed.minute, second=0)
        self._edit_field(row.person_id, field, at)

    def mark_all_present(self) -> None:
        if self.meeting_id is None:
            return
        if self.read_only:
            self.explain_locked()
            return
        meeting_id = self.meeting_id
        unrecorded = [r.person_id for r in self.model.rows() if r.status is None]

        def undo(_: Any) -> None:
            for person_id in unrecorded:
                self.services.meetings.set_attendance(meeting_id, person_id, None)

        self.context.push(
            translate("AttendanceView", "Mark all present"),
            lambda: self.services.meetings.mark_all_present(meeting_id),
            undo,
            self._changed,
            meeting_id=self.meeting_id,
            kinds=(RecordKind.ATTENDANCE,),
        )

    @staticmethod
    def shortcut_help() -> list[tuple[str, str]]:
        return [
            (QKeySequence("P").toString(), translate("AttendanceView", "Attendance: mark present")),
            (QKeySequence("A").toString(), translate("AttendanceView", "Attendance: mark absent")),
            (QKeySequence("E").toString(), translate("AttendanceView", "Attendance: mark excused")),
            (
                QKeySequence("R").toString(),
                translate("AttendanceView", "Attendance: mark remote (asks the reason)"),
            ),
            (
                QKeySequence(Qt.Key.Key_Delete).toString(),
                translate("AttendanceView", "Attendance: clear the status"),
            ),
        ]
