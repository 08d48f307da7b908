"""Meeting set-up dialogs: a new meeting (with sensible defaults) and the meeting's header."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from councildesk.domain.enums import BodyClassification, MeetingKind, MembershipRole
from councildesk.domain.seat_pattern import match_label
from councildesk.services.container import Services
from councildesk.services.dto import MeetingDTO
from councildesk.ui.agenda_template_actions import template_summary
from councildesk.ui.enum_labels import label
from councildesk.ui.i18n import translate


def next_thursday_evening(today: date) -> datetime:
    """Councils commonly meet on Thursday evenings: the next Thursday (not today) at 19:00."""
    days = (3 - today.weekday()) % 7 or 7
    return datetime.combine(today + timedelta(days=days), time(19, 0))


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _kind_combo(parent: QWidget, current: MeetingKind) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(translate("meeting_dialog", "Meeting kind"))
    for kind in MeetingKind:
        combo.addItem(label(kind), kind.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


def _when_edit(parent: QWidget, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setAccessibleName(translate("meeting_dialog", "Date and time"))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    return edit


PRESIDING_ROLES = (MembershipRole.CHAIR, MembershipRole.PRESIDENT, MembershipRole.MAYOR)


def person_picker(
    parent: QWidget, name: str, services: Services, body_id: int | None, day: date, current: int | None
) -> QComboBox:
    """Anyone on file, the body's members first (with their role): the presiding officer or the
    recording clerk need not hold a seat. Typing part of a name finds the person."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    fill_person_picker(combo, services, body_id, day, current)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def fill_person_picker(
    combo: QComboBox, services: Services, body_id: int | None, day: date, current: int | None
) -> None:
    combo.clear()
    combo.addItem("", None)  # not recorded: an empty field, so typing a name starts afresh
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(translate("meeting_dialog", "not recorded — type or pick a name"))
    members = services.bodies.members_on(body_id, day) if body_id is not None else []
    for m in members:
        combo.addItem(f"{m.person_name} ({label(m.role)})", m.person_id)
    seated = {m.person_id for m in members}
    for person in services.people.find_people(limit=5000):
        if person.id not in seated:
            combo.addItem(person.display_name + (f" — {person.title}" if person.title else ""), person.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def usual_people(services: Services, body_id: int | None, day: date) -> tuple[int | None, int | None]:
    """Who presides and who records by default: the body's chair (president, mayor) on `day`, and
    the clerk of the body's last meeting (else a member with the clerk's role)."""
    if body_id is None:
        return None, None
    members = services.bodies.members_on(body_id, day)
    presiding = next((m.person_id for r in PRESIDING_ROLES for m in members if m.role is r), None)
    recent = services.meetings.list_meetings(body_id=body_id, limit=1)
    clerk = services.meetings.get_meeting(recent[0].id).recording_person_id if recent else None
    if clerk is None:
        clerk = next((m.person_id for m in members if m.role is MembershipRole.CLERK), None)
    return presiding, clerk


class NewMeetingDialog(QDialog):
    """Body, kind, date and time, place; defaults: the council, regular, next Thursday 19:00, last place."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        last_place: str = "",
        body_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewMeetingDialog", "New meeting"))
        self.services = services
        self.body_combo = QComboBox(self)
        self.body_combo.setAccessibleName(translate("NewMeetingDialog", "Body"))
        bodies = services.meetings.meeting_bodies()  # not the parties and groups members belong to
        for body in bodies:
            self.body_combo.addItem(body.name, body.id)
        if body_id is None:
            council = next((b for b in bodies if b.classification is BodyClassification.COUNCIL), None)
            body_id = council.id if council else None
        if body_id is not None:
            self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(body_id)))
        self.kind_combo = _kind_combo(self, MeetingKind.REGULAR)
        self.when_edit = _when_edit(self, next_thursday_evening(today or date.today()))
        self.place_edit = QLineEdit(self)
        self.place_edit.setAccessibleName(translate("NewMeetingDialog", "Place"))
        self._last_place = last_place
        self.place_edit.setText(last_place or self._body_last_place())
        self.place_edit.setCursorPosition(0)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(translate("NewMeetingDialog", "Title (optional)"))
        self.title_edit.setPlaceholderText(translate("NewMeetingDialog", "optional, e.g. Budget hearing"))
        day = from_qdatetime(self.when_edit.dateTime()).date()
        presiding, clerk = usual_people(services, self.body_combo.currentData(), day)
        self.presiding_combo = person_picker(
            self,
            translate("NewMeetingDialog", "Presiding officer"),
            services,
            self.body_combo.currentData(),
            day,
            presiding,
        )
        self.clerk_combo = person_picker(
            self,
            translate("NewMeetingDialog", "Recording clerk"),
            services,
            self.body_combo.currentData(),
            day,
            clerk,
        )
        # A body's usual order of business, with the last meeting's unfinished business carried over.
        self.template_check = QCheckBox(
            translate("NewMeetingDialog", "Start from the body's &usual agenda"), self
        )
        self.template_check.setAccessibleName(translate("NewMeetingDialog", "Start from template"))
        self._show_template()
        self.body_combo.currentIndexChanged.connect(self._body_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewMeetingDialog", "Create meeting")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("NewMeetingDialog", "&Body:"), self.body_combo)
        form.addRow(translate("NewMeetingDialog", "&Kind:"), self.kind_combo)
        form.addRow(translate("NewMeetingDialog", "&When:"), self.when_edit)
        form.addRow(translate("NewMeetingDialog", "&Place:"), self.place_edit)
        form.addRow(translate("NewMeetingDialog", "&Title:"), self.title_edit)
        form.addRow(translate("NewMeetingDialog", "P&residing:"), self.presiding_combo)
        form.addRow(translate("NewMeetingDialog", "&Clerk:"), self.clerk_combo)
        form.addRow("", self.template_check)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _show_template(self) -> None:
        """Checked and enabled when the chosen body has a saved template, else off and greyed."""
        body_id = self.body_combo.currentData()
        settings = self.services.agenda_templates.settings(body_id) if body_id is not None else None
        has = bool(settings and settings.template)
        self.template_check.setEnabled(has)
        self.template_check.setChecked(has)
        self.template_check.setToolTip(
            template_summary(settings)
            if settings and has
            else translate(
                "NewMeetingDialog",
                "This body has no saved agenda yet (Meeting ▸ Save agenda as the body's template).",
            )
        )

    def from_template(self) -> bool:
        return self.template_check.isEnabled() and self.template_check.isChecked()

    def _body_last_place(self) -> str:
        body_id = self.body_combo.currentData()
        if body_id is None:
            return ""
        recent = self.services.meetings.list_meetings(body_id=body_id, limit=1)
        return recent[0].location if recent else ""

    def _body_changed(self) -> None:
        if not self._last_place:
            self.place_edit.setText(self._body_last_place())
        body_id = self.body_combo.currentData()
        day = from_qdatetime(self.when_edit.dateTime()).date()
        presiding, clerk = usual_people(self.services, body_id, day)
        fill_person_picker(self.presiding_combo, self.services, body_id, day, presiding)
        fill_person_picker(self.clerk_combo, self.services, body_id, day, clerk)
        self._show_template()

    def values(self) -> dict[str, Any]:
        """Keyword arguments for services.meetings.create_meeting."""
        return {
            "body_id": self.body_combo.currentData(),
            "scheduled_start": from_qdatetime(self.when_edit.dateTime()),
            "kind": MeetingKind(self.kind_combo.currentData()),
            "location": self.place_edit.text(),
            "title": self.title_edit.text(),
            "presiding_person_id": picked(self.presiding_combo),
            "recording_person_id": picked(self.clerk_combo),
        }


def picked(combo: QComboBox) -> int | None:
    """The person chosen, also when only (the start of) the name was typed, not the role or title."""
    typed = combo.currentText().strip()
    index = combo.findText(typed)
    if index < 0 and typed:
        names = [re.split(r" — | \(", combo.itemText(i))[0] for i in range(combo.count())]
        found = match_label(typed, names)
        index = -1 if found is None else found
    data = combo.itemData(index) if index >= 0 else None
    return data if isinstance(data, int) else None


class MeetingHeaderDialog(QDialog):
    """The meeting's header: kind, time, place, presiding officer, clerk and notices."""

    def __init__(self, services: Services, meeting: MeetingDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MeetingHeaderDialog", "Meeting details"))
        self.meeting = meeting
        self.kind_combo = _kind_combo(self, meeting.kind)
        self.when_edit = _when_edit(self, meeting.scheduled_start)
        self.place_edit = QLineEdit(meeting.location, self)
        self.place_edit.setAccessibleName(translate("MeetingHeaderDialog", "Place"))
        self.place_edit.setCursorPosition(0)
        self.title_edit = QLineEdit(meeting.title, self)
        self.title_edit.setAccessibleName(translate("MeetingHeaderDialog", "Title"))
        day = meeting.scheduled_start.date()
        self.presiding_combo = person_picker(
            self,
            translate("MeetingHeaderDialog", "Presiding officer"),
            services,
            meeting.body_id,
            day,
            meeting.presiding_person_id,
        )
        self.clerk_combo = person_picker(
            self,
            translate("MeetingHeaderDialog", "Clerk"),
            services,
            meeting.body_id,
            day,
            meeting.recording_person_id,
        )
        self.notices_edit = QPlainTextEdit(meeting.notices, self)
        self.notices_edit.setAccessibleName(translate("MeetingHeaderDialog", "Notices"))
        self.notices_edit.setTabChangesFocus(True)
        self.notices_edit.setPlaceholderText(
            translate("MeetingHeaderDialog", "Points of order, notices, announcements for the minutes")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("MeetingHeaderDialog", "&Kind:"), self.kind_combo)
        form.addRow(translate("MeetingHeaderDialog", "&When:"), self.when_edit)
        form.addRow(translate("MeetingHeaderDialog", "&Place:"), self.place_edit)
        form.addRow(translate("MeetingHeaderDialog", "&Title:"), self.title_edit)
        form.addRow(translate("MeetingHeaderDialog", "P&residing:"), self.presiding_combo)
        form.addRow(translate("MeetingHeaderDialog", "&Clerk:"), self.clerk_combo)
        form.addRow(translate("MeetingHeaderDialog", "&Notices:"), self.notices_edit)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the meeting as it was."""
        new = {
            "kind": MeetingKind(self.kind_combo.currentData()),
            "scheduled_start": from_qdatetime(self.when_edit.dateTime()),
            "location": self.place_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "presiding_person_id": picked(self.presiding_combo),
            "recording_person_id": picked(self.clerk_combo),
            "notices": self.notices_edit.toPlainText().strip(),
        }
        return {k: v for k, v in new.items() if getattr(self.meeting, k) != v}
