"""The "Meeting" tab: header with live-mode buttons, read-only banner, attendance, agenda and item panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import MeetingStatus
from councildesk.domain.messages import as_read
from councildesk.services.dto import MeetingDTO
from councildesk.ui.agenda_view import AgendaView
from councildesk.ui.attendance_view import AttendanceView
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.item_panel import ItemPanel
from councildesk.ui.local_dates import long_date, window_style
from councildesk.ui.meeting_dialog import MeetingHeaderDialog
from councildesk.ui.ui_context import RecordChange, RecordKind, UiContext


def locked_banner_text(meeting: MeetingDTO, approved_on: Any) -> str:
    when = (
        fmt(translate("meeting_view", " on {long_date}"), long_date=long_date(approved_on))
        if approved_on
        else ""
    )
    return fmt(
        translate(
            "meeting_view", "Minutes approved{when} — read only; record corrections in the Minutes tab."
        ),
        when=when,
    )


class MeetingView(QWidget):
    """Everything about one meeting that the clerk records live."""

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.undo_stack = context.undo_stack
        self.report_error = context.report_error
        self.meeting: MeetingDTO | None = None
        self.approved_on: Any = None

        self.banner = QLabel(self)
        self.banner.setAccessibleName(translate("MeetingView", "Read-only notice"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fff4ce; color:#5c4400; border:1px solid #e0c060; padding:6px; font-weight:bold;"
        )
        self.banner.hide()

        self.title_label = QLabel(self)
        self.title_label.setAccessibleName(translate("MeetingView", "Meeting"))
        self.title_label.setStyleSheet("font-size:15pt; font-weight:bold;")
        # A long body name wraps: unwrapped, it set the whole workspace's minimum width and
        # squeezed the meetings list until its body names were cut short.
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel(self)
        self.details_label.setAccessibleName(translate("MeetingView", "Meeting details"))
        self.details_label.setWordWrap(True)
        self.clock_label = QLabel(self)
        self.clock_label.setAccessibleName(translate("MeetingView", "Meeting times"))
        self.time_warnings_label = QLabel(self)
        self.time_warnings_label.setAccessibleName(translate("MeetingView", "Time warnings"))
        self.time_warnings_label.setWordWrap(True)
        self.time_warnings_label.setStyleSheet("color:#8a4b00;")
        self.time_warnings_label.hide()

        self.edit_header_action = self._action(
            translate("MeetingView", "&Details…"),
            "Ctrl+Shift+D",
            self.edit_header,
            translate("MeetingView", "Edit the meeting's details"),
        )
        self.call_action = self._action(
            translate("MeetingView", "&Call to order"),
            "Ctrl+Shift+O",
            self.call_to_order,
            translate("MeetingView", "Stamp the time the meeting began"),
        )
        self.adjourn_question: QMessageBox | None = None
        self.adjourn_action = self._action(
            translate("MeetingView", "Ad&journ"),
            "Ctrl+Shift+J",
            self.adjourn,
            translate("MeetingView", "Stamp the time the meeting ended"),
        )
        self.times_action = self._action(
            translate("MeetingView", "&Times…"),
            "Ctrl+Shift+T",
            self.edit_times,
            translate("MeetingView", "Type or correct every time of the record"),
        )
        self.all_present_action = self._action(
            translate("MeetingView", "Mark all &present"),
            "Ctrl+Shift+A",
            self._mark_all_present,
            translate("MeetingView", "Mark every unrecorded member present"),
        )
        self.edit_button = self._button(translate("MeetingView", "Details…"), self.edit_header_action)
        self.call_button = self._button(translate("MeetingView", "Call to order"), self.call_action)
        self.adjourn_button = self._button(translate("MeetingView", "Adjourn"), self.adjourn_action)
        self.times_button = self._button(translate("MeetingView", "Times…"), self.times_action)

        header = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.details_label)
        text.addWidget(self.clock_label)
        text.addWidget(self.time_warnings_label)
        header.addLayout(text, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.adjourn_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.times_button, 0, Qt.AlignmentFlag.AlignTop)

        # The parts of this tab explain a refused change the way this tab does.
        parts = replace(context, explain_locked=self.explain_locked)
        self.attendance = AttendanceView(parts, self)
        self.agenda = AgendaView(parts, self)
        self.item_panel = self._make_item_panel()
        self.attendance.changed.connect(self._attendance_changed)
        context.records.changed.connect(self._records_changed)

        # Left: the roll above the agenda; right: the selected item, which needs the most room.
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(self.attendance)
        self.left_splitter.addWidget(self.agenda)
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.setSizes([480, 270])  # nine members and more in view at 1366×768
        self.attendance.setMinimumWidth(340)
        self.agenda.setMinimumSize(340, 180)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.item_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([520, 680])

        self.empty_label = QLabel(
            translate(
                "MeetingView",
                "No meeting selected.\n\nChoose one in the navigator on the left, "
                "or create one with Meeting ▸ New meeting… (Ctrl+Shift+N).",
            ),
            self,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(translate("MeetingView", "No meeting selected"))

        self.content = QWidget(self)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.banner)
        content.addLayout(header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        content.addWidget(line)
        content.addWidget(self.splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.content)
        self.setTabOrder(self.attendance.table, self.agenda.tree)
        self.set_meeting(None)

    def _action(self, text: str, key: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(f"{action.statusTip()} ({action.shortcut().toString()})")
        button.clicked.connect(action.trigger)
        return button

    def _make_item_panel(self) -> ItemPanel:
        """Sponsors, speakers, motions and votes of the agenda item selected in the tree."""
        panel = ItemPanel(self.context, self)
        self.agenda.currentItemChanged.connect(panel.set_item)
        panel.changed.connect(lambda: self.agenda.refresh())  # titles, numbers and times may have changed
        self.attendance.changed.connect(panel.refresh)  # who may vote follows attendance
        return panel

    def meeting_actions(self) -> list[QAction]:
        return [
            self.edit_header_action,
            self.call_action,
            self.adjourn_action,
            self.times_action,
            self.all_present_action,
        ]

    # -- state ------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting = self.services.meetings.get_meeting(meeting_id) if meeting_id else None
        self.approved_on = None
        locked = self._locked()
        if self.meeting and self.meeting.locked:
            approval = self.services.approvals.approval(self.meeting.id)
            self.approved_on = approval.approved_on if approval else None
        self.empty_label.setVisible(self.meeting is None)
        self.content.setVisible(self.meeting is not None)
        self.attendance.set_meeting(meeting_id, locked)
        self.agenda.set_meeting(meeting_id, locked)
        self.item_panel.set_read_only(locked)
        self._show_header()

    def refresh(self) -> None:
        if self.meeting is not None:
            self.meeting = self.services.meetings.get_meeting(self.meeting.id)
        self._show_header()
        self.attendance.refresh()
        self.agenda.refresh()

    def _locked(self) -> bool:
        """Approved minutes, or a database opened read only: nothing here may change."""
        return bool(self.meeting and self.meeting.locked) or not self.services.database.writable

    def _show_header(self) -> None:
        m = self.meeting
        locked = self._locked()
        for action in self.meeting_actions():
            action.setEnabled(m is not None and not locked)
        # The clock only moves forward: a scheduled meeting can be called to order, one in progress
        # adjourned; an adjourned or cancelled meeting neither (undo takes a stamp back).
        status = m.status if m is not None else None
        self.call_action.setEnabled(not locked and status is MeetingStatus.SCHEDULED)
        self.adjourn_action.setEnabled(not locked and status is MeetingStatus.IN_PROGRESS)
        for button, action in (
            (self.edit_button, self.edit_header_action),
            (self.call_button, self.call_action),
            (self.adjourn_button, self.adjourn_action),
            (self.times_button, self.times_action),
        ):
            button.setEnabled(action.isEnabled())
        if m is None:
            self.banner.hide()
            return
        self.banner.setVisible(locked)
        if m.locked:
            self.banner.setText(locked_banner_text(m, self.approved_on))
        elif locked:
            self.banner.setText(
                translate(
                    "MeetingView",
                    "Opened read only — you can read, search and print; nothing can be changed.",
                )
            )
        kind = label(m.kind).lower()  # mid-sentence: "— regular meeting", "— séance ordinaire"
        # Times with the body's clock, in the window's language.
        style = window_style(self.services.bodies.house_style(m.body_id))
        self.title_label.setText(
            fmt(translate("MeetingView", "{body_name} — {kind} meeting"), body_name=m.body_name, kind=kind)
            + (f": {m.title}" if m.title else "")
        )
        details = [
            f"{long_date(m.scheduled_start, weekday=True)}, {style.time(m.scheduled_start)}",
            m.location or translate("MeetingView", "place not recorded"),
        ]
        details.append(fmt(translate("MeetingView", "Presiding: {value}"), value=m.presiding_name or "—"))
        details.append(fmt(translate("MeetingView", "Clerk: {value}"), value=m.recording_name or "—"))
        self.details_label.setText("   ·   ".join(details))
        clock = [fmt(translate("MeetingView", "Status: {status}"), status=label(m.status))]
        if m.called_to_order_at:
            clock.append(
                fmt(translate("MeetingView", "called to order {time}"), time=style.time(m.called_to_order_at))
            )
        if m.adjourned_at:
            clock.append(fmt(translate("MeetingView", "adjourned {time}"), time=style.time(m.adjourned_at)))
        if m.notices:
            clock.append(fmt(translate("MeetingView", "Notices: {notices}"), notices=m.notices))
        self.clock_label.setText("   ·   ".join(clock))
        warnings = self.services.times.warnings(m.id)
        self.time_warnings_label.setText(
            "\n".join(f"⚠ {as_read(w)}" for w in warnings[:3])
            + (
                fmt(
                    translate("MeetingView", "\n… and {value} more (Meeting ▸ Times…)"),
                    value=len(warnings) - 3,
                )
                if len(warnings) > 3
                else ""
            )
        )
        self.time_warnings_label.setVisible(bool(warnings))

    def explain_locked(self) -> None:
        m = self.meeting
        if m is None:
            return
        message = fmt(
            translate(
                "MeetingView",
                "The minutes of this meeting are approved, so it is read only; record corrections in the "
                "Minutes tab. ({locked_banner_text})",
            ),
            locked_banner_text=locked_banner_text(m, self.approved_on),
        )
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 10000)

    def _may_edit(self) -> bool:
        if self.meeting is None:
            return False
        if self._locked():
            self.explain_locked()
            return False
        return True

    def _attendance_changed(self) -> None:
        pass  # the quorum light is updated by the attendance view itself

    def _records_changed(self, change: RecordChange) -> None:
        """People and bodies are edited in dialogs over the whole database; their names show here.
        Times of motions, votes and speakers change the header's time warnings."""
        if change.touches(RecordKind.PEOPLE, RecordKind.BODIES):
            self.refresh()
        elif self.meeting is not None and change.meeting_id == self.meeting.id:
            self.meeting = self.services.meetings.get_meeting(self.meeting.id)
            self._show_header()

    # -- meeting-level commands -------------------------------------------------------
    def _update(self, text: str, changes: dict[str, Any], do: Callable[[int], Any] | None = None) -> bool:
        assert self.meeting is not None
        meeting_id = self.meeting.id
        old = {k: getattr(self.meeting, k) for k in changes}
        meetings = self.services.meetings
        if do is not None:  # call to order, adjourn: the clock's own steps, not an edit of a copy
            done = self.context.push(
                text,
                lambda: do(meeting_id),
                lambda _: meetings.update_meeting(meeting_id, **old),
                self.refresh,
                meeting_id=meeting_id,
                kinds=(RecordKind.MEETING,),
            )
            return done is not None
        # The details are changed from the meeting as shown: refused if another clerk changed it since.
        done = self.context.push_edit(
            text,
            lambda version, values: meetings.update_meeting(meeting_id, expected_version=version, **values),
            changes,
            old,
            self.refresh,
            version=self.meeting.row_version,
            meeting_id=meeting_id,
            kinds=(RecordKind.MEETING,),
        )
        return done is not None

    def edit_header(self) -> None:
        if not self._may_edit():
            return
        assert self.meeting is not None
        dialog = MeetingHeaderDialog(self.services, self.meeting, self)
        while dialog.exec():
            changes = dialog.changes()
            if not changes or self._update(translate("MeetingView", "Edit meeting details"), changes):
                return  # done; a refused change brings the dialog back as typed

    def call_to_order(self) -> None:
        if not self._may_edit():
            return
        assert self.meeting is not None
        self._update(
            translate("MeetingView", "Call to order"),
            {"called_to_order_at": None, "status": None},
            lambda mid: self.services.meetings.call_to_order(mid),
        )

    def adjourn(self) -> None:
        """Asks first: a click meant for a neighbouring button must not end the meeting. The
        question is window-modal but not blocking (open, not exec), so Enter or Y answers it."""
        if not self._may_edit():
            return
        assert self.meeting is not None
        if self.meeting.status is not MeetingStatus.IN_PROGRESS:
            self._adjourn_now()  # nothing to confirm: the service says why it cannot adjourn
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MeetingView", "Adjourn"),
            fmt(
                translate("MeetingView", "Adjourn the {body_name} meeting now?"),
                body_name=self.meeting.body_name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            translate("MeetingView", "The time can be corrected in Meeting ▸ Times…; Undo takes it back.")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(translate("MeetingView", "&Yes, adjourn"))
        box.finished.connect(lambda _: self._adjourn_now() if box.clickedButton() is yes else None)
        if self.adjourn_question is not None:
            self.adjourn_question.deleteLater()  # the last question, answered long ago
        self.adjourn_question = box
        box.open()

    def _adjourn_now(self) -> None:
        self._update(
            translate("MeetingView", "Adjourn"),
            {"adjourned_at": None, "status": None},
            lambda mid: self.services.meetings.adjourn(mid),
        )

    def edit_times(self) -> None:
        if not self._may_edit():
            return
        assert self.meeting is not None
        from councildesk.ui.meeting_times_dialog import MeetingTimesDialog

        self.times_dialog = MeetingTimesDialog(self.context, self.meeting, self)
        self.times_dialog.open()

    def _mark_all_present(self) -> None:
        self.attendance.mark_all_present()
