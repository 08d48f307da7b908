"""Approve… : the later meeting that approved the minutes, its vote, the date and 'as read'/'as corrected'."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from councildesk.domain.enums import ApprovalManner
from councildesk.services.dto import MeetingDTO, MeetingSummary
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import fmt, translate
from councildesk.ui.local_dates import month_year, short_date

# (vote id, how the clerk recognises it, whether it was taken under an approval-of-minutes item)
VoteChoice = tuple[int, str, bool]


class ApproveMinutesDialog(QDialog):
    """Collects the approval; the view makes the service call when the dialog is accepted."""

    def __init__(
        self,
        meeting: MeetingDTO,
        candidates: list[MeetingSummary],
        parent: QWidget | None = None,
        *,
        votes_of: Callable[[int], list[VoteChoice]] | None = None,
    ) -> None:
        super().__init__(parent)
        # Called on OK; the dialog closes only when it returns True, so a refused entry is kept.
        self.on_submit: Callable[[], bool] | None = None
        self.setWindowTitle(translate("ApproveMinutesDialog", "Approve minutes"))
        self.meeting = meeting
        self.candidates = candidates
        self.votes_of = votes_of
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                translate(
                    "ApproveMinutesDialog",
                    "Approve the minutes of the {body_name} meeting of {day} "
                    "{scheduled_start}.<br><b>Approval locks them:</b> later changes can only be "
                    "recorded as corrections, and the fingerprint is printed on every page.",
                ),
                body_name=html.escape(meeting.body_name),
                day=meeting.scheduled_start.day,
                scheduled_start=month_year(meeting.scheduled_start),
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName(translate("ApproveMinutesDialog", "Approving meeting"))
        for m in candidates:
            self.meeting_combo.addItem(meeting_label(m), m.id)
        form.addRow(translate("ApproveMinutesDialog", "Approved &at:"), self.meeting_combo)
        # The minutes say "by vote of the council" only when the clerk names the vote here.
        self.vote_combo = QComboBox(self)
        self.vote_combo.setAccessibleName(translate("ApproveMinutesDialog", "Approving vote"))
        form.addRow(translate("ApproveMinutesDialog", "Approving &vote:"), self.vote_combo)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName(translate("ApproveMinutesDialog", "Approval date"))
        form.addRow(translate("ApproveMinutesDialog", "Approved &on:"), self.date_edit)
        self.as_read = QRadioButton(translate("ApproveMinutesDialog", "As &read"), self)
        self.as_corrected = QRadioButton(translate("ApproveMinutesDialog", "As &corrected"), self)
        self.as_read.setChecked(True)
        form.addRow(translate("ApproveMinutesDialog", "Manner:"), self.as_read)
        form.addRow("", self.as_corrected)
        layout.addLayout(form)
        if not candidates:
            note = QLabel(
                translate(
                    "ApproveMinutesDialog",
                    "There is no later meeting of this body yet; create the approving meeting first.",
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = self.buttons.addButton(
            translate("ApproveMinutesDialog", "Approve and lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setEnabled(bool(candidates))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.meeting_combo.currentIndexChanged.connect(self._follow_meeting_date)
        self._follow_meeting_date()

    def _follow_meeting_date(self) -> None:
        """Minutes are normally approved on the day of the approving meeting."""
        index = self.meeting_combo.currentIndex()
        if 0 <= index < len(self.candidates):
            d = self.candidates[index].scheduled_start.date()
            self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self._list_votes()

    def _list_votes(self) -> None:
        """The passed votes of the approving meeting; the one under an approval-of-minutes item first."""
        self.vote_combo.clear()
        self.vote_combo.addItem(
            translate("ApproveMinutesDialog", "No vote recorded (approved without a recorded vote)"), None
        )
        meeting_id = self.approving_meeting_id()
        choices = self.votes_of(meeting_id) if self.votes_of and meeting_id is not None else []
        for vote_id, text, _ in choices:
            self.vote_combo.addItem(text, vote_id)
        likely = [n for n, (_, _, on_minutes) in enumerate(choices, 1) if on_minutes]
        if len(likely) == 1:
            self.vote_combo.setCurrentIndex(likely[0])

    def approving_vote_id(self) -> int | None:
        data = self.vote_combo.currentData()
        return int(data) if data is not None else None

    def approving_meeting_id(self) -> int | None:
        data = self.meeting_combo.currentData()
        return int(data) if data is not None else None

    def approved_on(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def manner(self) -> ApprovalManner:
        return ApprovalManner.AS_CORRECTED if self.as_corrected.isChecked() else ApprovalManner.AS_READ

    def accept(self) -> None:
        if self.on_submit is None or self.on_submit():
            super().accept()


def meeting_label(meeting: MeetingSummary) -> str:
    """'2011-09-01 Northampton City Council — séance ordinaire', in the window's language."""
    return fmt(
        translate("ApproveMinutesDialog", "{date} {body_name} — {kind} meeting"),
        date=short_date(meeting.scheduled_start),
        body_name=meeting.body_name,
        kind=label(meeting.kind).lower(),
    )
