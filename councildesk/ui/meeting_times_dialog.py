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
from councildesk.services.meeting_clock import TIME_COLUMNS
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.local_dates import long_date
from councildesk.ui.ui_context import RecordKind, RowVersions, UiContext

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
        self.rows: list[TimeRowDTO] = []
        self.edits: list[QLineEdit] = []
        self.lines = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.warnings = QLabel(self)
        self.warnings.setAccessibleName(translate("MeetingTimesDialog", "Time warnings"))
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color:#8a4b00;")
        self._show_stored()
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

    def _show_stored(self) -> None:
        """One line per time as stored now (again after a reload shows what someone else changed)."""
        times = self.context.services.times
        self.rows = times.timeline(self.meeting.id)
        self.edits = []
        form = QFormLayout()
        inner = QWidget(self)
        for row in self.rows:
            edit = QLineEdit(f"{row.at:%H:%M}" if row.at else "", inner)
            edit.setPlaceholderText(translate("MeetingTimesDialog", "HH:MM"))
            edit.setAccessibleName(
                fmt(translate("MeetingTimesDialog", "Time: {what}"), what=as_read(row.what))
            )
            edit.setMaximumWidth(90)
            form.addRow(as_read(row.what), edit)
            self.edits.append(edit)
        inner.setLayout(form)
        self.lines.setWidget(inner)  # the lines shown before are deleted with their widget
        self._show_warnings(times.warnings(self.meeting.id))

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
        """Store the changed times as one undoable step, from the rows as this dialog read them:
        a row someone else changed since is offered (reload, or re-apply over theirs)."""
        times, meeting_id = self.context.services.times, self.meeting.id
        seen = RowVersions(None, rows={(row.table, row.record_id): row.row_version for row in self.rows})

        def earlier(row: TimeRowDTO) -> datetime | None:
            # What was there just before: the time read, or after a re-apply the other clerk's.
            now = seen.now.get((row.table, row.record_id), {})
            value = now.get(TIME_COLUMNS[row.kind][1], row.at)
            return value if isinstance(value, datetime) or value is None else row.at

        def do() -> list[Change]:
            times.set_times(
                meeting_id, [(row.kind, row.record_id, at) for row, at in changes], seen.take_rows()
            )
            return changes

        def undo(done: list[Change]) -> None:
            times.set_times(
                meeting_id, [(row.kind, row.record_id, earlier(row)) for row, _ in reversed(done)]
            )

        def after() -> None:
            if self.isVisible():  # refused and reloaded: show the times as they are now
                self._show_stored()

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
        done = self.context.push(text, do, undo, after, meeting_id=meeting_id, kinds=kinds, version=seen)
        return done is not None
