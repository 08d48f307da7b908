"""Meeting ▸ Times…: every time of the record in order of business, typed or corrected in one place."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.errors import UserError
from councildesk.domain.meeting_times import on_meeting_day
from councildesk.domain.messages import as_read
from councildesk.services.dto import MeetingDTO, TimeRowDTO
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.local_dates import long_date
from councildesk.ui.ui_context import RecordKind, UiContext

Change = tuple[TimeRowDTO, datetime | None]


class MeetingTimesDialog(QDialog):
    """One line per time (HH:MM or 5:30 pm, on the meeting's date); a refused time keeps the dialog open."""

    def __init__(self, context: UiContext, meeting: MeetingDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.setWindowTitle(
            fmt(
                translate("MeetingTimesDialog", "Times of the meeting of {long_date}"),
                long_date=long_date(meeting.scheduled_start),
            )
        )
        self.rows = context.services.times.timeline(meeting.id)
        self.edits: list[QLineEdit] = []
        form = QFormLayout()
        for row in self.rows:
            edit = QLineEdit(f"{row.at:%H:%M}" if row.at else "", self)
            edit.setPlaceholderText(translate("MeetingTimesDialog", "HH:MM"))
            edit.setAccessibleName(
                fmt(translate("MeetingTimesDialog", "Time: {what}"), what=as_read(row.what))
            )
            edit.setMaximumWidth(90)
            form.addRow(as_read(row.what), edit)
            self.edits.append(edit)
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.warnings = QLabel(self)
        self.warnings.setAccessibleName(translate("MeetingTimesDialog", "Time warnings"))
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color:#8a4b00;")
        self._show_warnings(context.services.times.warnings(meeting.id))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                fmt(
                    translate(
                        "MeetingTimesDialog", "Times on {long_date}; a time after midnight is the next day."
                    ),
                    long_date=long_date(meeting.scheduled_start, weekday=True),
                )
            )
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _show_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("\n".join(f"⚠ {as_read(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def changes(self) -> list[Change]:
        """The times the clerk changed; a time that is not one raises UserError naming its line."""
        day = self.meeting.scheduled_start.date()
        start = self.meeting.called_to_order_at or self.meeting.scheduled_start
        out: list[Change] = []
        for row, edit in zip(self.rows, self.edits, strict=True):
            typed = edit.text().strip()
            try:
                at = on_meeting_day(day, typed, not_before=start) if typed else None
            except UserError as error:
                edit.setFocus()
                raise UserError(f"{as_read(row.what)}: {error.message}") from None
            if at != row.at:
                out.append((row, at))
        return out

    def accept(self) -> None:
        try:
            changes = self.changes()
        except UserError as error:
            self.context.report_error(error.message)
            return  # the dialog stays open with what was typed
        if changes and not self._apply(changes):
            return
        super().accept()

    def _apply(self, changes: list[Change]) -> bool:
        times = self.context.services.times

        def do() -> list[Change]:
            done: list[Change] = []
            try:
                for row, at in changes:
                    times.set_time(row.kind, row.record_id, at)
                    done.append((row, at))
            except UserError:
                for row, _ in reversed(done):  # all or nothing, as one undo step
                    times.set_time(row.kind, row.record_id, row.at)
                raise
            return done

        def undo(done: list[Change]) -> None:
            for row, _ in reversed(done):
                times.set_time(row.kind, row.record_id, row.at)

        n = len(changes)
        text = translate("MeetingTimesDialog", "Correct %n time(s)", "", n)
        kinds = (
            RecordKind.MEETING,
            RecordKind.ATTENDANCE,
            RecordKind.AGENDA,
            RecordKind.MOTIONS,
            RecordKind.VOTES,
            RecordKind.SPEAKERS,
        )
        return self.context.push(text, do, undo, meeting_id=self.meeting.id, kinds=kinds) is not None
